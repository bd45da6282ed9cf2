using Marsad.Annotation.Quotes;

namespace Marsad.Annotation.Events;

public static partial class EventExtractor
{
    /// <summary>The trigger at token i and the token after its last word, or null.</summary>
    private static (Trigger Trigger, int EndToken)? Match(ClauseWords words, int i)
    {
        if (i > 0 && words.IsWord(i - 1) && EventLexicon.NotAnAct.Contains(words.Bare(i - 1))) return null;
        // «أي هجوم»: any attack, one that may come, not one that happened.
        if (i > 0 && words.IsWord(i - 1) && EventLexicon.Hypothetical.Contains(words.Keys[i - 1])) return null;
        (Trigger Trigger, int EndToken)? best = null;
        // The triggers whose first stem the key holds, in lexicon order, each with the proclitic StemAt would give.
        var found = FirstStemMatches(words.Keys[i]);
        if (found.Count == 0) return null;
        foreach (var (index, proclitic) in found)
        {
            var trigger = EventLexicon.Triggers[index];
            if (best is { } b && b.Trigger.Priority >= trigger.Priority) continue;
            int end = i + 1;
            if (trigger.Stems.Length > 1)
            {
                if (end >= words.Count || StemAt(words.Keys[end], trigger.Stems[1]) is not { } second || second.Length > 0) continue;
                end++;
            }
            // ل before taking ground states a purpose (للسيطرة على: "to take"), not an act.
            if (trigger.Needs == TriggerNeeds.Completed && proclitic is "ل" or "لل" or "ول") continue;
            if (!Satisfied(words, i, trigger, proclitic)) continue;
            best = (trigger, end);
        }
        return best;
    }

    private static bool Satisfied(ClauseWords words, int i, Trigger trigger, string proclitic)
    {
        switch (trigger.Needs)
        {
            case TriggerNeeds.WeaponInUse:
                // "قتل بلغم" or an attack word in the clause; "يعتمد على العبوات الناسفة" is not an attack.
                if (proclitic.Contains('ب')) return true;
                var (first, end) = words.ClauseAround(i);
                for (int k = first; k < end; k++)
                    if (k != i && words.IsWord(k) && EventLexicon.AttackStems.Any(s => StemAt(words.Keys[k], s) is not null)) return true;
                return false;
            case TriggerNeeds.Completed:
                // A perfect verb (سيطرت، استعادوا) or a verbal noun after من (تمكنت من استعادة); "تحت سيطرته" and
                // "للسيطرة" are states and purposes.
                bool noun = words.Keys[i].EndsWith('ه') || proclitic.EndsWith("ال", StringComparison.Ordinal);
                if (!noun) return proclitic is "" or "و" or "ف";
                return i > 0 && words.Keys[i - 1] == "من";
            default:
                if (trigger.Priority > 1) return true;
                // A generic trigger after من is a part of something ("المرحلة الأخيرة من الهجوم"), not an act; with the
                // article it points back to an attack already told ("وتبنت الهجوم"); after ل it is a purpose ("للتخطيط لهجمات").
                if (trigger.EventType == AcledTypes.Battles && (proclitic.EndsWith("ال", StringComparison.Ordinal) || proclitic is "لل" or "ل")) return false;
                return i == 0 || words.Keys[i - 1] != "من";
        }
    }

    /// <summary>Trigger indexes by their first stem, ascending.</summary>
    private static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> TriggersByFirstStem =
        EventLexicon.Triggers.Select((t, i) => (t.Stems[0], i)).GroupBy(p => p.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.i).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic] private static List<(int Index, string Proclitic)>? matchScratch;

    /// <summary>
    /// Every trigger whose first stem <paramref name="key"/> holds by <see cref="StemAt"/>, sorted by lexicon index, with
    /// the proclitic StemAt returns for it. Instead of trying every trigger, the key is split the few ways StemAt
    /// allows (no proclitic, then each proclitic in order; then each suffix) and the stem left is looked up; a trigger
    /// keeps the first proclitic that reaches it, as StemAt's loop does.
    /// </summary>
    private static List<(int Index, string Proclitic)> FirstStemMatches(string key)
    {
        var found = matchScratch ??= [];
        found.Clear();
        Split(key, "");
        foreach (var proclitic in EventLexicon.Proclitics)
            if (key.Length > proclitic.Length + 1 && key.StartsWith(proclitic, StringComparison.Ordinal)) Split(key, proclitic);
        if (found.Count > 1) found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;

        void Split(string key, string proclitic)
        {
            var rest = key.AsSpan(proclitic.Length);
            foreach (var suffix in EventLexicon.Suffixes)
            {
                if (!rest.EndsWith(suffix, StringComparison.Ordinal) || rest.Length == suffix.Length) continue;
                if (!TriggersByFirstStem.TryGetValue(rest[..^suffix.Length], out var indexes)) continue;
                foreach (int index in indexes)
                    if (!found.Exists(f => f.Index == index)) found.Add((index, proclitic));
            }
        }
    }

    /// <summary>The proclitic before <paramref name="stem"/> in <paramref name="key"/> when the key is proclitic + stem +
    /// a known ending; null when it is not that stem.</summary>
    internal static string? StemAt(string key, string stem)
    {
        if (Ends(key, 0, stem)) return "";
        foreach (var proclitic in EventLexicon.Proclitics)
            if (key.Length > proclitic.Length + 1 && key.StartsWith(proclitic, StringComparison.Ordinal) && Ends(key, proclitic.Length, stem))
                return proclitic;
        return null;
    }

    private static bool Ends(string key, int at, string stem)
    {
        if (key.Length - at < stem.Length || string.CompareOrdinal(key, at, stem, 0, stem.Length) != 0) return false;
        var suffix = key.AsSpan(at + stem.Length);
        foreach (var s in EventLexicon.Suffixes)
            if (suffix.SequenceEqual(s)) return true;
        return false;
    }

    /// <summary>Whether the clause [first, end) speaks of the future, negates, hedges, states an intent or a condition.</summary>
    private static bool IsModal(ClauseWords words, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (!words.IsWord(k)) continue;
            string bare = words.Bare(k);
            if (EventLexicon.Modality.Contains(words.Keys[k]) || EventLexicon.Modality.Contains(bare)) return true;
            if (IsFutureVerb(bare)) return true;
            // قد + imperfect is "may"; قد + perfect (كان قد خسرها) is "had".
            if (bare == "قد" && k + 1 < end && words.Keys[k + 1].Length > 2 && words.Keys[k + 1][0] is 'ي' or 'ت' or 'ن') return true;
        }
        return false;
    }

    /// <summary>س + an imperfect prefix on a verb (ستتسارع، سيتوغل، سنفعل، ستشهدون), not a word that begins so (سيطرة، سوريا).</summary>
    private static bool IsFutureVerb(string key) =>
        key.Length >= 4 && key[0] == 'س' && key[1] is 'ي' or 'ت' or 'ن' or 'ا'
        && !EventLexicon.NotFuture.Any(s => key.StartsWith(s, StringComparison.Ordinal));

    private static bool HasAny(ClauseWords words, int first, int end, HashSet<string> set)
    {
        for (int k = first; k < end; k++)
            if (words.IsWord(k) && (set.Contains(words.Keys[k]) || set.Contains(words.Bare(k)))) return true;
        return false;
    }
}

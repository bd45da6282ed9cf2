using Marsad.Text.Tokens;

namespace Marsad.Annotation.Numbers;

/// <summary>What surrounds a number: its qualifier, the nouns it counts, and whether it is a designator.</summary>
public static partial class NumberTagger
{
    private static readonly string[] QualifierProclitics = ["و", "ف", "ب", "ل", "وب", "ول"];
    private const string From = "من";
    private const string And = "و";

    /// <summary>A qualifier ending right before token <paramref name="i"/>; its first word may carry a proclitic ("بنحو").</summary>
    private static bool TryQualifierBefore(KeyedTokens t, int i, out Qualifier qualifier, out int start)
    {
        foreach (var candidate in NumberLexicon.QualifiersBefore)
        {
            start = i - candidate.Keys.Length;
            if (start >= 0 && Matches(t, start, candidate.Keys))
            {
                qualifier = candidate;
                return true;
            }
        }
        qualifier = default;
        start = i;
        return false;
    }

    private static bool TryQualifierAfter(KeyedTokens t, int i, out Qualifier qualifier, out int end)
    {
        foreach (var candidate in NumberLexicon.QualifiersAfter)
        {
            if (i + candidate.Keys.Length <= t.Count && Matches(t, i, candidate.Keys))
            {
                qualifier = candidate;
                end = i + candidate.Keys.Length;
                return true;
            }
        }
        qualifier = default;
        end = i;
        return false;
    }

    private static bool Matches(KeyedTokens t, int start, string[] keys)
    {
        for (int k = 1; k < keys.Length; k++)
            if (!t.Key(start + k).SequenceEqual(keys[k])) return false;
        var first = t.Key(start);
        if (first.SequenceEqual(keys[0])) return true;
        foreach (var prefix in QualifierProclitics)
            if (first.Length == prefix.Length + keys[0].Length && first.StartsWith(prefix) && first[prefix.Length..].SequenceEqual(keys[0]))
                return true;
        return false;
    }

    /// <summary>
    /// The counted nouns after a number, possibly after "من" ("2000 من عناصر"): the first, then each further one
    /// joined by "و" ("قرية وبلدة"). Lemmas come from <see cref="NumberLexicon.Units"/>.
    /// </summary>
    private static List<string> ReadUnits(KeyedTokens t, int i, out int end)
    {
        var units = new List<string>(1);
        end = i;
        if (i < t.Count && t.KeyIs(i, From)) i++;
        if (!TryUnit(t, i, allowDefinite: i > end, out var lemma)) return units;
        units.Add(lemma);
        end = ++i;
        while (i < t.Count && t.Kind(i) == TokenKind.ArabicWord)
        {
            var key = t.Key(i);
            if (key.Length < 3 || !key.StartsWith(And) || !TryUnitKey(key[1..], out lemma)) break;
            if (!units.Contains(lemma)) units.Add(lemma);
            end = ++i;
        }
        return units;
    }

    private static bool TryUnit(KeyedTokens t, int i, bool allowDefinite, out string lemma)
    {
        lemma = "";
        if (i >= t.Count || t.Kind(i) != TokenKind.ArabicWord) return false;
        var key = t.Key(i);
        if (TryUnitKey(key, out lemma)) return true;
        if (allowDefinite && key.Length > 4 && key.StartsWith("ال")) return TryUnitKey(key[2..], out lemma);
        return false;
    }

    /// <summary>A counted noun by key, also in its accusative form with the tanween alef ("مقاتلا").</summary>
    private static bool TryUnitKey(ReadOnlySpan<char> key, out string lemma)
    {
        if (NumberLexicon.Units.TryGet(key, out lemma)) return true;
        return key.Length > 2 && key[^1] == 'ا' && NumberLexicon.Units.TryGet(key[..^1], out lemma);
    }

    /// <summary>A designator noun ("اللواء", "القرار") within four words before token <paramref name="i"/>, with no punctuation between.</summary>
    private static bool HasDesignatorHead(KeyedTokens t, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (t.Kind(k) != TokenKind.ArabicWord) return false;
            if (NumberLexicon.DesignatorHeads.TryGet(t.Key(k), KeyLexicon<bool>.DefiniteProclitics, out _, out _)) return true;
        }
        return false;
    }
}

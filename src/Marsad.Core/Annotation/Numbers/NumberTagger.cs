using Marsad.Annotation.Times;
using Marsad.Text.Tokens;

namespace Marsad.Annotation.Numbers;

/// <summary>
/// Finds numbers and quantities in clean text: digits of any script, percentages, Arabic number words and vague
/// counts, each with the qualifier before it ("نحو", "أكثر من") and the noun it counts ("ثلاثين قرية وبلدة").
/// Numbers inside the given time expressions are skipped; numbers that label a unit ("اللواء 104") are marked
/// <see cref="NumberMention.IsDesignator"/>. Works token by token with dictionary lookups on match keys.
/// </summary>
public static partial class NumberTagger
{
    public static IReadOnlyList<NumberMention> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TimeExpression>? times = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Tag(new KeyedTokens(text, tokens), times);
    }

    internal static List<NumberMention> Tag(KeyedTokens t, IReadOnlyList<TimeExpression>? times)
    {
        var mentions = new List<NumberMention>();
        var timeSpans = SortedSpans(times);
        int nextTime = 0;
        for (int i = 0; i < t.Count;)
        {
            if (!NumberPhraseParser.TryParse(t, i, allowDefinite: false, out var phrase)
                || OverlapsTime(t, i, phrase.EndToken, timeSpans, ref nextTime))
            {
                i++;
                continue;
            }
            var units = ReadUnits(t, phrase.EndToken, out int afterUnits);
            if (phrase.NeedsCountedNoun && units.Count == 0)
            {
                i++;
                continue;
            }
            int first = i, last = phrase.EndToken;
            Qualifier? qualifier = null;
            if (TryQualifierBefore(t, i, out var before, out int qualifierStart))
            {
                qualifier = before;
                first = qualifierStart;
            }
            else if (TryQualifierAfter(t, phrase.EndToken, out var after, out int qualifierEnd))
            {
                qualifier = after;
                last = qualifierEnd;
            }
            else if (units.Count > 0 && TryQualifierAfter(t, afterUnits, out after, out _))
            {
                qualifier = after;
            }
            if (phrase.Percent) units = ["%"];
            bool designator = units.Count == 0 && t.Kind(i) == TokenKind.Number && HasDesignatorHead(t, i);
            int start = t[first].Start, end = t[last - 1].End;
            mentions.Add(new NumberMention(start, end, t.Text[start..end], phrase.Value,
                Approximate: phrase.Value is null || qualifier is { Approximate: true },
                qualifier?.Comparator, units.Count > 0 ? units[0] : null)
            {
                Magnitude = phrase.Magnitude,
                Units = units,
                IsDesignator = designator,
            });
            i = phrase.EndToken;
        }
        return mentions;
    }

    private static (int Start, int End)[] SortedSpans(IReadOnlyList<TimeExpression>? times)
    {
        if (times is null || times.Count == 0) return [];
        var spans = new (int, int)[times.Count];
        for (int i = 0; i < spans.Length; i++) spans[i] = (times[i].Start, times[i].End);
        Array.Sort(spans);
        return spans;
    }

    /// <summary>Whether tokens [first, end) overlap a time span; <paramref name="next"/> walks the sorted spans once.</summary>
    private static bool OverlapsTime(KeyedTokens t, int first, int end, (int Start, int End)[] spans, ref int next)
    {
        int start = t[first].Start, stop = t[end - 1].End;
        while (next < spans.Length && spans[next].End <= start) next++;
        for (int k = next; k < spans.Length && spans[k].Start < stop; k++)
            if (spans[k].End > start) return true;
        return false;
    }
}

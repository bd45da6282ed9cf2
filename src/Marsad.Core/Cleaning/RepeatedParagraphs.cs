using Marsad.Pipeline;
using Marsad.Text.Sentences;

namespace Marsad.Cleaning;

/// <summary>
/// Finds paragraphs the document had already printed. Paragraphs and sentences are compared by
/// <see cref="LineFeatures.ComparisonKey"/>, so copies that differ in spacing, punctuation, diacritics or hamza
/// seats still match.
/// <list type="bullet">
/// <item>A paragraph whose key equals an earlier paragraph's key is a repeat.</item>
/// <item>A paragraph every sentence of which already appeared earlier is a repeat too: this catches a block of
/// paragraphs repeated as a whole but re-cut differently (two earlier paragraphs on one line, or the reverse).</item>
/// </list>
/// Paragraphs of fewer than <see cref="MinWords"/> words are never repeats ("وأضاف:" can legitimately occur twice),
/// and a one-sentence paragraph matches by its sentence only when that sentence has at least
/// <see cref="MinSentenceWords"/> words.
/// </summary>
internal static class RepeatedParagraphs
{
    public const int MinWords = 4;
    public const int MinSentenceWords = 8;

    /// <summary>For each paragraph, whether it repeats earlier text (earlier = kept or not, in document order).</summary>
    public static bool[] Find(IReadOnlyList<Paragraph> paragraphs)
    {
        var result = new bool[paragraphs.Count];
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal);
        var seenSentences = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            string text = paragraphs[p].Text;
            string key = LineFeatures.ComparisonKey(text);
            var sentenceKeys = SentenceKeys(text);
            bool longEnough = CountWords(key) >= MinWords;

            bool repeated = longEnough && !seenParagraphs.Add(key);
            if (!repeated && longEnough && sentenceKeys.Count > 0 && sentenceKeys.All(seenSentences.Contains))
                repeated = sentenceKeys.Count > 1 || CountWords(sentenceKeys[0]) >= MinSentenceWords;

            result[p] = repeated;
            foreach (string s in sentenceKeys) seenSentences.Add(s);
        }
        return result;
    }

    private static List<string> SentenceKeys(string text)
    {
        var keys = new List<string>();
        foreach (TextSpan span in SentenceSplitter.Split(text))
        {
            string key = LineFeatures.ComparisonKey(text[span.Start..span.End]);
            if (key.Length > 0) keys.Add(key);
        }
        return keys;
    }

    private static int CountWords(string key)
    {
        if (key.Length == 0) return 0;
        int n = 1;
        foreach (char c in key) if (c == ' ') n++;
        return n;
    }
}

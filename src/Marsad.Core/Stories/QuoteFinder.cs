using Marsad.Pipeline;

namespace Marsad.Stories;

/// <summary>Quoted passages: text between «», “” or a pair of straight quotes, within one paragraph, of at least
/// <see cref="MinWords"/> words (shorter quoted strings are names and labels: «قسد», "رويترز").</summary>
public static class QuoteFinder
{
    public const int MinWords = 4;
    private const int MaxLength = 600;

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var quotes = new List<TextSpan>();
        for (int i = 0; i < text.Length; i++)
        {
            char close = text[i] switch { '«' => '»', '“' => '”', '"' => '"', _ => '\0' };
            if (close == '\0') continue;
            int end = i + 1;
            while (end < text.Length && end - i < MaxLength && text[end] != close && text[end] != '\n') end++;
            if (end >= text.Length || text[end] != close) continue;
            var span = new TextSpan(i + 1, end);
            if (Words(span.Slice(text)) >= MinWords) quotes.Add(span);
            i = end;
        }
        return quotes;
    }

    private static int Words(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}

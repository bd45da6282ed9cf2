using System.Text;
using Marsad.Text;

namespace Marsad.Cleaning;

/// <summary>The general features line rules decide by: size, script mix, punctuation, social markers.</summary>
internal readonly record struct LineFeatures(
    int Length,
    int WordCount,
    int ArabicLetters,
    int LatinLetters,
    int Digits,
    int Hashtags,
    int Mentions,
    bool OtherLetters,
    bool EndsWithTerminal,
    char LastChar)
{
    public bool IsBlank => Length == 0;
    public bool HasLettersOrDigits => ArabicLetters + LatinLetters + Digits > 0 || OtherLetters;
    public bool EndsWithComma => LastChar == '،' || LastChar == ',';
    public bool EndsWithColon => LastChar == ':';

    public static LineFeatures Of(string line)
    {
        int arabic = 0, latin = 0, digits = 0, words = 0, hashtags = 0, mentions = 0;
        bool other = false, inWord = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == ' ')
            {
                inWord = false;
                continue;
            }
            if (!inWord)
            {
                words++;
                inWord = true;
                if (c == '#' && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1])) hashtags++;
                if (c == '@' && i + 1 < line.Length && (char.IsLetterOrDigit(line[i + 1]) || line[i + 1] == '_')) mentions++;
            }
            if (ArabicChars.IsArabicLetter(c)) arabic++;
            else if (ArabicChars.IsLatinLetter(c)) latin++;
            else if (ArabicChars.IsDigit(c)) digits++;
            else if (char.IsLetter(c)) other = true;
        }
        char last = line.Length == 0 ? '\0' : line[^1];
        return new LineFeatures(line.Length, words, arabic, latin, digits, hashtags, mentions, other, EndsWithSentenceMark(line), last);
    }

    /// <summary>Whether the line ends a sentence: . ! ? ؟ … ؛ possibly followed by closing quotes or brackets.</summary>
    public static bool EndsWithSentenceMark(ReadOnlySpan<char> line)
    {
        int i = line.Length - 1;
        while (i >= 0 && IsCloser(line[i])) i--;
        if (i < 0) return false;
        char c = line[i];
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…' || c == '؛' || c == '۔';
    }

    public static bool IsCloser(char c) =>
        c == '»' || c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '›';

    /// <summary>The words of a normalised line (single spaces between them).</summary>
    public static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A word's match key with surrounding punctuation stripped, for closed-class look-ups.</summary>
    public static string WordKey(string word)
    {
        int s = 0, e = word.Length;
        while (s < e && !char.IsLetterOrDigit(word[s])) s++;
        while (e > s && !char.IsLetterOrDigit(word[e - 1]) && !ArabicChars.IsDiacritic(word[e - 1])) e--;
        return MatchKeyNormalizer.Normalize(word[s..e]);
    }

    /// <summary>Key for comparing lines and paragraphs: match key of the letters and digits only, words separated by
    /// one space, so that punctuation, spacing, diacritics and hamza seats do not make two copies differ.</summary>
    public static string ComparisonKey(string text)
    {
        var key = MatchKeyNormalizer.Normalize(text);
        var sb = new StringBuilder(key.Length);
        bool space = false;
        foreach (char c in key)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c)) space = true;
        }
        return sb.ToString();
    }
}

using Marsad.Pipeline;

namespace Marsad.Text.Sentences;

/// <summary>
/// Splits clean text into sentences with one pass over the characters (no regex).
/// <list type="bullet">
/// <item>A sentence ends at . ؟ ? ! ؛ … (a run of them counts once, closing quotes/brackets after it belong to the
/// sentence) and at every line break, since clean text puts paragraphs on their own lines.</item>
/// <item>A full stop does not end a sentence when it is followed directly by a letter or digit (1.5, ت.غ, example.com,
/// a.b@c.org), or when it closes a one-letter token (د. , م. , أ.د. , ج. بوش).</item>
/// <item>A terminal mark right before a closing quote does not end the sentence when the same line goes on with more of
/// that sentence («...؟» قال الوزير); it does when the text after the quote opens a new clause with و/ف or ends the line.</item>
/// </list>
/// Spans exclude surrounding whitespace and are never empty.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var s = text.AsSpan();
        int start = 0;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '\n' || c == '\r')
            {
                Add(spans, s, start, i);
                start = ++i;
                continue;
            }
            if (!IsTerminal(c) || (c == '.' && !EndsAtFullStop(s, i)))
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < s.Length && IsTerminal(s[end])) end++;
            int afterClosers = end;
            while (afterClosers < s.Length && IsCloser(s[afterClosers])) afterClosers++;
            bool quoted = afterClosers > end;
            if (quoted && ContinuesAfterQuote(s, afterClosers))
            {
                i = afterClosers;
                continue;
            }
            Add(spans, s, start, afterClosers);
            start = i = afterClosers;
        }
        Add(spans, s, start, s.Length);
        return spans;
    }

    private static bool IsTerminal(char c) =>
        c == '.' || c == '!' || c == '?' || c == ArabicLetters.ArabicQuestionMark || c == ArabicLetters.ArabicSemicolon ||
        c == '\u2026' || c == '\u06D4';

    private static bool IsCloser(char c) =>
        c == '»' || c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '›' || c == '\u201F' || c == '\u2033';

    /// <summary>Whether the full stop at <paramref name="i"/> can end a sentence (it is not inside a number, URL,
    /// address or abbreviation).</summary>
    private static bool EndsAtFullStop(ReadOnlySpan<char> s, int i)
    {
        if (i + 1 < s.Length)
        {
            char next = s[i + 1];
            if (char.IsLetterOrDigit(next) || next == '_' || next == '/' || next == '@') return false;
        }
        // Token before the dot: a single letter (initial or abbreviation such as د. or the last part of أ.د.).
        int j = i - 1;
        if (j < 0 || !char.IsLetter(s[j])) return true;
        int k = j - 1;
        while (k >= 0 && ArabicChars.IsDiacritic(s[k])) k--;
        bool singleLetter = k < 0 || !char.IsLetterOrDigit(s[k]);
        // A preceding dot (أ.د) also marks an abbreviation; a one-letter conjunction never ends a sentence anyway.
        return !singleLetter;
    }

    /// <summary>After a quotation that ended with a terminal mark: does the same sentence go on?</summary>
    private static bool ContinuesAfterQuote(ReadOnlySpan<char> s, int from)
    {
        int j = from;
        while (j < s.Length && ArabicChars.IsHorizontalSpace(s[j])) j++;
        if (j >= s.Length || s[j] == '\n' || s[j] == '\r') return false;
        char c = s[j];
        if (c == '،' || c == ',' || c == ':' || c == '-' || c == '–' || c == '—') return true;
        if (IsTerminal(c)) return false;
        // Arabic news opens a new sentence with a conjunction-prefixed word (وقال، وأضاف، فيما); a bare word such as
        // قال or أكد after the quote is the reporting clause of the same sentence.
        if (c == ArabicLetters.Waw || c == ArabicLetters.Feh)
        {
            int len = 0;
            for (int k = j; k < s.Length && ArabicChars.IsArabicWordChar(s[k]); k++) len++;
            return len == 2; // a two-letter word such as في goes on; و/ف alone or a prefixed word starts anew
        }
        if (ArabicChars.IsLatinLetter(c)) return char.IsLower(c);
        return char.IsLetter(c);
    }

    private static void Add(List<TextSpan> spans, ReadOnlySpan<char> s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end));
    }
}

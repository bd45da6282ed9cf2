using System.Runtime.CompilerServices;
using static Marsad.Text.Tokens.TokenCharClass;

namespace Marsad.Text.Tokens;

public static partial class ArabicTokenizer
{
    /// <summary>End of a hashtag starting at <paramref name="start"/> ('#'), or 0 when it is not one: the sign must not
    /// follow a word character ("C#"), and what follows must hold a letter ("#1" is not a hashtag).</summary>
    private static int ScanHashtag(ReadOnlySpan<char> text, int start)
    {
        if (FollowsWordChar(text, start)) return 0;
        bool hasLetter = false;
        int i = start + 1;
        while (i < text.Length)
        {
            char c = text[i];
            var k = TokenCharClasses.Of(c);
            if (k is ArabicLetter or LatinLetter or OtherLetter) hasLetter = true;
            else if (k is ArabicMark or Digit or Mark || c == '_') { }
            else if (k == Joiner && i + 1 < text.Length && IsHashtagBodyClass(text[i + 1])) { }
            else break;
            i++;
        }
        return hasLetter ? i : 0;
    }

    private static bool IsHashtagBodyClass(char c) =>
        c == '_' || TokenCharClasses.Of(c) is ArabicLetter or LatinLetter or OtherLetter or ArabicMark or Digit or Mark;

    /// <summary>End of a mention starting at <paramref name="start"/> ('@'), or 0: handles are ASCII letters, digits and
    /// underscores, and the sign must not follow a word character (that would be a malformed e-mail address).</summary>
    private static int ScanMention(ReadOnlySpan<char> text, int start)
    {
        if (FollowsWordChar(text, start)) return 0;
        int i = start + 1;
        while (i < text.Length && (IsAsciiAlphanumeric(text[i]) || text[i] == '_')) i++;
        return i > start + 1 ? i : 0;
    }

    private static bool FollowsWordChar(ReadOnlySpan<char> text, int start)
    {
        if (start == 0) return false;
        char before = text[start - 1];
        return before == '_' || TokenCharClasses.Of(before) is ArabicLetter or ArabicMark or Digit or LatinLetter or OtherLetter or Mark;
    }

    /// <summary>End of a URL starting at <paramref name="start"/>, or 0. The URL runs to the first space, quote or
    /// bracket that cannot be in an address, then loses the punctuation that ends the sentence around it.</summary>
    private static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) prefix = 8;
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) prefix = 7;
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) prefix = 4;
        else return 0;

        int bodyStart = start + prefix;
        if (bodyStart >= text.Length || !IsHostStart(text[bodyStart])) return 0;
        int end = bodyStart + 1;
        while (end < text.Length && !EndsUrl(text[end])) end++;

        // Trailing punctuation belongs to the sentence; a closing bracket stays only if the URL opened one.
        while (end > bodyStart + 1)
        {
            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*') { end--; continue; }
            if (last == ')' && !text[start..end].Contains('(')) { end--; continue; }
            if (last == ']' && !text[start..end].Contains('[')) { end--; continue; }
            break;
        }
        return end;
    }

    private static bool IsHostStart(char c) => TokenCharClasses.Of(c) is LatinLetter or Digit or ArabicLetter or OtherLetter;

    private static bool EndsUrl(char c) =>
        TokenCharClasses.Of(c) is Separator or Joiner or HighSurrogate ||
        c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '}' or '|' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019'
            or '\u201C' or '\u201D' or '\u2026' or ArabicLetters.ArabicComma or ArabicLetters.ArabicSemicolon
            or ArabicLetters.ArabicQuestionMark;

    /// <summary>When a word or number that ended at <paramref name="end"/> runs on into '@' or a character of an
    /// e-mail local part, the e-mail address from <paramref name="start"/> if there is one; else <paramref name="end"/>.</summary>
    private static int EmailOr(ReadOnlySpan<char> text, int start, int end, TokenKind otherwise, out TokenKind kind)
    {
        if (end < text.Length && text[end] is '@' or '.' or '_' or '+' or '-' or '%')
        {
            int emailEnd = ScanEmail(text, start);
            if (emailEnd != 0) { kind = TokenKind.Email; return emailEnd; }
        }
        kind = otherwise;
        return end;
    }

    /// <summary>End of an e-mail address starting at <paramref name="start"/>, or 0: an ASCII local part, '@', and at
    /// least two dot-separated ASCII labels, the last starting with a letter and two characters long or more.</summary>
    private static int ScanEmail(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && (IsAsciiAlphanumeric(text[i]) || text[i] is '.' or '_' or '%' or '+' or '-')) i++;
        if (i >= text.Length || text[i] != '@' || text[i - 1] == '.') return 0;
        i++;
        int labels = 0, end = 0;
        bool lastLabelIsName = false;
        while (true)
        {
            int labelStart = i;
            while (i < text.Length && (IsAsciiAlphanumeric(text[i]) || text[i] == '-')) i++;
            if (i == labelStart) break;
            labels++;
            end = i;
            lastLabelIsName = i - labelStart >= 2 && char.IsAsciiLetter(text[labelStart]);
            if (i + 1 < text.Length && text[i] == '.' && IsAsciiAlphanumeric(text[i + 1])) { i++; continue; }
            break;
        }
        return labels >= 2 && lastLabelIsName ? end : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);
}

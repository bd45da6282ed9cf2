using System.Globalization;
using Marsad.Text.Tokens;

namespace Marsad.Annotation.Numbers;

/// <summary>A number read from tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
/// <param name="Value">The value, or null for a vague count (then <paramref name="Magnitude"/> is set).</param>
/// <param name="NeedsCountedNoun">A lone word that is a number only before a counted noun ("ست", "خمس").</param>
internal readonly record struct NumberPhrase(int FirstToken, int EndToken, double? Value, double? Magnitude, bool Percent, bool NeedsCountedNoun);

/// <summary>
/// Reads one number starting at a token: digits of any script (with their separators and an optional multiplier
/// word: "2.5 مليون"), or Arabic number words combined as Arabic writes them — unit before ten joined by "و"
/// ("خمسة وعشرون"), teens ("ثلاثة عشر"), hundreds ("ثلاثمئة", "ثلاث مئة"), scales multiplying what precedes them
/// ("ثلاثة آلاف", "خمسمئة ألف"), duals ("ألفين" = 2000) and vague counts ("عشرات", "مئات الآلاف").
/// A part joined by "و" must be of a smaller order than the part before it (or a ten after units), so "ثلاثة وأربعة"
/// is two numbers.
/// </summary>
internal static class NumberPhraseParser
{
    private static readonly string[] NoPrefixes = [];
    private static readonly string[] DefiniteAndProclitics = [.. KeyLexicon<NumberWord>.DefiniteProclitics, .. KeyLexicon<NumberWord>.Proclitics];

    public static bool TryParse(KeyedTokens t, int i, bool allowDefinite, out NumberPhrase phrase)
    {
        phrase = default;
        if (i < 0 || i >= t.Count) return false;
        return t.Kind(i) switch
        {
            TokenKind.Number => TryParseDigits(t, i, out phrase),
            TokenKind.ArabicWord => TryParseWords(t, i, allowDefinite, out phrase),
            _ => false,
        };
    }

    /// <summary>The value of a number token's key (ASCII digits, '.', ',', optional trailing '%'); false for clock times and dotted dates.</summary>
    public static bool TryParseDigitKey(ReadOnlySpan<char> key, out double value, out bool percent)
    {
        value = 0;
        percent = key.Length > 0 && key[^1] == '%';
        if (percent) key = key[..^1];
        if (key.Length == 0 || key.Contains(':')) return false;
        int commas = key.Count(','), dots = key.Count('.');
        Span<char> plain = stackalloc char[key.Length];
        int n = 0;
        if (commas > 0 && dots > 0)
        {
            // "1,234.5": the later separator is the decimal one.
            char thousands = key.LastIndexOf(',') < key.LastIndexOf('.') ? ',' : '.';
            foreach (char c in key) if (c != thousands) plain[n++] = c == ',' ? '.' : c;
        }
        else if (commas + dots == 0)
        {
            key.CopyTo(plain);
            n = key.Length;
        }
        else
        {
            char separator = commas > 0 ? ',' : '.';
            bool grouped = GroupsOfThree(key, separator);
            if (commas + dots > 1 && !grouped) return false; // 27.11.2018 is a date, not a number
            // One comma before three digits groups thousands ("2,000"); a dot or any other comma is decimal.
            bool thousands = commas + dots > 1 || (separator == ',' && grouped);
            foreach (char c in key)
                if (c != separator) plain[n++] = c;
                else if (!thousands) plain[n++] = '.';
        }
        return double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool GroupsOfThree(ReadOnlySpan<char> key, char separator)
    {
        int first = key.IndexOf(separator);
        if (first is 0 or > 3) return false;
        int run = 0;
        for (int i = first + 1; i < key.Length; i++)
        {
            if (key[i] == separator) { if (run != 3) return false; run = 0; }
            else run++;
        }
        return run == 3;
    }

    private static bool TryParseDigits(KeyedTokens t, int i, out NumberPhrase phrase)
    {
        phrase = default;
        if (!TryParseDigitKey(t.Key(i), out double value, out bool percent)) return false;
        int end = i + 1;
        if (!percent && TryScale(t, end, out double scale, out _))
        {
            value *= scale;
            end++;
        }
        if (!percent && TryPercentPhrase(t, end, out int afterPercent))
        {
            percent = true;
            end = afterPercent;
        }
        phrase = new NumberPhrase(i, end, value, null, percent, false);
        return true;
    }

    private static bool TryParseWords(KeyedTokens t, int i, bool allowDefinite, out NumberPhrase phrase)
    {
        phrase = default;
        var prefixes = allowDefinite ? DefiniteAndProclitics : KeyLexicon<NumberWord>.Proclitics;
        if (!TryWord(t.Key(i), prefixes, out var word, out int prefixLength)) return false;
        int end = i + 1;
        double total = 0, current = 0;
        int lastOrder;

        if (word.Role == NumberWordRole.Vague)
        {
            double magnitude = word.Value;
            if (end < t.Count && NumberLexicon.DefinitePluralScales.TryGet(t.Key(end), out double scale)) { magnitude *= scale; end++; }
            else if (TryScale(t, end, out scale, out bool plural) && plural) { magnitude *= scale; end++; }
            phrase = new NumberPhrase(i, end, null, magnitude, false, false);
            return true;
        }
        if (word.Role == NumberWordRole.Scale && word.PluralScale)
        {
            // "آلاف" alone is "thousands of": vague.
            phrase = new NumberPhrase(i, end, null, word.Value, false, false);
            return true;
        }
        if (!TryComplete(t, ref end, word, out double value, out lastOrder)) return false;
        if (lastOrder >= 1000) total = value; else current = value;
        if (word.Ambiguous && end == i + 1 && prefixLength > 0 && t.Key(i)[0] != 'و') return false; // "لست" is not 6

        while (end < t.Count)
        {
            var key = t.Key(end);
            if (TryScale(t, end, out double scale, out _) && current > 0)
            {
                total += current * scale;
                current = 0;
                lastOrder = (int)Math.Min(scale, int.MaxValue);
                end++;
                continue;
            }
            if (key.Length > 2 && key[0] == 'و' && t.Kind(end) == TokenKind.ArabicWord
                && TryWord(key[1..], NoPrefixes, out var next, out _) && next.Role is not NumberWordRole.Vague and not NumberWordRole.TeenTen
                && !(next.Role == NumberWordRole.Scale && next.PluralScale))
            {
                int probe = end + 1;
                if (!TryComplete(t, ref probe, next, out double part, out int order)) break;
                bool smaller = order < lastOrder || (lastOrder == 1 && order == 10);
                if (!smaller) break;
                if (order >= 1000) total += part; else current += part;
                lastOrder = order;
                end = probe;
                continue;
            }
            break;
        }
        double result = total + current;
        bool percent = false;
        if (TryPercentPhrase(t, end, out int afterPercent)) { percent = true; end = afterPercent; }
        phrase = new NumberPhrase(i, end, result, null, percent, NeedsCountedNoun: word.Ambiguous && end == i + 1);
        return true;
    }

    /// <summary>Completes one part that starts with <paramref name="word"/> (a teen or "ثلاث مئة" takes the next token too).</summary>
    private static bool TryComplete(KeyedTokens t, ref int end, NumberWord word, out double value, out int order)
    {
        value = word.Value;
        order = 1;
        switch (word.Role)
        {
            case NumberWordRole.TeenOnly:
            case NumberWordRole.Unit:
                if (end < t.Count && (t.KeyIs(end, "عشر") || t.KeyIs(end, "عشره")))
                {
                    value += 10;
                    end++;
                    return true;
                }
                if (word.Role == NumberWordRole.TeenOnly) return false;
                if (word.Value is >= 3 and <= 9 && end < t.Count && TryWord(t.Key(end), NoPrefixes, out var hundred, out _)
                    && hundred is { Role: NumberWordRole.Hundred, Value: 100 })
                {
                    value *= 100;
                    order = 100;
                    end++;
                }
                return true;
            case NumberWordRole.TeenTen:
                return true;
            case NumberWordRole.Ten:
                order = 10;
                return true;
            case NumberWordRole.Hundred:
                order = 100;
                return true;
            case NumberWordRole.Scale:
                order = (int)Math.Min(word.Value, int.MaxValue);
                return true;
            case NumberWordRole.DualScale:
                value = 2 * word.Value;
                order = (int)Math.Min(word.Value, int.MaxValue);
                return true;
            default:
                return false;
        }
    }

    private static bool TryWord(ReadOnlySpan<char> key, string[] prefixes, out NumberWord word, out int prefixLength)
    {
        if (NumberLexicon.Words.TryGet(key, prefixes, out word, out prefixLength)) return true;
        // Accusative tanween alef: "ألفا", "مليونا" after a count of 11–99.
        if (key.Length > 3 && key[^1] == 'ا' && NumberLexicon.Words.TryGet(key[..^1], prefixes, out word, out prefixLength)
            && word.Role == NumberWordRole.Scale && !word.PluralScale) return true;
        word = default;
        return false;
    }

    /// <summary>A multiplier word at token <paramref name="i"/> with no proclitic ("ألف", "آلاف", "مليون").</summary>
    private static bool TryScale(KeyedTokens t, int i, out double scale, out bool plural)
    {
        scale = 0;
        plural = false;
        if (i >= t.Count || t.Kind(i) != TokenKind.ArabicWord || !TryWord(t.Key(i), NoPrefixes, out var word, out _)
            || word.Role != NumberWordRole.Scale) return false;
        scale = word.Value;
        plural = word.PluralScale;
        return true;
    }

    /// <summary>"في المئة", "بالمئة", or a lone % sign at token <paramref name="i"/>; the end token after it.</summary>
    public static bool TryPercentPhrase(KeyedTokens t, int i, out int end)
    {
        foreach (var phrase in NumberLexicon.PercentPhrases)
        {
            if (i + phrase.Length > t.Count) continue;
            bool match = true;
            for (int k = 0; k < phrase.Length && match; k++)
                match = t.Key(i + k).SequenceEqual(phrase[k]);
            if (match)
            {
                end = i + phrase.Length;
                return true;
            }
        }
        end = i;
        return false;
    }
}

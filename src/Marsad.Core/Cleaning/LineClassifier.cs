using Marsad.Text;

namespace Marsad.Cleaning;

/// <summary>
/// Page-furniture rules that look at one line (and facts about the whole document), each deciding by general
/// features. Rules that need neighbouring lines (menus, "read also" lists, captions, post bodies) live in the cleaner.
/// <list type="bullet">
/// <item>size toggle: only 1–3-letter Latin tokens (XS, SM, A+, A-);</item>
/// <item>Latin widget line: a short all-Latin line in an Arabic document ("Skip to content");</item>
/// <item>widget labels: a short line made only of share/print/follow/subscribe/navigation words;</item>
/// <item>copyright: © or a rights-reserved phrase on a short line;</item>
/// <item>cookie notice: a cookie term with a consent or policy word;</item>
/// <item>symbol line: no letter or digit at all;</item>
/// <item>repeated across documents: a short line that <see cref="BoilerplateContext"/> counts as furniture.</item>
/// </list>
/// </summary>
internal static class LineClassifier
{
    private const int MaxWidgetWords = 8;
    private const int MaxLatinWidgetWords = 8;
    private const int MaxCopyrightWords = 25;
    private const int MaxCookieWords = 60;

    public static string? Furniture(string line, in LineFeatures f, bool arabicDocument, BoilerplateContext? context)
    {
        if (f.IsBlank) return null;
        if (!f.HasLettersOrDigits) return "symbol line";
        if (IsSizeToggle(line, f)) return "size toggle";

        string[] keys = LineFeatures.Words(line).Select(LineFeatures.WordKey).Where(k => k.Length > 0).ToArray();
        if (IsCopyright(line, f, keys)) return "copyright";
        if (IsCookieNotice(f, keys)) return "cookie notice";
        if (IsWidgetLabels(f, keys)) return "share/follow widget";
        if (arabicDocument && f.ArabicLetters == 0 && f.LatinLetters > 0 && f.WordCount <= MaxLatinWidgetWords &&
            !f.EndsWithTerminal)
            return "latin widget line";
        if (context is not null && context.IsFurniture(line)) return "repeated across documents";
        return null;
    }

    /// <summary>A line of 1–3-letter Latin tokens, optionally with + or - (font-size and layout toggles).</summary>
    public static bool IsSizeToggle(string line, in LineFeatures f)
    {
        if (f.ArabicLetters > 0 || f.LatinLetters == 0 || f.Digits > 0 || f.WordCount > 6) return false;
        foreach (string word in LineFeatures.Words(line))
        {
            int letters = 0;
            foreach (char c in word)
            {
                if (ArabicChars.IsLatinLetter(c)) letters++;
                else if (c != '+' && c != '-' && c != '|' && c != '/') return false;
            }
            if (letters > 3) return false;
        }
        return true;
    }

    private static bool IsWidgetLabels(in LineFeatures f, string[] keys)
    {
        if (f.WordCount > MaxWidgetWords || f.EndsWithTerminal || keys.Length == 0) return false;
        bool anyLabel = false;
        foreach (string k in keys)
        {
            if (UiVocabulary.WidgetWords.Contains(k)) anyLabel = true;
            else if (!UiVocabulary.WidgetFillers.Contains(k)) return false;
        }
        return anyLabel;
    }

    private static bool IsCopyright(string line, in LineFeatures f, string[] keys)
    {
        if (f.WordCount > MaxCopyrightWords) return false;
        if (line.Contains('©') || line.Contains("(c)", StringComparison.OrdinalIgnoreCase) && f.Digits >= 4) return true;
        foreach (var phrase in UiVocabulary.CopyrightPhrases)
            if (UiVocabulary.ContainsPhrase(keys, phrase)) return true;
        return false;
    }

    private static bool IsCookieNotice(in LineFeatures f, string[] keys)
    {
        if (f.WordCount > MaxCookieWords) return false;
        bool term = false, consent = false;
        for (int i = 0; i < keys.Length; i++)
        {
            // "ملفات" alone is too common; it counts only as "ملفات تعريف (الارتباط)".
            if (keys[i] == "ملفات") term |= i + 1 < keys.Length && keys[i + 1] == "تعريف";
            else if (UiVocabulary.CookieTerms.Contains(keys[i])) term = true;
            if (UiVocabulary.CookieConsentWords.Contains(keys[i])) consent = true;
        }
        return term && consent;
    }

    /// <summary>A line that opens a "read also" box: an opener phrase on a short, headline-like line.</summary>
    public static bool IsReadAlsoHeader(string line, in LineFeatures f)
    {
        if (f.IsBlank || f.WordCount > 16 || f.EndsWithTerminal && f.LastChar == '.') return false;
        string[] words = LineFeatures.Words(line);
        string[] keys = words.Select(LineFeatures.WordKey).ToArray();
        foreach (var phrase in UiVocabulary.ReadAlsoOpeners) // longest first
        {
            if (!UiVocabulary.StartsWithPhrase(keys, phrase)) continue;
            // A one-word opener ("اقرأ", "شاهد", "related") starts prose too often; it heads a box only when it
            // stands nearly alone or carries a colon ("اقرأ: ...").
            return phrase.Length > 1 || words.Length <= 2 || words[0].EndsWith(':');
        }
        return false;
    }
}

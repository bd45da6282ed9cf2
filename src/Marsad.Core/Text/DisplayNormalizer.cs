using System.Runtime.CompilerServices;
using System.Text;

namespace Marsad.Text;

/// <summary>
/// Character-level display normalisation: the text still reads exactly as written, only its encoding is made uniform.
/// <list type="bullet">
/// <item>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) are folded to base letters by NFKC of just those
/// characters (ﻻ → لا, ﷲ → الله); the rest of the text is only NFC'd, so digits, ligature-free Latin and symbols stay.</item>
/// <item>Arabic-Indic (٠–٩) and Persian (۰–۹) digits are kept as written.</item>
/// <item>Invisible marks are removed: LRM/RLM, ALM, BOM, word joiner, directional embeddings/isolates, soft hyphen,
/// zero-width space and stray C0/C1 control characters; a broken surrogate becomes U+FFFD.</item>
/// <item>ZWJ/ZWNJ are removed next to Arabic script, whitespace or a line end: Arabic shaping does not need them and
/// they only split match keys. Between two non-Arabic characters (Indic scripts, emoji sequences) they are kept.
/// Persian words that use ZWNJ therefore display joined; acceptable for Arabic news.</item>
/// <item>Runs of horizontal whitespace (space, tab, NBSP, thin and other Unicode spaces) become one space; lines are
/// trimmed; \r\n, \r, NEL, U+2028 and U+2029 become \n. Every line break is kept, blank lines included, so that
/// line-level cleaning still sees the layout.</item>
/// </list>
/// Normalising twice gives the same text as normalising once.
/// </summary>
public static class DisplayNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;

        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];

            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                pendingSpace = false; // trailing whitespace of the line is dropped
                sb.Append('\n');
                continue;
            }
            if (ArabicChars.IsHorizontalSpace(c))
            {
                // Leading whitespace of a line is dropped; inner runs collapse to one space written lazily.
                if (sb.Length > 0 && sb[^1] != '\n') pendingSpace = true;
                continue;
            }
            if (IsRemovedInvisible(c)) continue;
            if (char.IsSurrogate(c))
            {
                // A broken surrogate pair would make NFC throw; it becomes U+FFFD, a valid pair is copied whole.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    AppendWithSpace(sb, ref pendingSpace, c);
                    sb.Append(text[++i]);
                }
                else AppendWithSpace(sb, ref pendingSpace, '\uFFFD');
                continue;
            }
            if (c == '\u200C' || c == '\u200D')
            {
                if (KeepsJoiner(sb, pendingSpace, text, i)) AppendWithSpace(sb, ref pendingSpace, c);
                continue;
            }
            if (IsArabicPresentationForm(c))
            {
                string folded = c.ToString().Normalize(NormalizationForm.FormKC);
                // Isolated harakat forms (U+FE70–U+FE7E) decompose to space + mark; the space is an artefact.
                if (folded.Length > 1 && folded[0] == ' ') folded = folded.TrimStart(' ');
                if (folded.Length == 0) continue;
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(folded);
                continue;
            }
            AppendWithSpace(sb, ref pendingSpace, c);
        }

        string result = sb.ToString();
        // NFC composes letters and marks only: it never creates spaces, line breaks, invisible marks or
        // presentation forms, so running it last keeps the whole function idempotent.
        if (!result.IsNormalized(NormalizationForm.FormC)) result = result.Normalize(NormalizationForm.FormC);
        return result;
    }

    /// <summary>Characters of the Arabic presentation-form blocks (the BOM U+FEFF is an invisible mark, not a form).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicPresentationForm(char c) =>
        (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');

    /// <summary>Arabic letters, marks, punctuation and presentation forms: the neighbours next to which ZWJ/ZWNJ do nothing useful.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsArabicScript(char c) =>
        (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF') ||
        IsArabicPresentationForm(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsRemovedInvisible(char c) =>
        ArabicChars.IsInvisibleMark(c) || c == '\u200B' || c == '\u180E' ||
        (c < ' ' && c != '\n' && c != '\r' && c != '\t') || (c >= '\u007F' && c <= '\u009F' && c != '\u0085');

    private static void AppendWithSpace(StringBuilder sb, ref bool pendingSpace, char c)
    {
        if (pendingSpace && sb.Length > 0) sb.Append(' ');
        pendingSpace = false;
        sb.Append(c);
    }

    /// <summary>A joiner survives only between two visible non-Arabic characters on the same line.
    /// Neighbours are looked up past other joiners and removed marks so that the decision is the same on a second pass.</summary>
    private static bool KeepsJoiner(StringBuilder sb, bool pendingSpace, string text, int index)
    {
        if (pendingSpace || sb.Length == 0) return false;
        int p = sb.Length - 1;
        while (p >= 0 && (sb[p] == '\u200C' || sb[p] == '\u200D')) p--;
        if (p < 0 || sb[p] == '\n' || sb[p] == ' ' || IsArabicScript(sb[p])) return false;

        for (int j = index + 1; j < text.Length; j++)
        {
            char n = text[j];
            if (n == '\u200C' || n == '\u200D' || IsRemovedInvisible(n)) continue;
            return !(ArabicChars.IsHorizontalSpace(n) || n == '\n' || n == '\r' || n == '\u0085' || n == '\u2028' ||
                     n == '\u2029' || IsArabicScript(n));
        }
        return false;
    }
}

using Marsad.Text;

namespace Marsad.Cleaning;

/// <summary>
/// Recognises what is left of an embedded social-media post once the page is flattened to text:
/// <list type="bullet">
/// <item>the attribution line "— Name (@handle) Month D, YYYY" (any dash, or none; any digit script);</item>
/// <item>a retweet line "RT @handle: …";</item>
/// <item>a line made only of media links (pic.twitter.com/…, t.co/…), hashtags and mentions;</item>
/// <item>a line that is only dashes or bullets (the tail of the embed's blockquote).</item>
/// </list>
/// The post body before an attribution line is found by the cleaner, which sees the neighbouring lines.
/// </summary>
internal static class EmbedDetector
{
    /// <summary>The reason when <paramref name="line"/> is embed debris by itself, else null.</summary>
    public static string? Classify(string line, in LineFeatures f)
    {
        if (f.IsBlank) return null;
        if (IsAttribution(line, f)) return "post attribution";
        if (IsRetweet(line)) return "retweet line";
        if (IsOnlyDashesOrBullets(line)) return "lone dash";
        if (IsOnlySocialTokens(line)) return "embedded media link";
        return null;
    }

    /// <summary>"— Name (@handle) Month D, YYYY": an @handle and a year at the end of a short line, opened by a dash
    /// or with the handle in brackets.</summary>
    public static bool IsAttribution(string line, in LineFeatures f)
    {
        if (f.WordCount > 14 || !EndsWithYear(line)) return false;
        int at = line.IndexOf('@');
        if (at < 0 || at + 1 >= line.Length || !(char.IsLetterOrDigit(line[at + 1]) || line[at + 1] == '_')) return false;
        bool openedByDash = ArabicChars.IsDash(line[0]) || line[0] == '―';
        bool bracketedHandle = at > 0 && line[at - 1] == '(';
        return openedByDash || bracketedHandle;
    }

    public static bool IsRetweet(string line) =>
        line.Length > 4 && line[0] == 'R' && line[1] == 'T' && line[2] == ' ' && line[3] == '@';

    /// <summary>A post body: heavy in hashtags, mentions or media links.</summary>
    public static bool LooksLikePostBody(in LineFeatures f, string line) =>
        f.Hashtags + f.Mentions > 0 || ContainsMediaLink(line);

    /// <summary>Tokens that are links to an embedded post's media (pic.twitter.com/…, t.co/…).</summary>
    public static bool IsMediaLinkToken(ReadOnlySpan<char> token)
    {
        var t = token;
        if (t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) t = t[8..];
        else if (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) t = t[7..];
        return t.StartsWith("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) ||
               t.StartsWith("t.co/", StringComparison.OrdinalIgnoreCase);
    }

    public static bool ContainsMediaLink(string line) =>
        line.Contains("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) ||
        line.Contains("t.co/", StringComparison.OrdinalIgnoreCase);

    private static bool IsOnlyDashesOrBullets(string line)
    {
        foreach (char c in line)
            if (!(c == ' ' || ArabicChars.IsDash(c) || c == '―' || c == '•' || c == '·' || c == '●' || c == '▪' || c == '■' || c == '◦' || c == '*'))
                return false;
        return true;
    }

    private static bool IsOnlySocialTokens(string line)
    {
        bool anyLink = false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan()[range];
            if (token.IsEmpty) continue;
            if (IsMediaLinkToken(token)) anyLink = true;
            else if (token[0] != '#' && token[0] != '@') return false;
        }
        return anyLink;
    }

    private static bool EndsWithYear(string line)
    {
        int i = line.Length - 1;
        while (i >= 0 && (line[i] == '.' || line[i] == ')')) i--;
        int digits = 0;
        while (i >= 0 && ArabicChars.IsDigit(line[i])) { digits++; i--; }
        if (digits != 4) return false;
        int century = ArabicChars.DigitValue(line[i + 1]) * 10 + ArabicChars.DigitValue(line[i + 2]);
        return (century == 19 || century == 20) && (i < 0 || !char.IsLetterOrDigit(line[i]));
    }
}

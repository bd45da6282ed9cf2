using System.Globalization;

namespace Marsad.Ingest;

/// <summary>Parses the dates news sites really publish: ISO 8601 and RFC 822/1123 with their common faults
/// (named zones such as EST, no seconds, a wrong or missing weekday, two-digit years, "+03:00" offsets).</summary>
public static class LenientDates
{
    private static readonly (string Name, string Offset)[] Zones =
    [
        ("UT", "+00:00"), ("UTC", "+00:00"), ("GMT", "+00:00"), ("Z", "+00:00"),
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
        ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"),
        ("CET", "+01:00"), ("CEST", "+02:00"), ("EET", "+02:00"), ("EEST", "+03:00"),
        ("AST", "+03:00"), ("MSK", "+03:00"), ("IST", "+05:30"),
    ];

    private static readonly string[] Formats =
    [
        "d MMM yyyy H:m:s zzz", "d MMM yyyy H:m zzz", "d MMM yy H:m:s zzz", "d MMM yy H:m zzz",
        "d MMMM yyyy H:m:s zzz", "d MMMM yyyy H:m zzz", "d MMM yyyy H:m:s", "d MMM yyyy H:m", "d MMM yyyy",
        "yyyy-M-d H:m:s zzz", "yyyy-M-d H:m:s", "yyyy-M-d H:m", "yyyy-M-d", "yyyy/M/d H:m:s", "yyyy/M/d",
        "MMM d, yyyy H:m:s zzz", "MMM d, yyyy", "MMMM d, yyyy",
    ];

    public static bool TryParse(string? value, out DateTimeOffset date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date)
            && text.Length >= 8 && char.IsDigit(text[0]))
            return true;
        var normalized = Normalize(text);
        return DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture,
                   DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date)
            || DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
    }

    public static DateTimeOffset? Parse(string? value) => TryParse(value, out var date) ? date : null;

    /// <summary>Drops the weekday (often wrong), turns named zones and "+0300" into "+03:00", removes commas and periods after month names.</summary>
    private static string Normalize(string text)
    {
        int comma = text.IndexOf(',');
        if (comma is > 0 and <= 10 && char.IsLetter(text[0])) text = text[(comma + 1)..];
        var parts = text.Replace('\t', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count > 0 && char.IsLetter(parts[0][0]) && parts[0].Length <= 4 && parts.Count >= 4
            && !CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames.Contains(parts[0].TrimEnd('.'), StringComparer.OrdinalIgnoreCase))
            parts.RemoveAt(0); // weekday without comma ("Mon 12 Feb 2024")
        for (int i = 0; i < parts.Count; i++)
        {
            var p = parts[i].TrimEnd('.');
            var zone = Zones.FirstOrDefault(z => string.Equals(z.Name, p, StringComparison.OrdinalIgnoreCase));
            if (zone.Name is not null && i > 0) { parts[i] = zone.Offset; continue; }
            if (p.Length == 5 && p[0] is '+' or '-' && p.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                parts[i] = $"{p[..3]}:{p[3..]}";
                continue;
            }
            parts[i] = string.Equals(p, "Sept", StringComparison.OrdinalIgnoreCase) ? "Sep" : p.TrimEnd(',');
        }
        return string.Join(' ', parts);
    }
}

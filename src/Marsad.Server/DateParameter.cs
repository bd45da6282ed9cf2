using System.Globalization;

namespace Marsad.Server;

/// <summary>Date filters as query strings: empty means none (HTML forms send empty fields); a date without a time
/// covers its whole day, so <c>to=2024-01-31</c> includes that day.</summary>
public static class DateParameter
{
    public static bool TryParse(string? value, bool endOfDay, out DateTimeOffset? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            date = endOfDay ? start.AddDays(1).AddTicks(-1) : start;
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = moment;
            return true;
        }
        return false;
    }

    /// <summary>Both bounds, or the problem to answer.</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To, string? Error) Range(string? from, string? to)
    {
        if (!TryParse(from, endOfDay: false, out var start)) return (null, null, $"from '{from}' is not a date (use YYYY-MM-DD)");
        if (!TryParse(to, endOfDay: true, out var end)) return (null, null, $"to '{to}' is not a date (use YYYY-MM-DD)");
        return (start, end, null);
    }
}

namespace Marsad.Annotation.Times;

/// <summary>
/// Estimates the day a news article reports: the resolved day named most often near the top of the article (the
/// lead states when things happened), ties going to the earliest mention; failing that, the anchor date; else null.
/// </summary>
public static class EventDateEstimator
{
    /// <summary>The lead: the first quarter of the text, but at least this many characters.</summary>
    public const int MinimumLeadLength = 600;

    public static string? Estimate(IReadOnlyList<TimeExpression> times, int textLength, string? anchor)
    {
        int lead = Math.Max(MinimumLeadLength, textLength / 4);
        string? best = null;
        int bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var time in times)
        {
            if (time.Start >= lead || DayOf(time) is not { } day) continue;
            int count = counts[day] = counts.GetValueOrDefault(day) + 1;
            if (count > bestCount) (best, bestCount) = (day, count);
        }
        return best ?? anchor;
    }

    /// <summary>The ISO day of a single-day (or finer) value; null for months, years, weeks and intervals.</summary>
    private static string? DayOf(TimeExpression time)
    {
        if (time.Value is not { Length: >= 10 } value || value.Contains('/')) return null;
        if (time.Granularity is not (TimeGranularity.Day or TimeGranularity.PartOfDay or TimeGranularity.Minute)) return null;
        return value[..10];
    }
}

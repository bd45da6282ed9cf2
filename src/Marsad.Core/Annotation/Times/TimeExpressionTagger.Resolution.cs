using System.Globalization;

namespace Marsad.Annotation.Times;

/// <summary>Turns candidates into values: full dates as written, the rest against the reference day when there is one.</summary>
public static partial class TimeExpressionTagger
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar TabularHijri = new();
    private static readonly string[] WeekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>The most frequent full date written in the document (ties: the earliest), used when the publication time is unknown.</summary>
    private static DateOnly? ChooseAnchor(List<TimeCandidate> candidates)
    {
        DateOnly? best = null;
        int bestCount = 0;
        var counts = new Dictionary<DateOnly, int>();
        foreach (var candidate in candidates)
        {
            if (!candidate.IsFullDate || !TryFullDate(candidate, out var day, out _)) continue;
            int count = counts[day] = counts.GetValueOrDefault(day) + 1;
            if (count > bestCount) (best, bestCount) = (day, count);
        }
        return best;
    }

    private static List<TimeExpression> Resolve(KeyedTokens t, List<TimeCandidate> candidates, DateTimeOffset? published, DateOnly? anchor)
    {
        DateOnly? reference = published is { } p ? DateOnly.FromDateTime(p.DateTime) : anchor;
        var times = new List<TimeExpression>(candidates.Count);
        foreach (var c in candidates)
        {
            var r = c.Kind switch
            {
                CandidateKind.Date => c.Calendar == CalendarSystem.Hijri ? ResolveHijriDate(c, reference) : ResolveDate(c, reference),
                CandidateKind.Year => ResolveYear(c),
                CandidateKind.Weekday => ResolveWeekday(c, reference),
                CandidateKind.RelativeDay => ResolveRelativeDay(c, reference),
                CandidateKind.RelativeUnit => ResolveRelativeUnit(c, reference),
                CandidateKind.Ago => ResolveAgo(c, reference, published),
                CandidateKind.Interval => ResolveInterval(c, reference, published),
                _ => ResolveClock(c, reference, published),
            };
            int start = t[c.FirstToken].Start, end = t[c.EndToken - 1].End;
            times.Add(new TimeExpression(start, end, t.Text[start..end], r.Value, r.Granularity, r.Resolved, r.Relative, r.Approximate || c.Approximate));
        }
        return times;
    }

    private readonly record struct Resolution(string? Value, TimeGranularity Granularity, bool Resolved, string? Relative, bool Approximate = false);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    private static bool TryFullDate(TimeCandidate c, out DateOnly day, out bool approximate)
    {
        day = default;
        approximate = false;
        if (c.Calendar == CalendarSystem.Hijri) return TryHijri(c.Year!.Value, c.Month!.Value, c.Day!.Value, out day, out approximate);
        if (c.Day > DateTime.DaysInMonth(c.Year!.Value, c.Month!.Value)) return false;
        day = new DateOnly(c.Year.Value, c.Month.Value, c.Day!.Value);
        return true;
    }

    /// <summary>A Hijri day by Um al-Qura (tabular Hijri outside its range); approximate when the two calendars disagree.</summary>
    private static bool TryHijri(int year, int month, int day, out DateOnly result, out bool approximate)
    {
        result = default;
        approximate = false;
        DateTime? umAlQura = TryConvert(UmAlQura, year, month, day), tabular = TryConvert(TabularHijri, year, month, day);
        var chosen = umAlQura ?? tabular;
        if (chosen is null) return false;
        result = DateOnly.FromDateTime(chosen.Value);
        approximate = umAlQura is null || tabular is null || umAlQura != tabular;
        return true;
    }

    private static DateTime? TryConvert(Calendar calendar, int year, int month, int day)
    {
        if (year < calendar.GetYear(calendar.MinSupportedDateTime) || year > calendar.GetYear(calendar.MaxSupportedDateTime)) return null;
        try
        {
            if (month < 1 || month > 12 || day < 1 || day > calendar.GetDaysInMonth(year, month)) return null;
            return calendar.ToDateTime(year, month, day, 0, 0, 0, 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // the edges of the supported range
        }
    }

    private static Resolution ResolveDate(TimeCandidate c, DateOnly? reference)
    {
        int month = c.Month!.Value;
        if (c.Day is int day)
        {
            string relative = string.Create(Invariant, $"--{month:00}-{day:00}");
            int? year = c.Year;
            bool resolved = false;
            if (year is null && reference is { } r)
            {
                year = NearestYear(r, y => day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null);
                resolved = true;
            }
            if (year is null || day > DateTime.DaysInMonth(year.Value, month))
                return new Resolution(null, TimeGranularity.Day, false, relative);
            var date = new DateOnly(year.Value, month, day);
            c.ResolvedDay = date;
            return new Resolution(Iso(date), TimeGranularity.Day, resolved, c.Year is null ? relative : null, WeekdayDisagrees(c, date));
        }
        if (c.Year is int y2) return new Resolution(string.Create(Invariant, $"{y2:0000}-{month:00}"), TimeGranularity.Month, false, null);
        string monthOnly = string.Create(Invariant, $"--{month:00}");
        if (reference is not { } reference2) return new Resolution(null, TimeGranularity.Month, false, monthOnly);
        int nearest = NearestYear(reference2, y => new DateOnly(y, month, 15))!.Value;
        return new Resolution(string.Create(Invariant, $"{nearest:0000}-{month:00}"), TimeGranularity.Month, true, monthOnly);
    }

    /// <summary>Of the years around the reference, the one that puts the date closest to it.</summary>
    private static int? NearestYear(DateOnly reference, Func<int, DateOnly?> dateIn)
    {
        int? best = null;
        int bestDistance = int.MaxValue;
        for (int y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (dateIn(y) is not { } date) continue;
            int distance = Math.Abs(date.DayNumber - reference.DayNumber);
            if (distance < bestDistance) (best, bestDistance) = (y, distance);
        }
        return best;
    }

    private static bool WeekdayDisagrees(TimeCandidate c, DateOnly date) => c.Weekday is { } w && date.DayOfWeek != w;

    private static Resolution ResolveHijriDate(TimeCandidate c, DateOnly? reference)
    {
        int month = c.Month!.Value;
        int? year = c.Year;
        bool resolved = false;
        if (year is null && reference is { } r)
        {
            int hijriYear = UmAlQura.GetYear(r.ToDateTime(TimeOnly.MinValue));
            int bestDistance = int.MaxValue;
            for (int y = hijriYear - 1; y <= hijriYear + 1; y++)
            {
                if (!TryHijri(y, month, c.Day ?? 15, out var date, out _)) continue;
                int distance = Math.Abs(date.DayNumber - r.DayNumber);
                if (distance < bestDistance) (year, bestDistance) = (y, distance);
            }
            resolved = year is not null;
        }
        string relative = c.Day is int d0 ? string.Create(Invariant, $"hijri:--{month:00}-{d0:00}") : string.Create(Invariant, $"hijri:--{month:00}");
        if (year is null) return new Resolution(null, c.Day is null ? TimeGranularity.Month : TimeGranularity.Day, false, relative);
        string? relativeOut = c.Year is null ? relative : null;
        if (c.Day is int day)
        {
            if (!TryHijri(year.Value, month, day, out var date, out bool approximate))
                return new Resolution(null, TimeGranularity.Day, false, relative);
            c.ResolvedDay = date;
            return new Resolution(Iso(date), TimeGranularity.Day, resolved, relativeOut, approximate || WeekdayDisagrees(c, date));
        }
        return HijriSpan(year.Value, month, month, TimeGranularity.Month, resolved, relativeOut);
    }

    /// <summary>A Hijri month or year as the Gregorian days it covers: <c>start/end</c>.</summary>
    private static Resolution HijriSpan(int year, int firstMonth, int lastMonth, TimeGranularity granularity, bool resolved, string? relative)
    {
        int lastDay = TryConvert(UmAlQura, year, lastMonth, 1) is not null ? UmAlQura.GetDaysInMonth(year, lastMonth) : TabularHijri.GetDaysInMonth(year, lastMonth);
        if (!TryHijri(year, firstMonth, 1, out var start, out bool a1) || !TryHijri(year, lastMonth, lastDay, out var end, out bool a2))
            return new Resolution(null, granularity, false, relative);
        return new Resolution($"{Iso(start)}/{Iso(end)}", granularity, resolved, relative, a1 || a2);
    }

    private static Resolution ResolveYear(TimeCandidate c) =>
        c.Calendar == CalendarSystem.Hijri
            ? HijriSpan(c.Year!.Value, 1, 12, TimeGranularity.Year, false, null)
            : new Resolution(c.Year!.Value.ToString("0000", Invariant), TimeGranularity.Year, false, null);

    /// <summary>A bare weekday is the latest such day on or before the reference (news reports what has happened).</summary>
    private static Resolution ResolveWeekday(TimeCandidate c, DateOnly? reference)
    {
        var weekday = c.Weekday!.Value;
        string relative = "weekday:" + WeekdayCodes[(int)weekday] + (c.Offset < 0 ? "-1" : c.Offset > 0 ? "+1" : "");
        var granularity = c.DayPart is null ? TimeGranularity.Day : TimeGranularity.PartOfDay;
        if (reference is not { } r) return new Resolution(null, granularity, false, relative);
        int back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
        DateOnly day = c.Offset switch
        {
            < 0 => r.AddDays(back == 0 ? -7 : -back),
            > 0 => r.AddDays((((int)weekday - (int)r.DayOfWeek + 7) % 7) is var ahead && ahead == 0 ? 7 : ahead),
            _ => r.AddDays(-back),
        };
        c.ResolvedDay = day;
        return new Resolution(WithPart(day, c.DayPart), granularity, true, relative);
    }

    private static string WithPart(DateOnly day, string? part) => part is null ? Iso(day) : Iso(day) + "T" + part;

    private static Resolution ResolveRelativeDay(TimeCandidate c, DateOnly? reference)
    {
        string relative = string.Create(Invariant, $"P{c.Offset}D");
        var granularity = c.DayPart is null ? TimeGranularity.Day : TimeGranularity.PartOfDay;
        if (reference is not { } r) return new Resolution(null, granularity, false, relative);
        var day = r.AddDays(c.Offset);
        c.ResolvedDay = day;
        return new Resolution(WithPart(day, c.DayPart), granularity, true, relative, WeekdayDisagrees(c, day));
    }

    private static Resolution ResolveRelativeUnit(TimeCandidate c, DateOnly? reference)
    {
        string relative = string.Create(Invariant, $"P{c.Offset}{UnitLetter(c.Unit)}");
        var granularity = c.Unit switch { TimeUnit.Week => TimeGranularity.Week, TimeUnit.Month => TimeGranularity.Month, _ => TimeGranularity.Year };
        if (reference is not { } r) return new Resolution(null, granularity, false, relative);
        string value = c.Unit switch
        {
            TimeUnit.Week => IsoWeek(r.AddDays(7 * c.Offset)),
            TimeUnit.Month => r.AddMonths(c.Offset).ToString("yyyy-MM", Invariant),
            _ => r.AddYears(c.Offset).ToString("yyyy", Invariant),
        };
        return new Resolution(value, granularity, true, relative);
    }

    private static string IsoWeek(DateOnly day)
    {
        var dateTime = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(Invariant, $"{ISOWeek.GetYear(dateTime):0000}-W{ISOWeek.GetWeekOfYear(dateTime):00}");
    }

    private static string UnitLetter(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute or TimeUnit.Month => "M",
        TimeUnit.Hour => "H",
        TimeUnit.Day => "D",
        TimeUnit.Week => "W",
        _ => "Y",
    };

    private static bool IsClockUnit(TimeUnit unit) => unit is TimeUnit.Hour or TimeUnit.Minute;

    /// <summary>An ISO duration of <paramref name="amount"/> units (signed amounts write the sign after P: "P-2M", "PT-3H").</summary>
    private static string Duration(int amount, TimeUnit unit) =>
        string.Create(Invariant, $"P{(IsClockUnit(unit) ? "T" : "")}{amount}{UnitLetter(unit)}");

    /// <summary>Whether moving <paramref name="day"/> by the amount leaves the calendar .NET can write (years 1–9999):
    /// "قبل 190000 سنة" speaks of prehistory and has no date. Months and years count long, so the test is safe.</summary>
    private static bool LeavesCalendar(DateTime day, int amount, TimeUnit unit)
    {
        double days = unit switch
        {
            TimeUnit.Minute => amount / 1440.0,
            TimeUnit.Hour => amount / 24.0,
            TimeUnit.Day => amount,
            TimeUnit.Week => 7.0 * amount,
            TimeUnit.Month => 31.0 * amount,
            _ => 366.0 * amount,
        };
        double target = day.Ticks / (double)TimeSpan.TicksPerDay + days;
        return target < 1 || target > DateTime.MaxValue.Ticks / (double)TimeSpan.TicksPerDay - 1;
    }

    private static DateTimeOffset Shift(DateTimeOffset instant, int amount, TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => instant.AddMinutes(amount),
        TimeUnit.Hour => instant.AddHours(amount),
        TimeUnit.Day => instant.AddDays(amount),
        TimeUnit.Week => instant.AddDays(7 * amount),
        TimeUnit.Month => instant.AddMonths(amount),
        _ => instant.AddYears(amount),
    };

    private static string IsoMinute(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", Invariant);

    private static Resolution ResolveAgo(TimeCandidate c, DateOnly? reference, DateTimeOffset? published)
    {
        string relative = Duration(c.Amount, c.Unit);
        var origin = IsClockUnit(c.Unit) && published is { } at ? at.UtcDateTime : reference?.ToDateTime(TimeOnly.MinValue);
        if (origin is { } f && LeavesCalendar(f, c.Amount, c.Unit)) return new Resolution(null, GranularityOf(c.Unit), false, relative);
        if (IsClockUnit(c.Unit) && published is { } p)
            return new Resolution(IsoMinute(Shift(p, c.Amount, c.Unit)), TimeGranularity.Minute, true, relative);
        if (reference is not { } r) return new Resolution(null, GranularityOf(c.Unit), false, relative);
        var day = DateOnly.FromDateTime(Shift(new DateTimeOffset(r.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), c.Amount, c.Unit).DateTime);
        return c.Unit switch
        {
            TimeUnit.Month => new Resolution(day.ToString("yyyy-MM", Invariant), TimeGranularity.Month, true, relative),
            TimeUnit.Year => new Resolution(day.ToString("yyyy", Invariant), TimeGranularity.Year, true, relative),
            // Hours from a reference known only to the day: the day is right, the hour unknown.
            _ => new Resolution(Iso(day), TimeGranularity.Day, true, relative, IsClockUnit(c.Unit)),
        };
    }

    private static TimeGranularity GranularityOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute or TimeUnit.Hour => TimeGranularity.Minute,
        TimeUnit.Day => TimeGranularity.Day,
        TimeUnit.Week => TimeGranularity.Week,
        TimeUnit.Month => TimeGranularity.Month,
        _ => TimeGranularity.Year,
    };

    private static Resolution ResolveInterval(TimeCandidate c, DateOnly? reference, DateTimeOffset? published)
    {
        string relative = (c.Offset < 0 ? "last:" : "next:") + Duration(c.Amount, c.Unit);
        var origin = IsClockUnit(c.Unit) && published is { } at ? at.UtcDateTime : reference?.ToDateTime(TimeOnly.MinValue);
        if (origin is { } f && LeavesCalendar(f, c.Offset * c.Amount, c.Unit)) return new Resolution(null, TimeGranularity.Day, false, relative);
        if (IsClockUnit(c.Unit) && published is { } p)
        {
            var other = Shift(p, c.Offset * c.Amount, c.Unit);
            var (from, to) = c.Offset < 0 ? (other, p) : (p, other);
            return new Resolution($"{IsoMinute(from)}/{IsoMinute(to)}", TimeGranularity.Minute, true, relative);
        }
        if (reference is not { } r) return new Resolution(null, TimeGranularity.Day, false, relative);
        DateOnly otherDay = c.Unit switch
        {
            TimeUnit.Minute => r,
            TimeUnit.Hour => r.AddDays(c.Offset * (int)Math.Ceiling(c.Amount / 24.0)),
            TimeUnit.Day => r.AddDays(c.Offset * c.Amount),
            TimeUnit.Week => r.AddDays(7 * c.Offset * c.Amount),
            TimeUnit.Month => r.AddMonths(c.Offset * c.Amount),
            _ => r.AddYears(c.Offset * c.Amount),
        };
        var (start, end) = c.Offset < 0 ? (otherDay, r) : (r, otherDay);
        return new Resolution($"{Iso(start)}/{Iso(end)}", TimeGranularity.Day, true, relative, IsClockUnit(c.Unit) && c.Amount % 24 != 0);
    }

    private static Resolution ResolveClock(TimeCandidate c, DateOnly? reference, DateTimeOffset? published)
    {
        string zone = c.Zone switch
        {
            ZoneKind.Utc => "Z",
            ZoneKind.Offset => (c.ZoneMinutes < 0 ? "-" : "+") + TimeSpan.FromMinutes(Math.Abs(c.ZoneMinutes)).ToString(@"hh\:mm", Invariant),
            _ => "",
        };
        string time = string.Create(Invariant, $"T{c.Hour:00}:{c.Minute:00}") + zone;
        DateOnly? day = c.DateOfClock?.ResolvedDay;
        bool resolved = day is not null && (c.DateOfClock!.Year is null || c.DateOfClock.Kind != CandidateKind.Date);
        if (day is null && published is { } p)
        {
            // The publication day as seen in the zone of the clock time.
            var local = c.Zone switch
            {
                ZoneKind.Utc => p.ToUniversalTime(),
                ZoneKind.Offset => p.ToOffset(TimeSpan.FromMinutes(c.ZoneMinutes)),
                _ => p,
            };
            day = DateOnly.FromDateTime(local.DateTime);
            resolved = true;
        }
        else if (day is null && reference is { } r)
        {
            day = r;
            resolved = true;
        }
        if (day is null) return new Resolution(null, TimeGranularity.Minute, false, time);
        return new Resolution(Iso(day.Value) + time, TimeGranularity.Minute, resolved, resolved ? time : null);
    }
}

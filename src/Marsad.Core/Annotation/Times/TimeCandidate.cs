namespace Marsad.Annotation.Times;

internal enum CandidateKind : byte { Date, Year, Weekday, RelativeDay, RelativeUnit, Ago, Interval, Clock }

internal enum ZoneKind : byte { None, Utc, Offset, Local }

/// <summary>A time expression as found in the tokens, before it is resolved to a value.</summary>
internal sealed class TimeCandidate(CandidateKind kind, int firstToken, int endToken)
{
    public CandidateKind Kind { get; } = kind;
    public int FirstToken { get; set; } = firstToken;
    public int EndToken { get; set; } = endToken;

    public CalendarSystem Calendar { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }

    /// <summary>A weekday written with the expression (alone, or beside a date or "أمس" to confirm it).</summary>
    public DayOfWeek? Weekday { get; set; }

    /// <summary>Days from the reference for <see cref="CandidateKind.RelativeDay"/>; -1/0/+1 for a weekday or calendar unit.</summary>
    public int Offset { get; init; }

    public TimeUnit Unit { get; init; }
    public int Amount { get; init; }

    /// <summary>TIMEX3 part of day ("MO", "EV"...).</summary>
    public string? DayPart { get; init; }

    public int Hour { get; init; }
    public int Minute { get; init; }
    public ZoneKind Zone { get; init; }
    public int ZoneMinutes { get; init; }

    /// <summary>For a clock time, the date expression just before it that gives its day.</summary>
    public TimeCandidate? DateOfClock { get; set; }

    public bool Approximate { get; set; }

    /// <summary>The resolved day of this candidate (set during resolution), used by clock times after it.</summary>
    public DateOnly? ResolvedDay { get; set; }

    public bool IsFullDate => Kind == CandidateKind.Date && Year is not null && Month is not null && Day is not null;
}

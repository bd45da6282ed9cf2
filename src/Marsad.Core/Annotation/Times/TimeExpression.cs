namespace Marsad.Annotation.Times;

/// <summary>
/// A time expression of a text. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets (half-open).
/// </summary>
/// <param name="Value">ISO 8601: <c>2018-11-27</c>, <c>2018-11</c>, <c>2018</c>, <c>2018-W47</c>,
/// <c>2018-11-27T16:45Z</c>, a part of day as TIMEX3 does (<c>2018-11-26TEV</c>), intervals as <c>start/end</c>;
/// null when the expression could not be placed in time.</param>
/// <param name="Resolved">Whether <see cref="Value"/> was computed against the publication time or an anchor date
/// rather than read in full from the text.</param>
/// <param name="Relative">How the expression is stated relative to an unknown reference, kept whether or not it was
/// resolved: <c>P-1D</c> (yesterday), <c>P-1W</c>, <c>PT-3H</c>, <c>last:PT72H</c> / <c>next:P3D</c> (intervals up to
/// or from the reference), <c>weekday:TU</c> (the latest Tuesday), <c>weekday:SA-1</c> / <c>weekday:SA+1</c> (last /
/// next Saturday), <c>--11-27</c> / <c>--11</c> (a day or month without a year), <c>T16:45Z</c> (a time without a
/// date); null for a fully written date.</param>
/// <param name="Approximate">The value may be off: the Um al-Qura and tabular Hijri conversions disagree, a weekday
/// written beside the date does not match it, or the text itself is approximate.</param>
public sealed record TimeExpression(int Start, int End, string Text, string? Value, TimeGranularity Granularity, bool Resolved, string? Relative, bool Approximate);

/// <summary>The smallest unit a time expression names.</summary>
public enum TimeGranularity : byte
{
    Year,
    Month,
    Week,
    Day,
    PartOfDay,
    Minute,
}

/// <summary>The time expressions of a document and its estimated event date (ISO day, or null when the evidence is thin).</summary>
public sealed record TimeAnnotations(IReadOnlyList<TimeExpression> Times, string? EventDate);

using Marsad.Text.Tokens;

namespace Marsad.Annotation.Times;

/// <summary>
/// Finds time expressions in clean text and normalises them to ISO 8601: Gregorian dates under every Arabic month
/// naming (and English dates inside Arabic text), numeric and Hijri dates, weekdays, relative days and units,
/// durations before or up to the reference, and clock times with their zone.
/// <para>Resolution uses the publication time when known; otherwise an anchor — the most frequent full date written
/// in the document; otherwise values stay relative (see <see cref="TimeExpression.Relative"/>) rather than guessed.</para>
/// <para>Matchers work on token match keys with dictionary lookups (partial files by concern: Dates, Relative,
/// Clock, Resolution); at each token the first matcher that succeeds takes its tokens.</para>
/// </summary>
public static partial class TimeExpressionTagger
{
    public static TimeAnnotations Tag(string text, IReadOnlyList<Token> tokens, DateTimeOffset? published) =>
        Tag(text, tokens, published, otherParts: null);

    /// <param name="otherParts">Other text of the same document that is not part of <paramref name="text"/> (its title,
    /// the attribution lines of embedded posts the cleaner took out): when there is no publication time and the body
    /// writes no full date, a full date written there is the anchor. Only the anchor comes from them; their
    /// expressions are not reported.</param>
    public static TimeAnnotations Tag(string text, IReadOnlyList<Token> tokens, DateTimeOffset? published, IEnumerable<string>? otherParts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Tag(new KeyedTokens(text, tokens), published, otherParts);
    }

    internal static TimeAnnotations Tag(KeyedTokens t, DateTimeOffset? published, IEnumerable<string>? otherParts = null)
    {
        var candidates = Find(t);
        MergeNeighbours(t, candidates);
        var anchor = published is null ? ChooseAnchor(candidates) ?? AnchorFrom(otherParts) : null;
        var times = Resolve(t, candidates, published, anchor);
        // With no day named in the lead, the document's date is its publication day (ACLED's precision 2), never unknown.
        var documentDay = anchor ?? (published is { } p ? DateOnly.FromDateTime(p.DateTime) : null);
        string? anchorValue = documentDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new TimeAnnotations(times, EventDateEstimator.Estimate(times, t.Text.Length, anchorValue));
    }

    private static DateOnly? AnchorFrom(IEnumerable<string>? parts)
    {
        if (parts is null) return null;
        var candidates = new List<TimeCandidate>();
        var tokens = new List<Token>();
        foreach (var part in parts)
        {
            tokens.Clear();
            ArabicTokenizer.Tokenize(part, tokens);
            candidates.AddRange(Find(new KeyedTokens(part, tokens)));
        }
        return ChooseAnchor(candidates);
    }

    private delegate TimeCandidate? Matcher(KeyedTokens t, int i);

    // Order matters: longer, more specific forms first (a date before a bare year, an interval before a relative unit).
    private static readonly Matcher[] Matchers =
    [
        MatchArabicDate, MatchEnglishDate, MatchNumericDate, MatchClock, MatchDayPart, MatchRelativeDay,
        MatchWeekday, MatchInterval, MatchAgo, MatchRelativeUnit, MatchYear,
    ];

    private static List<TimeCandidate> Find(KeyedTokens t)
    {
        var found = new List<TimeCandidate>();
        for (int i = 0; i < t.Count;)
        {
            TimeCandidate? match = null;
            foreach (var matcher in Matchers)
                if ((match = matcher(t, i)) is not null) break;
            if (match is null)
            {
                i++;
                continue;
            }
            found.Add(match);
            i = match.EndToken;
        }
        return found;
    }

    /// <summary>
    /// Joins a weekday to the date after it ("الثلاثاء 27 من تشرين الثاني") and to "أمس"/"اليوم" before it
    /// ("أمس (الأربعاء)"), so that the weekday confirms the day; links a clock time to the date just before it.
    /// </summary>
    private static void MergeNeighbours(KeyedTokens t, List<TimeCandidate> candidates)
    {
        // A weekday belongs to the date after it before it can belong to "اليوم" before it ("اليوم، الثلاثاء 27 من ...").
        for (int k = 0; k + 1 < candidates.Count; k++)
        {
            var (left, right) = (candidates[k], candidates[k + 1]);
            if (left.Kind == CandidateKind.Weekday && left.Offset == 0 && left.DayPart is null
                && right.Kind == CandidateKind.Date && right.Day is not null && OnlyCommasBetween(t, left.EndToken, right.FirstToken))
            {
                right.Weekday = left.Weekday;
                right.FirstToken = left.FirstToken;
                candidates.RemoveAt(k);
            }
        }
        for (int k = 0; k + 1 < candidates.Count; k++)
        {
            var (left, right) = (candidates[k], candidates[k + 1]);
            if (left.Kind == CandidateKind.RelativeDay && left.Weekday is null
                && right.Kind == CandidateKind.Weekday && right.Offset == 0 && right.DayPart is null
                && TryWeekdayAside(t, left.EndToken, right, out int end))
            {
                left.Weekday = right.Weekday;
                left.EndToken = end;
                candidates.RemoveAt(k + 1);
            }
        }
        for (int k = 0; k + 1 < candidates.Count; k++)
        {
            var (left, right) = (candidates[k], candidates[k + 1]);
            if (right.Kind == CandidateKind.Clock && left.Kind is CandidateKind.Date or CandidateKind.RelativeDay or CandidateKind.Weekday
                && right.FirstToken - left.EndToken <= 3)
                right.DateOfClock = left;
        }
    }

    private static bool OnlyCommasBetween(KeyedTokens t, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!t.IsMark(k, ',') && !t.IsMark(k, '،')) return false;
        return to - from <= 1;
    }

    /// <summary>A weekday right after "أمس", bare, after a comma, or in parentheses (then the closing one is taken too).</summary>
    private static bool TryWeekdayAside(KeyedTokens t, int from, TimeCandidate weekday, out int end)
    {
        end = weekday.EndToken;
        int gap = weekday.FirstToken - from;
        if (gap == 0) return true;
        if (gap != 1) return false;
        if (t.IsMark(from, ',') || t.IsMark(from, '،')) return true;
        if (t.IsMark(from, '(') && t.IsMark(weekday.EndToken, ')'))
        {
            end = weekday.EndToken + 1;
            return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is a plain integer of up to <paramref name="maxDigits"/> digits; its value.</summary>
    private static bool TryInteger(KeyedTokens t, int i, int maxDigits, out int value)
    {
        value = 0;
        if (i < 0 || i >= t.Count || t.Kind(i) != TokenKind.Number) return false;
        var key = t.Key(i);
        if (key.Length == 0 || key.Length > maxDigits) return false;
        foreach (char c in key)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool TryDayNumber(KeyedTokens t, int i, out int day) =>
        TryInteger(t, i, 2, out day) && day is >= 1 and <= 31;

    private static bool TryYearNumber(KeyedTokens t, int i, CalendarSystem calendar, out int year) =>
        TryInteger(t, i, 4, out year) && t.Key(i).Length == 4
        && (calendar == CalendarSystem.Gregorian ? year is >= 1800 and <= 2200 : year is >= 1300 and <= 1600);
}

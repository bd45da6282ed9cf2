using Marsad.Annotation.Numbers;
using Marsad.Text.Tokens;

namespace Marsad.Annotation.Times;

/// <summary>Weekdays, days named by their distance from today, calendar units, durations ago and recent intervals.</summary>
public static partial class TimeExpressionTagger
{
    private static readonly string[] ConjunctionProclitics = ["و", "ف"];

    /// <summary>Words after "اليوم" that make it "the day" of a sequence, not today: "اليوم التالي", "اليوم الأول".</summary>
    private static readonly KeyLexicon<bool> DayOrdinals = new(
        new[] { "التالي", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "الأخير", "السابق", "الذي", "نفسه", "ذاته", "العالمي", "الوطني", "الدولي" }
            .Select(w => (w, true)));

    /// <summary>"فجر أمس", "مساء اليوم", "صباح الثلاثاء".</summary>
    private static TimeCandidate? MatchDayPart(KeyedTokens t, int i)
    {
        if (i + 1 >= t.Count || t.Kind(i) != TokenKind.ArabicWord
            || !TimeLexicon.DayParts.TryGet(t.Key(i), KeyLexicon<string>.Proclitics, out var part, out _)) return null;
        if (TimeLexicon.RelativeDays.TryGet(t.Key(i + 1), out int offset))
            return new TimeCandidate(CandidateKind.RelativeDay, i, i + 2) { Offset = offset, DayPart = part };
        if (TimeLexicon.Weekdays.TryGet(t.Key(i + 1), out var weekday))
            return new TimeCandidate(CandidateKind.Weekday, i, i + 2) { Weekday = weekday, DayPart = part };
        return null;
    }

    /// <summary>"اليوم", "أمس", "أمس الأول", "أول أمس", "غداً", "بعد غد", "الليلة الماضية", with "يوم" before them.</summary>
    private static TimeCandidate? MatchRelativeDay(KeyedTokens t, int i)
    {
        if (i >= t.Count || t.Kind(i) != TokenKind.ArabicWord) return null;
        int j = i;
        if (t.KeyIs(j, "يوم") && j + 1 < t.Count && TimeLexicon.RelativeDays.TryGet(t.Key(j + 1), out _)) j++;
        if (t.KeyIs(j, "اول"))
        {
            int k = t.KeyIs(j + 1, From) ? j + 2 : j + 1;
            if (t.KeyIs(k, "امس")) return new TimeCandidate(CandidateKind.RelativeDay, i, k + 1) { Offset = -2 };
            return null;
        }
        if (t.KeyIs(j, "بعد") && t.KeyIs(j + 1, "غد")) return new TimeCandidate(CandidateKind.RelativeDay, i, j + 2) { Offset = 2 };
        if (!TimeLexicon.RelativeDays.TryGet(t.Key(j), ConjunctionProclitics, out int offset, out _)) return null;
        var key = t.Key(j);
        j++;
        string? part = null;
        if (key.EndsWith("الليله"))
        {
            part = "NI";
            if (j < t.Count && TimeLexicon.Directions.TryGet(t.Key(j), out int direction) && direction != 0)
            {
                offset = direction;
                j++;
            }
        }
        else if (offset == -1 && t.KeyIs(j, "الاول")) // أمس الأول
        {
            offset = -2;
            j++;
        }
        else if (offset == 0 && j < t.Count && DayOrdinals.TryGet(t.Key(j), out _)) return null;
        return new TimeCandidate(CandidateKind.RelativeDay, i, j) { Offset = offset, DayPart = part };
    }

    /// <summary>"الثلاثاء", "يوم الثلاثاء", "السبت الماضي", "الجمعة المقبلة".</summary>
    private static TimeCandidate? MatchWeekday(KeyedTokens t, int i)
    {
        if (i >= t.Count || t.Kind(i) != TokenKind.ArabicWord) return null;
        int j = i;
        var key = t.Key(j);
        if (key.EndsWith("يوم") && key.Length <= 5 && j + 1 < t.Count && TimeLexicon.Weekdays.TryGet(t.Key(j + 1), out _)) j++;
        if (!TimeLexicon.Weekdays.TryGet(t.Key(j), KeyLexicon<DayOfWeek>.Proclitics, out var weekday, out _)) return null;
        j++;
        int direction = 0;
        if (j < t.Count && TimeLexicon.Directions.TryGet(t.Key(j), out int d) && d != 0)
        {
            direction = d;
            j++;
        }
        return new TimeCandidate(CandidateKind.Weekday, i, j) { Weekday = weekday, Offset = direction };
    }

    /// <summary>"الأسبوع الماضي", "الشهر المقبل", "العام الجاري", "هذا العام".</summary>
    private static TimeCandidate? MatchRelativeUnit(KeyedTokens t, int i)
    {
        if (i + 1 >= t.Count || t.Kind(i) != TokenKind.ArabicWord) return null;
        if ((t.KeyIs(i, "هذا") || t.KeyIs(i, "هذه")) && TimeLexicon.DefiniteUnits.TryGet(t.Key(i + 1), out var current))
            return new TimeCandidate(CandidateKind.RelativeUnit, i, i + 2) { Unit = current, Offset = 0 };
        if (!TimeLexicon.DefiniteUnits.TryGet(t.Key(i), KeyLexicon<TimeUnit>.Proclitics, out var unit, out _)
            || !TimeLexicon.Directions.TryGet(t.Key(i + 1), out int direction)) return null;
        return new TimeCandidate(CandidateKind.RelativeUnit, i, i + 2) { Unit = unit, Offset = direction };
    }

    /// <summary>"منذ شهرين", "قبل ثلاثة أيام", "بعد يومين" — but not "قبل ثلاثة أيام من الهجوم", which counts from an event.</summary>
    private static TimeCandidate? MatchAgo(KeyedTokens t, int i)
    {
        if (i + 1 >= t.Count || t.Kind(i) != TokenKind.ArabicWord
            || !TimeLexicon.AgoWords.TryGet(t.Key(i), ConjunctionProclitics, out int direction, out _)) return null;
        int j = i + 1;
        bool approximate = false;
        if (t.KeyIs(j, "نحو") || t.KeyIs(j, "حوالي") || t.KeyIs(j, "قرابه"))
        {
            approximate = true;
            j++;
        }
        if (!TryDuration(t, j, out int amount, out var unit, out int end, out bool definite) || definite) return null;
        if (t.KeyIs(end, From) || t.KeyIs(end, "علي")) return null;
        return new TimeCandidate(CandidateKind.Ago, i, end) { Unit = unit, Amount = amount * direction, Approximate = approximate };
    }

    /// <summary>
    /// "خلال الـ 72 ساعة الماضية", "على مدار الشهرين الماضيين", "في الأيام الثلاثة المقبلة": a definite duration with a
    /// direction, up to or from the reference. Without the article ("خلال 72 ساعة") it is a length, not a time.
    /// </summary>
    private static TimeCandidate? MatchInterval(KeyedTokens t, int i)
    {
        if (i >= t.Count || t.Kind(i) != TokenKind.ArabicWord) return null;
        int j = i;
        if (t.KeyIs(j, "علي") && (t.KeyIs(j + 1, "مدار") || t.KeyIs(j + 1, "مدي"))) j += 2;
        else if (TimeLexicon.SpanWords.TryGet(t.Key(j), ConjunctionProclitics, out _, out _)) j++;
        if (!TryDuration(t, j, out int amount, out var unit, out int end, out bool definite) || !definite) return null;
        if (end >= t.Count || !TimeLexicon.Directions.TryGet(t.Key(end), out int direction) || direction == 0) return null;
        return new TimeCandidate(CandidateKind.Interval, i, end + 1) { Unit = unit, Amount = amount, Offset = direction };
    }

    /// <summary>
    /// A count of a time unit at token <paramref name="i"/>: a dual ("شهرين", "الشهرين"), a number and a unit
    /// ("72 ساعة", "الـ 72 ساعة", "ثلاثة أيام"), or a definite plural and a number ("الأيام الثلاثة").
    /// </summary>
    private static bool TryDuration(KeyedTokens t, int i, out int amount, out TimeUnit unit, out int end, out bool definite)
    {
        amount = 0;
        unit = default;
        end = i;
        definite = false;
        if (i >= t.Count) return false;
        if (t.Kind(i) == TokenKind.ArabicWord && TimeLexicon.DualUnits.TryGet(t.Key(i), KeyLexicon<TimeUnit>.DefiniteProclitics, out unit, out int prefix))
        {
            amount = 2;
            end = i + 1;
            definite = prefix > 0;
            return true;
        }
        int j = i;
        if (t.KeyIs(j, "ال"))
        {
            definite = true;
            j++;
        }
        if (!definite && t.Kind(j) == TokenKind.ArabicWord && t.Key(j).StartsWith("ال")
            && TimeLexicon.Units.TryGet(t.Key(j)[2..], out unit)
            && NumberPhraseParser.TryParse(t, j + 1, allowDefinite: true, out var after) && IsCount(after))
        {
            amount = (int)after.Value!.Value;
            end = after.EndToken;
            definite = true;
            return true;
        }
        if (!NumberPhraseParser.TryParse(t, j, allowDefinite: true, out var count) || !IsCount(count)) return false;
        if (count.EndToken >= t.Count || !TimeLexicon.Units.TryGet(t.Key(count.EndToken), out unit)) return false;
        if (t.Key(j).StartsWith("ال") && t.Kind(j) == TokenKind.ArabicWord) definite = true;
        amount = (int)count.Value!.Value;
        end = count.EndToken + 1;
        return true;
    }

    private static bool IsCount(NumberPhrase phrase) =>
        phrase.Value is >= 1 and <= 100_000 && !phrase.Percent && phrase.Value == Math.Floor(phrase.Value.Value);
}

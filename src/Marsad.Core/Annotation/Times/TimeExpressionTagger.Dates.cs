using Marsad.Text.Tokens;

namespace Marsad.Annotation.Times;

/// <summary>Dates written with a month name (Arabic Gregorian, Hijri, English), numeric dates and bare years.</summary>
public static partial class TimeExpressionTagger
{
    private const string From = "من";

    /// <summary>
    /// [day [من]] month [/month | (month)] [year [era]], or "شهر" month; the month may carry a proclitic ("بتشرين").
    /// A month name that is also an ordinary word needs a day, a year or "شهر".
    /// </summary>
    private static TimeCandidate? MatchArabicDate(KeyedTokens t, int i)
    {
        int j = i;
        int? day = null;
        bool monthWord = false;
        if (TryDayNumber(t, j, out int d))
        {
            day = d;
            j++;
            if (t.KeyIs(j, From)) j++;
        }
        else if (j < t.Count && TimeLexicon.MonthWords.TryGet(t.Key(j), out _))
        {
            monthWord = true;
            j++;
        }
        if (!TryMonthName(t, j, out var month, out j)) return null;
        j = SkipAlternativeMonth(t, j, month.Month);
        int? year = null;
        if (TryYearNumber(t, j, month.Calendar, out int y))
        {
            year = y;
            j++;
            var eraWords = month.Calendar == CalendarSystem.Hijri ? TimeLexicon.HijriEraWords : TimeLexicon.GregorianEraWords;
            if (j < t.Count && t.Kind(j) == TokenKind.ArabicWord && eraWords.TryGet(t.Key(j), out _)) j++;
        }
        if (month.Ambiguous && day is null && year is null && !monthWord) return null;
        return new TimeCandidate(CandidateKind.Date, i, j) { Calendar = month.Calendar, Year = year, Month = month.Month, Day = day };
    }

    private static bool TryMonthName(KeyedTokens t, int i, out MonthName month, out int end)
    {
        month = null!;
        end = i;
        if (i >= t.Count || t.Kind(i) != TokenKind.ArabicWord) return false;
        if (!TimeLexicon.Months.TryGet(t.Key(i), KeyLexicon<MonthName[]>.Proclitics, out var names, out _)) return false;
        foreach (var name in names)
        {
            if (name.SecondKey is null)
            {
                (month, end) = (name, i + 1);
                return true;
            }
            if (t.KeyIs(i + 1, name.SecondKey))
            {
                (month, end) = (name, i + 2);
                return true;
            }
        }
        return false;
    }

    /// <summary>Skips a second naming of the same month: "نوفمبر/تشرين الثاني", "تشرين الثاني (نوفمبر)".</summary>
    private static int SkipAlternativeMonth(KeyedTokens t, int j, int monthNumber)
    {
        bool parenthesis = t.IsMark(j, '(');
        if (!parenthesis && !t.IsMark(j, '/') && !t.IsMark(j, '-')) return j;
        int end;
        bool same = TryMonthName(t, j + 1, out var other, out end) ? other.Month == monthNumber
            : j + 1 < t.Count && t.Kind(j + 1) == TokenKind.LatinWord && TimeLexicon.EnglishMonths.TryGet(t.Key(j + 1), out int english)
              && english == monthNumber && (end = j + 2) > 0;
        if (!same) return j;
        if (!parenthesis) return end;
        return t.IsMark(end, ')') ? end + 1 : j;
    }

    /// <summary>"November 27, 2018", "Nov. 27", "27 November 2018", "November 2018".</summary>
    private static TimeCandidate? MatchEnglishDate(KeyedTokens t, int i)
    {
        int j = i;
        int? day = null, year = null;
        int month;
        if (TryDayNumber(t, j, out int d) && TryEnglishMonth(t, j + 1, out month, out j))
        {
            day = d;
        }
        else if (TryEnglishMonth(t, i, out month, out j))
        {
            if (TryDayNumber(t, j, out d))
            {
                day = d;
                j++;
                if (t.IsMark(j, ',') && TryYearNumber(t, j + 1, CalendarSystem.Gregorian, out _)) j++;
            }
        }
        else return null;
        if (TryYearNumber(t, j, CalendarSystem.Gregorian, out int y))
        {
            year = y;
            j++;
        }
        // "May" and "march" are also ordinary English words.
        if (day is null && year is null) return null;
        return new TimeCandidate(CandidateKind.Date, i, j) { Year = year, Month = month, Day = day };
    }

    private static bool TryEnglishMonth(KeyedTokens t, int i, out int month, out int end)
    {
        month = 0;
        end = i;
        if (i >= t.Count || t.Kind(i) != TokenKind.LatinWord || !TimeLexicon.EnglishMonths.TryGet(t.Key(i), out month)) return false;
        end = i + 1;
        if (t.Key(i).Length <= 4 && t.IsMark(end, '.') && t.Touching(i, end)) end++;
        return true;
    }

    /// <summary>27/11/2018, 27-11-2018, 2018-11-27, 27.11.2018 (digits of any script); day first unless the year is.</summary>
    private static TimeCandidate? MatchNumericDate(KeyedTokens t, int i)
    {
        if (i >= t.Count || t.Kind(i) != TokenKind.Number) return null;
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        int end;
        var key = t.Key(i);
        if (key.Count('.') == 2)
        {
            // The tokenizer keeps "27.11.2018" as one number.
            int n = 0;
            foreach (var range in key.Split('.'))
            {
                var part = key[range];
                if (part.Length is 0 or > 4 || !int.TryParse(part, out parts[n])) return null;
                lengths[n++] = part.Length;
            }
            end = i + 1;
        }
        else
        {
            if (i + 4 >= t.Count) return null;
            char separator = t.Key(i + 1) is [var c] ? c : '\0';
            if (separator is not ('/' or '-') || !t.IsMark(i + 3, separator)) return null;
            for (int k = 0; k < 4; k++)
                if (!t.Touching(i + k, i + k + 1)) return null;
            for (int k = 0; k < 3; k++)
            {
                if (!TryInteger(t, i + 2 * k, 4, out parts[k])) return null;
                lengths[k] = t.Key(i + 2 * k).Length;
            }
            end = i + 5;
        }
        int year, month, day;
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) (year, month, day) = (parts[0], parts[1], parts[2]);
        else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) (year, month, day) = (parts[2], parts[1], parts[0]);
        else return null;
        bool swapped = false;
        if (month > 12 && day <= 12)
        {
            (month, day) = (day, month); // month first, as in English-language sources
            swapped = true;
        }
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new TimeCandidate(CandidateKind.Date, i, end) { Year = year, Month = month, Day = day, Approximate = swapped };
    }

    /// <summary>"عام 2018", "سنة 1439 هـ", "2018م".</summary>
    private static TimeCandidate? MatchYear(KeyedTokens t, int i)
    {
        int j = i;
        bool introduced = j < t.Count && t.Kind(j) == TokenKind.ArabicWord && TimeLexicon.YearWords.TryGet(t.Key(j), out _);
        if (introduced) j++;
        var calendar = CalendarSystem.Gregorian;
        if (!TryYearNumber(t, j, calendar, out int year))
        {
            calendar = CalendarSystem.Hijri;
            if (!TryYearNumber(t, j, calendar, out year)) return null;
        }
        j++;
        var eraWords = calendar == CalendarSystem.Hijri ? TimeLexicon.HijriEraWords : TimeLexicon.GregorianEraWords;
        bool era = j < t.Count && t.Kind(j) == TokenKind.ArabicWord && eraWords.TryGet(t.Key(j), out _);
        if (era) j++;
        // A Hijri year needs its era word; a Gregorian one an introducing word or era word.
        if (calendar == CalendarSystem.Hijri ? !era : !(introduced || era)) return null;
        return new TimeCandidate(CandidateKind.Year, i, j) { Calendar = calendar, Year = year };
    }
}

using Marsad.Text.Tokens;

namespace Marsad.Annotation.Times;

/// <summary>Clock times: "16:45 ت.غ", "الساعة 10:30 صباحاً بتوقيت مكة", "20:00 بالتوقيت المحلي".</summary>
public static partial class TimeExpressionTagger
{
    private static TimeCandidate? MatchClock(KeyedTokens t, int i)
    {
        int j = i;
        if (j < t.Count && t.Kind(j) == TokenKind.ArabicWord && t.Key(j).EndsWith("الساعه") && t.Key(j).Length <= 8) j++;
        if (j >= t.Count || t.Kind(j) != TokenKind.Number || !TryClockKey(t.Key(j), out int hour, out int minute)) return null;
        j++;
        if (j < t.Count && t.Kind(j) == TokenKind.ArabicWord)
        {
            if (TimeLexicon.AfternoonWords.TryGet(t.Key(j), out _))
            {
                if (hour < 12) hour += 12;
                j++;
            }
            else if (TimeLexicon.MorningWords.TryGet(t.Key(j), out _))
            {
                if (hour == 12) hour = 0;
                j++;
            }
        }
        var zone = ReadZone(t, j, out int zoneMinutes, out int end);
        return new TimeCandidate(CandidateKind.Clock, i, end) { Hour = hour, Minute = minute, Zone = zone, ZoneMinutes = zoneMinutes };
    }

    private static bool TryClockKey(ReadOnlySpan<char> key, out int hour, out int minute)
    {
        hour = minute = 0;
        int colon = key.IndexOf(':');
        if (colon is < 1 or > 2 || key.Length - colon - 1 != 2) return false;
        return int.TryParse(key[..colon], out hour) && int.TryParse(key[(colon + 1)..], out minute)
            && hour is >= 0 and <= 24 && minute is >= 0 and <= 59;
    }

    /// <summary>The zone after a clock time: ت.غ, GMT/UTC, بتوقيت غرينتش, بتوقيت مكة (fixed offsets), بالتوقيت المحلي.</summary>
    private static ZoneKind ReadZone(KeyedTokens t, int j, out int minutes, out int end)
    {
        minutes = 0;
        end = j;
        if (j >= t.Count) return ZoneKind.None;
        if (t.KeyIs(j, "ت") && t.IsMark(j + 1, '.') && t.KeyIs(j + 2, "غ"))
        {
            end = j + 3;
            return ZoneKind.Utc;
        }
        if (t.KeyIs(j, "gmt") || t.KeyIs(j, "utc"))
        {
            end = j + 1;
            return ZoneKind.Utc;
        }
        var key = t.Key(j);
        if ((key.SequenceEqual("بالتوقيت") || key.SequenceEqual("حسب")) && j + 1 < t.Count)
        {
            int k = key.SequenceEqual("حسب") ? j + 1 : j;
            if (k != j && !t.KeyIs(k, "التوقيت")) return ZoneKind.None;
            if (t.KeyIs(k + 1, "المحلي"))
            {
                end = k + 2;
                return ZoneKind.Local;
            }
            if (t.KeyIs(k + 1, "العالمي"))
            {
                end = k + 2;
                return ZoneKind.Utc;
            }
            return ZoneKind.None;
        }
        if ((key.SequenceEqual("بتوقيت") || key.SequenceEqual("توقيت")) && j + 1 < t.Count && t.Kind(j + 1) == TokenKind.ArabicWord)
        {
            end = j + 2;
            if (!TimeLexicon.ZoneOffsets.TryGet(t.Key(j + 1), out minutes)) return ZoneKind.Local; // a place whose offset we do not know
            return minutes == 0 ? ZoneKind.Utc : ZoneKind.Offset;
        }
        return ZoneKind.None;
    }
}

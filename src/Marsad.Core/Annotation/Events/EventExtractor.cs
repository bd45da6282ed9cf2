using Marsad.Annotation.Numbers;
using Marsad.Annotation.Quotes;
using Marsad.Annotation.Times;
using Marsad.Entities.Geo;
using Marsad.Entities.Resolution;
using Marsad.Pipeline;
using Marsad.Text.Tokens;

namespace Marsad.Annotation.Events;

/// <summary>
/// Finds the conflict events a document reports, one clause at a time: a trigger of <see cref="EventLexicon"/> gives
/// the ACLED event and sub-event type; a clause that speaks of the future, negates, hedges, states an intent or a
/// condition, tells background (last year, سبق أن, a year before the document's) or the cause («ردا على») is not an
/// event (precision first). Actors come from the trigger's clause and the actors file's sides (allies and parts are
/// never opponents); an event without actors, or a battle with one side only, is not shown. The location is the most
/// specific geocoded place of the sentence or else the document's main place, the date the event's own (in the reported
/// part of the sentence) or else the document's, and fatalities the deaths the sentence states. The eval/facts gold
/// measures it (<c>marsad eval facts</c>).
/// </summary>
public static partial class EventExtractor
{
    /// <param name="places">Geocoded place names of the document (<see cref="GeoMatch.Mention"/> → match); when null the
    /// document's place entities are geocoded with <see cref="Geocoder.Default"/>.</param>
    public static IReadOnlyList<ConflictEvent> Extract(string documentId, string text, IReadOnlyList<Token> tokens,
        IReadOnlyList<TextSpan> sentences, IReadOnlyList<Entity> entities, IReadOnlyList<TimeExpression> times,
        IReadOnlyList<NumberMention> numbers, string? eventDate, IReadOnlyList<GeoMatch>? places = null)
    {
        var geo = Places(entities, places);
        var mainPlace = MainPlace(entities, geo);
        var events = new List<ConflictEvent>();
        bool previousBackground = false;
        foreach (var sentence in sentences)
        {
            var words = new ClauseWords(text, tokens, sentence);
            // "وطردت قسد العام الماضي التنظيم … وفي هجوم منفصل، طردت قوات النظام …": the separate attack is of last year too.
            bool inheritsBackground = previousBackground && words.Count > 0 && HasAny(words, 0, words.ClauseAround(0).End, EventLexicon.SameFrame);
            previousBackground = inheritsBackground || SentenceIsBackground(words, times, eventDate);
            var found = new List<(int Token, Trigger Trigger, int EndToken)>();
            int clauseEnd = -1;
            (int Token, Trigger Trigger, int EndToken)? best = null;
            for (int i = 0; i < words.Count; i++)
            {
                if (i >= clauseEnd)
                {
                    if (best is { } b) found.Add(b);
                    best = null;
                    clauseEnd = words.ClauseAround(i).End;
                }
                if (!words.IsWord(i) || Match(words, i) is not { } match) continue;
                if (best is null || match.Trigger.Priority > best.Value.Trigger.Priority) best = (i, match.Trigger, match.EndToken);
            }
            if (best is { } last) found.Add(last);

            if (inheritsBackground) found.Clear();
            found.RemoveAll(f => words.ClauseAround(f.Token) is var clause
                && (IsModal(words, clause.First, clause.End) || IsBackground(words, clause.First, clause.End, times, eventDate) || AfterCause(words, f.Token)));
            foreach (var (token, trigger, endToken) in found.OrderByDescending(f => f.Trigger.Priority).ThenBy(f => f.Token).DistinctBy(f => f.Trigger.EventType).OrderBy(f => f.Token))
            {
                var (placeId, place) = Location(words, entities, geo, token) ?? mainPlace ?? (null, null);
                // An event is shown only with who took part; a bare "attack" only with both sides (precision first).
                if (Actors(words, entities, token, trigger, place) is not var (actor1, actor2)) continue;
                if (trigger.Priority == 1 && trigger.EventType == AcledTypes.Battles && (actor1 is null || actor2 is null)) continue;
                string subType = trigger.SubEventType;
                if (subType == AcledTypes.NonStateActorOvertakesTerritory && actor1 is not null
                    && entities.First(e => e.Id == actor1).ActorKind == ActorKind.StateForces)
                    subType = AcledTypes.GovernmentRegainsTerritory;
                string type = trigger.EventType;
                if (type == AcledTypes.Protests && HasAny(words, 0, words.Count, EventLexicon.Intervention)) subType = AcledTypes.ProtestWithIntervention;
                var (date, precision) = Date(words, token, times, eventDate);
                int triggerStart = words.Tokens[token].Start, triggerEnd = words.Tokens[endToken - 1].End;
                events.Add(new ConflictEvent($"{documentId}#{events.Count + 1}", documentId, sentence.Start, sentence.End,
                    type, subType, actor1, actor2, placeId, place, date, precision, Fatalities(words, numbers, entities),
                    text[triggerStart..triggerEnd], text[sentence.Start..sentence.End].Trim()));
            }
        }
        return events;
    }

    /// <summary>
    /// The event's own date: a day or month written in the reported part of the sentence (after "قال X إن": the day of
    /// the statement is not the event's), the one in the trigger's clause first, never one of a background clause; else
    /// the document's event date; else unknown.
    /// </summary>
    private static (string? Date, int Precision) Date(ClauseWords words, int trigger, IReadOnlyList<TimeExpression> times, string? eventDate)
    {
        int from = ReportStart(words, trigger);
        var clause = words.ClauseAround(trigger);
        (string Value, int Precision)? best = null;
        foreach (var time in times)
        {
            if (time.Start < from || time.End > words.Sentence.End || time.Value is null) continue;
            var own = words.ClauseAround(Math.Min(words.TokenAtOrAfter(time.Start), words.Count - 1));
            if (own != clause && IsBackground(words, own.First, own.End, times, eventDate)) continue;
            var value = time.Value.Contains('/') ? time.Value[(time.Value.IndexOf('/') + 1)..] : time.Value;
            (string, int)? found = value.Length >= 10 && value[4] == '-' && value[7] == '-' ? (value[..10], 1)
                : value.Length == 7 && value[4] == '-' ? (value, 3) : null;
            if (found is not { } f) continue;
            if (own == clause) return f;
            best ??= f;
        }
        if (best is { } b) return b;
        return eventDate is null ? (null, 3) : (eventDate, 2);
    }

    /// <summary>
    /// Whether the clause [first, end) tells background rather than news: last year (العام الماضي), what had happened
    /// before (سبق أن، سابقا), what happens habitually (بانتظام), or a date in a year before the document's.
    /// </summary>
    private static bool IsBackground(ClauseWords words, int first, int end, IReadOnlyList<TimeExpression> times, string? eventDate)
    {
        for (int k = first; k < end; k++)
        {
            if (!words.IsWord(k)) continue;
            var key = words.Bare(k);
            if (EventLexicon.Background.Contains(key)) return true;
            if (key is "الماضي" or "الماضيه" && k > first && words.Bare(k - 1) is "العام" or "عام" or "السنه") return true;
        }
        if (eventDate is null || eventDate.Length < 4 || first >= end) return false;
        int start = words.Tokens[first].Start, stop = words.Tokens[end - 1].End;
        foreach (var time in times)
        {
            if (time.Start < start || time.End > stop || time.Value is not { Length: >= 4 } value) continue;
            if (value.Contains('/')) value = value[(value.IndexOf('/') + 1)..];
            if (value.Length >= 4 && string.CompareOrdinal(value, 0, eventDate, 0, 4) < 0 && char.IsDigit(value[0])) return true;
            // «منذ 11 يوليو»: a campaign running since days before, not the news of the day («منذ فجر أمس» is).
            int before = words.TokenAtOrAfter(time.Start) - 1;
            if (before >= 0 && words.Bare(before) == "منذ" && DaysBefore(value, eventDate) > 2) return true;
        }
        return false;
    }

    private static int DaysBefore(string value, string eventDate) =>
        value.Length >= 10 && eventDate.Length >= 10
        && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", out var day) && DateOnly.TryParseExact(eventDate[..10], "yyyy-MM-dd", out var reference)
            ? reference.DayNumber - day.DayNumber : 0;

    private static bool SentenceIsBackground(ClauseWords words, IReadOnlyList<TimeExpression> times, string? eventDate)
    {
        for (int k = 0; k < words.Count; k = words.ClauseAround(k).End + 1)
        {
            var (first, end) = words.ClauseAround(k);
            if (IsBackground(words, first, end, times, eventDate)) return true;
        }
        return false;
    }

    /// <summary>Whether a trigger comes after «ردا على» / «انتقاما ل» in its sentence: the cause of what is reported.</summary>
    private static bool AfterCause(ClauseWords words, int trigger)
    {
        for (int k = 0; k < trigger; k++)
            if (words.IsWord(k) && EventLexicon.Cause.Contains(words.Bare(k))) return true;
        return false;
    }
}

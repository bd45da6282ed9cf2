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
/// condition is not an event (precision first). Actors are the actor entities of the sentence (بين X و Y, ضد X), the
/// location the most specific geocoded place of the sentence or else the document's main place, the date the
/// sentence's own date or else the document's event date, and fatalities the deaths the sentence states.
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
        foreach (var sentence in sentences)
        {
            var words = new ClauseWords(text, tokens, sentence);
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

            found.RemoveAll(f => words.ClauseAround(f.Token) is var clause && IsModal(words, clause.First, clause.End));
            foreach (var (token, trigger, endToken) in found.OrderByDescending(f => f.Trigger.Priority).ThenBy(f => f.Token).DistinctBy(f => f.Trigger.EventType).OrderBy(f => f.Token))
            {
                var (actor1, actor2) = Actors(words, entities, token);
                string subType = trigger.SubEventType;
                if (subType == AcledTypes.NonStateActorOvertakesTerritory && actor1 is not null
                    && entities.First(e => e.Id == actor1).ActorKind == ActorKind.StateForces)
                    subType = AcledTypes.GovernmentRegainsTerritory;
                string type = trigger.EventType;
                if (type == AcledTypes.Protests && HasAny(words, 0, words.Count, EventLexicon.Intervention)) subType = AcledTypes.ProtestWithIntervention;
                var (placeId, place) = Location(words, entities, geo, token) ?? mainPlace ?? (null, null);
                var (date, precision) = Date(sentence, times, eventDate);
                int triggerStart = words.Tokens[token].Start, triggerEnd = words.Tokens[endToken - 1].End;
                events.Add(new ConflictEvent($"{documentId}#{events.Count + 1}", documentId, sentence.Start, sentence.End,
                    type, subType, actor1, actor2, placeId, place, date, precision, Fatalities(words, numbers, entities),
                    text[triggerStart..triggerEnd], text[sentence.Start..sentence.End].Trim()));
            }
        }
        return events;
    }

    private static (string? Date, int Precision) Date(TextSpan sentence, IReadOnlyList<TimeExpression> times, string? eventDate)
    {
        foreach (var time in times)
        {
            if (time.Start < sentence.Start || time.End > sentence.End || time.Value is null) continue;
            var value = time.Value.Contains('/') ? time.Value[(time.Value.IndexOf('/') + 1)..] : time.Value;
            if (value.Length >= 10 && value[4] == '-' && value[7] == '-') return (value[..10], 1);
            if (value.Length == 7 && value[4] == '-') return (value, 3);
        }
        return eventDate is null ? (null, 3) : (eventDate, 2);
    }
}

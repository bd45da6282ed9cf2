using Marsad.Annotation.Numbers;
using Marsad.Annotation.Quotes;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;

namespace Marsad.Annotation.Events;

public static partial class EventExtractor
{
    /// <summary>Units of the number tagger that count the dead, and the nouns that count people killed after قتل/مقتل.</summary>
    private static readonly HashSet<string> DeadUnits = ["قتيل"];
    private static readonly HashSet<string> PeopleUnits = ["شخص", "مدني", "عنصر", "مقاتل", "مسلح", "جندي", "عسكري", "طفل", "امرأة", "رجل"];

    /// <summary>
    /// Actor 1 and actor 2: "بين X و Y" gives both; "ضد X" gives actor 2; otherwise the first two actors of the sentence.
    /// Only entities that are actors (the actors file, or organisations) count, and not the one reporting (the subject
    /// of a speech verb before إن/أن).
    /// </summary>
    private static (string? Actor1, string? Actor2) Actors(ClauseWords words, IReadOnlyList<Entity> entities, int trigger)
    {
        int from = ReportStart(words, trigger);
        var actors = entities.Where(e => e.ActorKind is not null || e.Type == EntityType.Organization)
            .SelectMany(e => e.Mentions.Where(m => m.Start >= from && m.End <= words.Sentence.End && !IsSource(words, m)).Select(m => (Entity: e, Mention: m)))
            .OrderBy(p => p.Entity.ActorKind is null).ThenBy(p => p.Mention.Start).ThenBy(p => p.Entity.Id, StringComparer.Ordinal).ToList();
        var inOrder = actors.OrderBy(p => p.Mention.Start).ThenBy(p => p.Entity.Id, StringComparer.Ordinal).ToList();
        for (int k = 0; k < words.Count; k++)
        {
            if (words.Tokens[k].Start < from || !words.IsWord(k)) continue;
            int after = words.Tokens[k].End;
            if (words.Keys[k] == "بين")
            {
                var pair = inOrder.Where(p => p.Mention.Start >= after).Take(2).ToList();
                if (pair.Count == 2 && pair[0].Entity.Id != pair[1].Entity.Id && pair[1].Mention.Start - pair[0].Mention.End < 12)
                    return (pair[0].Entity.Id, pair[1].Entity.Id);
            }
            if (words.Keys[k] == "ضد" && inOrder.FirstOrDefault(p => p.Mention.Start >= after && p.Mention.Start - after < 6) is { Entity: not null } target)
            {
                var other = actors.FirstOrDefault(p => p.Entity.Id != target.Entity.Id);
                return (other.Entity?.Id, target.Entity.Id);
            }
        }
        var distinct = actors.Select(p => p.Entity.Id).Distinct().ToList();
        return (distinct.ElementAtOrDefault(0), distinct.ElementAtOrDefault(1));
    }

    /// <summary>Where the reported event begins: after "قال X إن" when the sentence reports speech, else the sentence start.</summary>
    private static int ReportStart(ClauseWords words, int trigger)
    {
        int from = words.Sentence.Start;
        for (int k = 0; k < trigger; k++)
            if (words.IsWord(k) && QuoteLexicon.IsComplementizer(words.Keys[k]) && HasSpeechVerb(words, k)) from = words.Tokens[k].End;
        return from;
    }

    /// <summary>Whether a mention names the source ("بحسب الخارجية"، "وفق المرصد") rather than a participant.</summary>
    private static bool IsSource(ClauseWords words, Mention mention)
    {
        int k = words.TokenAtOrAfter(mention.Start) - 1;
        while (k >= 0 && !words.IsWord(k)) k--;
        return k >= 0 && words.Bare(k) is "بحسب" or "حسب" or "وفق" or "وفقا" or "نقلا" or "عن";
    }

    private static bool HasSpeechVerb(ClauseWords words, int before)
    {
        for (int k = 0; k < before; k++)
            if (words.IsWord(k) && QuoteLexicon.Verbs.ContainsKey(words.Bare(k))) return true;
        return false;
    }

    /// <summary>The most specific geocoded place mentioned in the sentence (a point before an area, a division, a country).</summary>
    private static (string? Id, GeoMatch? Place)? Location(ClauseWords words, IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, GeoMatch> geo, int trigger)
    {
        int from = ReportStart(words, trigger);
        (string? Id, GeoMatch? Place, int Start)? best = null;
        foreach (var entity in entities)
        {
            if (entity.Type != EntityType.Location || !geo.TryGetValue(entity.Id, out var match)) continue;
            if (EventLexicon.GenericPlaces.Contains(Text.MatchKeyNormalizer.Normalize(entity.Name))) continue;
            // The tagger may miss a place's other mentions; its names written in the sentence count too.
            foreach (var mention in entity.Mentions.Concat(NamesIn(words, entity)))
            {
                if (mention.Start < from || mention.End > words.Sentence.End) continue;
                if (best is null || match.Precision < best.Value.Place!.Precision
                    || (match.Precision == best.Value.Place.Precision && mention.Start < best.Value.Start))
                    best = (entity.Id, match, mention.Start);
            }
        }
        return best is { } b ? (b.Id, b.Place) : null;
    }

    private static IEnumerable<Mention> NamesIn(ClauseWords words, Entity entity)
    {
        var sentence = words.Text.Substring(words.Sentence.Start, words.Sentence.Length);
        foreach (var alias in entity.Aliases)
        {
            int at = sentence.IndexOf(alias, StringComparison.Ordinal);
            if (at < 0) continue;
            int end = at + alias.Length;
            if (end < sentence.Length && char.IsLetter(sentence[end])) continue;
            yield return new Mention(entity.Id, words.Sentence.Start + at, words.Sentence.Start + end, alias);
        }
    }

    /// <summary>The document's main place: the geocoded place mentioned most, the more specific on a tie.</summary>
    private static (string? Id, GeoMatch? Place)? MainPlace(IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, GeoMatch> geo)
    {
        var main = entities.Where(e => e.Type == EntityType.Location && geo.ContainsKey(e.Id) && !EventLexicon.GenericPlaces.Contains(Text.MatchKeyNormalizer.Normalize(e.Name)))
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => geo[e.Id].Precision).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
        return main is null ? null : (main.Id, geo[main.Id]);
    }

    /// <summary>Entity id → geocoded place, from the matches given or by geocoding the place entities' names.</summary>
    private static Dictionary<string, GeoMatch> Places(IReadOnlyList<Entity> entities, IReadOnlyList<GeoMatch>? places)
    {
        var locations = entities.Where(e => e.Type == EntityType.Location).ToList();
        places ??= locations.Count == 0 ? [] : Geocoder.Default.GeocodeDocument([.. locations.Select(e => e.Name)]);
        var byName = new Dictionary<string, GeoMatch>(StringComparer.Ordinal);
        foreach (var match in places) byName.TryAdd(match.Mention, match);
        var geo = new Dictionary<string, GeoMatch>(StringComparer.Ordinal);
        foreach (var entity in locations)
        {
            if (entity.Geo is GeoMatch own) geo[entity.Id] = own;
            else if (byName.TryGetValue(entity.Name, out var match)) geo[entity.Id] = match;
        }
        return geo;
    }

    /// <summary>
    /// Deaths the sentence states: a number of the dead (N قتلى), or of people after a killing word (مقتل N مدنيين);
    /// the largest when there are several. "مقتله" (his death) of one person is 1.
    /// </summary>
    private static int Fatalities(ClauseWords words, IReadOnlyList<NumberMention> numbers, IReadOnlyList<Entity> entities)
    {
        bool killing = false;
        int ofOne = 0;
        for (int k = 0; k < words.Count; k++)
        {
            if (!words.IsWord(k)) continue;
            foreach (var stem in KillingStems)
            {
                if (EventExtractor.StemAt(words.Keys[k], stem) is null) continue;
                killing = true;
                var key = words.Keys[k];
                if (key.EndsWith("ه", StringComparison.Ordinal) || key.EndsWith("ها", StringComparison.Ordinal)) ofOne = 1;
            }
        }
        double most = 0;
        foreach (var number in numbers)
        {
            if (number.Start < words.Sentence.Start || number.End > words.Sentence.End || number.Value is not { } value || number.IsDesignator) continue;
            var units = number.Units.Count > 0 ? number.Units : number.Unit is null ? [] : [number.Unit];
            if (units.Any(DeadUnits.Contains) || (killing && units.Any(PeopleUnits.Contains))) most = Math.Max(most, value);
        }
        return most > 0 ? (int)Math.Round(most) : ofOne;
    }

    private static readonly string[] KillingStems = ["قتل", "مقتل"];
}

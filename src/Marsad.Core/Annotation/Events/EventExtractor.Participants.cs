using Marsad.Annotation.Numbers;
using Marsad.Annotation.Quotes;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Pipeline;

namespace Marsad.Annotation.Events;

public static partial class EventExtractor
{
    /// <summary>Units of the number tagger that count the dead, and the nouns that count people killed after قتل/مقتل.</summary>
    private static readonly HashSet<string> DeadUnits = ["قتيل"];
    private static readonly HashSet<string> PeopleUnits = ["شخص", "مدني", "عنصر", "مقاتل", "مسلح", "جندي", "عسكري", "طفل", "امرأة", "رجل"];

    /// <summary>
    /// Actor 1 and actor 2 of the event at token <paramref name="trigger"/>, or null when the sentence names no one who
    /// took part, or only actors of one side for a battle (its opponent is not known: precision first).
    /// <para>The actors are the actor entities (the actors file, or organisations) of the trigger's clause, else of the
    /// reported part of the sentence; for an explosive or a suicide bombing, whose named actor is usually its victim,
    /// only the clause's unless a pronoun (مقتله) points back into the sentence. Not actors: the source (بحسب X), a
    /// supporter (بدعم من X، مدعومة من X), what follows «ردا على» (the cause), a foreign coalition or organisation
    /// away from the countries the actors file gives it (the coalition against the Islamic State in Yemen).</para>
    /// <para>"بين X و Y" gives both and "ضد X" actor 2, unless the actors file puts them on one side; otherwise actor 1
    /// is the first actor (the most specific of its side: the army rather than its government) and actor 2 the first
    /// not on its side. For an explosive with one actor after a killing word, that actor is the victim: actor 2.</para>
    /// </summary>
    private static (string? Actor1, string? Actor2)? Actors(ClauseWords words, IReadOnlyList<Entity> entities, int trigger,
        Trigger kind, GeoMatch? place)
    {
        int from = ReportStart(words, trigger), to = CauseStart(words, trigger);
        var clause = words.ClauseAround(trigger);
        int clauseStart = Math.Max(from, words.Tokens[clause.First].Start), clauseEnd = Math.Min(to, words.Tokens[clause.End - 1].End);
        bool victimEvent = kind.SubEventType is AcledTypes.RemoteExplosive or AcledTypes.SuicideBomb;
        var actors = Candidates(words, entities, clauseStart, clauseEnd, place);
        if (actors.Count == 0 && (!victimEvent || PointsBack(words, clause.First, clause.End)))
            actors = Candidates(words, entities, from, to, place);
        else if (actors.Count == 0 && LastKilling(words, trigger) is { } killing)
            // "بمقتل 33 مسلحا من داعش بانفجار سيارة، يقودها انتحاري": the victims follow the killing word.
            actors = Candidates(words, entities, Math.Max(from, words.Tokens[killing].Start), to, place);
        // Beside the actors file's actors, the other bodies a bombing's sentence names are mostly the victims' units.
        if (victimEvent && actors.Any(p => p.Entity.ActorKind is not null)) actors.RemoveAll(p => p.Entity.ActorKind is null);
        if (actors.Count == 0) return null;

        var inOrder = actors.OrderBy(p => p.Mention.Start).ThenBy(p => p.Entity.Id, StringComparer.Ordinal).ToList();
        for (int k = 0; k < words.Count; k++)
        {
            if (words.Tokens[k].Start < from || words.Tokens[k].Start >= to || !words.IsWord(k)) continue;
            int after = words.Tokens[k].End;
            if (words.Keys[k] == "بين")
            {
                var pair = inOrder.Where(p => p.Mention.Start >= after).Take(2).ToList();
                if (pair.Count == 2 && pair[0].Entity.Id != pair[1].Entity.Id && pair[1].Mention.Start - pair[0].Mention.End < 12
                    && !SameSide(pair[0].Entity, pair[1].Entity))
                    return (pair[0].Entity.Id, pair[1].Entity.Id);
            }
            if (words.Keys[k] == "ضد" && inOrder.FirstOrDefault(p => p.Mention.Start >= after && p.Mention.Start - after < 6) is { Entity: not null } target)
            {
                var other = actors.FirstOrDefault(p => !SameSide(p.Entity, target.Entity));
                if (other.Entity is not null) return (other.Entity.Id, target.Entity.Id);
            }
        }

        var first = actors[0].Entity;
        // The most specific actor of the first one's side stands for it (the army, not its government).
        foreach (var (entity, _) in actors)
            if (IsPartOf(entity, first)) first = entity;
        var opponent = actors.Select(p => p.Entity).FirstOrDefault(e => !SameSide(e, first));
        if (opponent is null)
        {
            // Several actors, all of one side, and no one against them: not a battle this sentence can code.
            bool oneSide = actors.Select(p => p.Entity.Id).Distinct(StringComparer.Ordinal).Count() > 1;
            if (oneSide && kind.EventType == AcledTypes.Battles) return null;
            // One side named in a bombing that killed: the victims' side, unless the sentence says who claimed or set it.
            if (victimEvent && Killed(words) && !HasAny(words, 0, words.Count, EventLexicon.Claims)) return (null, first.Id);
        }
        return (first.Id, opponent?.Id);
    }

    /// <summary>Actor entities mentioned in [start, end), catalog actors first, each in text order.</summary>
    private static List<(Entity Entity, Mention Mention)> Candidates(ClauseWords words, IReadOnlyList<Entity> entities, int start, int end, GeoMatch? place) =>
        entities.Where(e => (e.ActorKind is not null || e.Type == EntityType.Organization) && !AwayFrom(e, place))
            .SelectMany(e => e.Mentions.Where(m => m.Start >= start && m.End <= end && !IsSource(words, m) && !IsSupporter(words, m) && !IsController(words, m))
                .Select(m => (Entity: e, Mention: m)))
            .OrderBy(p => p.Entity.ActorKind is null).ThenBy(p => p.Mention.Start).ThenBy(p => p.Entity.Id, StringComparer.Ordinal).ToList();

    private static bool SameSide(Entity a, Entity b) =>
        a.Id == b.Id || (a.ActorId is not null && b.ActorId is not null && ActorCatalog.Default.SameSide(a.ActorId, b.ActorId));

    private static bool IsPartOf(Entity a, Entity b) =>
        a.ActorId is not null && b.ActorId is not null && ActorCatalog.Default.IsPartOf(a.ActorId, b.ActorId);

    /// <summary>A foreign coalition or international body (ACLED's external/other) in a country the actors file does
    /// not give it: "التحالف" in Yemen is not the coalition against the Islamic State.</summary>
    private static bool AwayFrom(Entity entity, GeoMatch? place) =>
        entity.ActorKind == ActorKind.ExternalOther && place is not null && entity.Countries is { Count: > 0 } countries
        && !countries.Contains(place.Country, StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the cause of what the sentence reports begins after the trigger («ردا على», «انتقاما ل», «بعد
    /// الهجمات»), or the sentence's end.</summary>
    private static int CauseStart(ClauseWords words, int trigger)
    {
        for (int k = trigger + 1; k < words.Count; k++)
        {
            if (!words.IsWord(k)) continue;
            if (EventLexicon.Cause.Contains(words.Bare(k))) return words.Tokens[k].Start;
            // "بعد الهجمات التي نفذها التنظيم": what came before, not this event's parties ("بعد ظهر أمس" is a time).
            if (EventLexicon.Earlier.Contains(words.Bare(k)) && k + 1 < words.Count && words.Keys[k + 1] is var next
                && (next.StartsWith("ال", StringComparison.Ordinal) || next == "ان")) return words.Tokens[k].Start;
        }
        return words.Sentence.End;
    }

    /// <summary>Whether the clause holds a killing word with a pronoun (مقتله، مصرعهم) pointing back into the sentence.</summary>
    private static bool PointsBack(ClauseWords words, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (!words.IsWord(k)) continue;
            var key = words.Bare(k);
            if (KillingStems.Any(s => key.StartsWith(s, StringComparison.Ordinal) || key.StartsWith("ب" + s, StringComparison.Ordinal))
                && (key.EndsWith('ه') || key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>The last killing or targeting word (مقتل، قتل، استهدف) before the trigger, or null.</summary>
    private static int? LastKilling(ClauseWords words, int trigger)
    {
        for (int k = trigger - 1; k >= 0; k--)
            if (words.IsWord(k) && (KillingStems.Any(s => StemAt(words.Keys[k], s) is not null) || StemAt(words.Keys[k], "استهدف") is not null)) return k;
        return null;
    }

    /// <summary>Whether the sentence tells of a killing (مقتل، قتل، مقتله).</summary>
    private static bool Killed(ClauseWords words)
    {
        for (int k = 0; k < words.Count; k++)
            if (words.IsWord(k) && KillingStems.Any(s => StemAt(words.Keys[k], s) is not null || words.Bare(k).StartsWith(s, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>Whether a mention names who holds the place the event struck ("قرية يسيطر عليها داعش", "تحت سيطرة
    /// المعارضة"), not a party to it.</summary>
    private static bool IsController(ClauseWords words, Mention mention)
    {
        int k = words.TokenAtOrAfter(mention.Start) - 1;
        while (k >= 0 && !words.IsWord(k)) k--;
        if (k < 0) return false;
        if (words.Bare(k) is "سيطره" or "لسيطره") return true;
        return k > 0 && words.Bare(k) is "عليها" or "عليه" && (words.Bare(k - 1).StartsWith("يسيطر", StringComparison.Ordinal)
            || words.Bare(k - 1).StartsWith("تسيطر", StringComparison.Ordinal));
    }

    /// <summary>Whether a mention names a supporter ("بدعم من التحالف", "القوات المدعومة من X", "بقيادة X"), not a party.</summary>
    private static bool IsSupporter(ClauseWords words, Mention mention)
    {
        int k = words.TokenAtOrAfter(mention.Start) - 1;
        while (k >= 0 && !words.IsWord(k)) k--;
        if (k >= 0 && words.Bare(k) == "من") k--;
        while (k >= 0 && !words.IsWord(k)) k--;
        return k >= 0 && EventLexicon.Support.Contains(words.Bare(k));
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
        return k >= 0 && (words.Bare(k) is "بحسب" or "حسب" or "وفق" or "وفقا" or "نقلا" or "عن" || words.Keys[k] is "وفقا" or "ووفقا");
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

namespace Marsad.Entities.Geo;

public sealed partial class Geocoder
{
    /// <summary>A place resolved in the first pass counts as context only if it led its runner-up by this much.</summary>
    private const double ConfidentMargin = 0.15;

    /// <summary>A place a dictionary word reaches must lie this close to another place of the article (or in its division).</summary>
    internal const double CorroborationKm = 150;

    /// <summary>
    /// Geocodes every place mention of one article, letting them disambiguate one another: a first pass without
    /// context finds the countries and divisions the article names and the places it names unambiguously; a second
    /// pass geocodes each mention with those as context (a mention is never its own context). Returns one match per
    /// resolved mention, in input order (<see cref="GeoMatch.Mention"/> says which); mentions nothing fits are left out.
    /// <para>
    /// Here, unlike <see cref="Geocode"/>, which answers where a name would be, the article also decides whether a
    /// mention is a place at all: a word the dictionary knows (معارك "battles", الحدود "the borders", هجين "hybrid")
    /// transliterates to some village nearly always, so when its name is not attested as written for the place
    /// (<see cref="Placement.Attested"/>) it is placed only where the article's other places corroborate it — in a
    /// division the article names or one of its places named as written lies in, or within <see cref="CorroborationKm"/>
    /// of one of those (هجين beside دير الزور; not معارك to a village of Hama in a story on Deir ez-Zor). Places that
    /// need corroboration themselves lend none, neither as context nor as corroboration.
    /// </para>
    /// </summary>
    public IReadOnlyList<GeoMatch> GeocodeDocument(IReadOnlyList<string> placeMentions)
    {
        ArgumentNullException.ThrowIfNull(placeMentions);
        var firstPass = placeMentions.Select(m => Resolve(m, GeoContext.Empty)).ToArray();
        var uncorroborated = placeMentions.Select((m, i) => NeedsCorroboration(m, firstPass[i])).ToArray();
        // A mention that itself needs corroboration lends none: no context comes from it.
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        var divisions = new SortedSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < firstPass.Length; j++)
        {
            if (uncorroborated[j] || firstPass[j].Best is not { } best) continue;
            if (best.Precision is GeoPrecision.Country or GeoPrecision.Division) countries.Add(best.Country);
            if (best.Precision is GeoPrecision.Division && best.Admin1 is not null) divisions.Add(best.Admin1);
        }
        var matches = new List<GeoMatch>(placeMentions.Count);
        for (int i = 0; i < placeMentions.Count; i++)
        {
            var others = new List<GeoMatch>();
            var attested = new List<GeoMatch>();   // the places that may corroborate a dictionary word
            for (int j = 0; j < firstPass.Length; j++)
                if (j != i && !uncorroborated[j] && firstPass[j].Best is { Precision: GeoPrecision.Point or GeoPrecision.Area } other
                    && firstPass[j].Margin >= ConfidentMargin && other.Mention != placeMentions[i])
                {
                    others.Add(other);
                    if (firstPass[j].Attested) attested.Add(other);
                }
            var context = new GeoContext(countries.ToArray(), divisions.ToArray(), others);
            var placed = Resolve(placeMentions[i], context);
            if (placed.Best is not { } match) continue;
            if (NeedsCorroboration(placeMentions[i], placed) && !Corroborated(match, divisions, attested)
                && !(countries.Contains(match.Country) && SpelledExactly(placeMentions[i], match))) continue;
            matches.Add(match);
        }
        return matches;
    }

    private static bool NeedsCorroboration(string mention, Placement placed) =>
        placed.Best is not null && !placed.Attested && PlaceWords.IsDictionaryWord(mention);

    /// <summary>
    /// Whether the mention's usual reading has the place's (or division's) consonants and written long vowels exactly
    /// — short vowels, which Arabic leaves unwritten, aside; only the consonants when the romanisation marks no long
    /// vowel — and the place is not known by another Arabic name.
    /// </summary>
    private bool SpelledExactly(string mention, GeoMatch match)
    {
        NameKey entry;
        if (match.Precision is GeoPrecision.Division && gazetteer.Division(match.GazetteerId) is { } division) entry = division.Key;
        else if (gazetteer.Place(match.GazetteerId) is { } place && !KnownOtherwise(place, mention)) entry = place.Key;
        else return false;
        // A romanisation that marks no long vowel (Jarash, Anbar) can only be held to its consonants.
        bool marksLongVowels = entry.Vocalized.Any(c => c is 'A' or 'I' or 'U');
        string written = WrittenLetters(entry.Vocalized);
        foreach (var (form, _) in MentionForms(mention))
            foreach (var key in KeysOf(form))
                if (key.Penalty == 0 && key.Skeleton == entry.Skeleton && (!marksLongVowels || WrittenLetters(key.Vocalized) == written))
                    return true;
        return false;
    }

    private static string WrittenLetters(string vocalized) => string.Concat(vocalized.Where(c => c is not ('a' or 'i' or 'u')));

    private static bool Corroborated(GeoMatch match, IReadOnlySet<string> divisions, IReadOnlyList<GeoMatch> attested)
    {
        if (match.Admin1 is { } admin1 && divisions.Contains(admin1)) return true;
        foreach (var place in attested)
            // A place named as written does not vouch for another spelling of itself (حائل for الحال, "the state").
            if (place.GazetteerId == match.GazetteerId) continue;
            else if ((match.Admin1 is not null && place.Admin1 == match.Admin1)
                || GeoDistance.Kilometres(match.Lat, match.Lon, place.Lat, place.Lon) <= CorroborationKm)
                return true;
        return false;
    }
}

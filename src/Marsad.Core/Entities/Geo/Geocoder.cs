namespace Marsad.Entities.Geo;

/// <summary>
/// Places Arabic place mentions on the map. A mention is read as written and without an attached conjunction or
/// preposition (والرقة، بالحسكة، للميادين، لنهر الفرات: <see cref="MentionForms"/>), and each reading is tried, in
/// this order, as
/// <list type="number">
/// <item>a country (Arabic names from i18n-iso-countries and the curated file) → <see cref="GeoPrecision.Country"/>;</item>
/// <item>a curated feature named exactly so: نهر الفرات، معبر رفح → its point or area; a continent, world region or
/// sea (أوروبا، الشرق الأوسط، الخليج) → <see cref="GeoPrecision.Region"/>;</item>
/// <item>a side of a place (<see cref="Side"/>): a direction adjective + ل + the place (الضفة الغربية لنهر الفرات،
/// الغربية للفرات، الشرقية لحلب) or a direction noun + the place (شمال سوريا، شرق حلب) → that place, a point read as an
/// <see cref="GeoPrecision.Area"/>: a bank or side of a place is not a new place;</item>
/// <item>a head word and a name (<see cref="HeadedPlace"/>): a division (محافظة، ولاية، إقليم، مقاطعة) →
/// <see cref="GeoPrecision.Division"/>, or the division the place so named lies in (محافظة الميادين is Deir ez-Zor's);
/// the countryside (ريف) of somewhere → a division so named (ريف دمشق; ريف حلب → Aleppo's) or the area around the place;
/// a city (مدينة) → a place; a town, village, camp or quarter (بلدة، قرية، مخيم، حي) → a place that is not a capital,
/// with no weight for being well known (قرية الرياض is no capital); an area (منطقة) → a division or the area of a
/// place; a river, lake, mountain or valley (نهر، بحيرة، جبل، وادي) → the curated feature of that kind, else a place
/// named with the head (a village called وادي …), never the town that shares the river's name; a state (دولة، مملكة،
/// جمهورية، سلطنة، إمارة) → the country;</item>
/// <item>otherwise a populated place or a first-level division (<see cref="PlaceOrDivision"/>), found by an Arabic
/// name as written (a well-known place's, a capital's, an exonym's) or by transliteration, ranked by fit, importance
/// and context (Geocoder.Ranking.cs). A division loses to its own seat: "دير الزور" alone is the city,
/// "محافظة دير الزور" the governorate.</item>
/// </list>
/// A word the shape rules exclude (<see cref="PlaceWords.IsNeverAPlace"/>: وبلدة، شركائنا) is never placed. The
/// reading with the best score wins, the plain one on a tie; a country or curated feature named as written is taken at
/// once.
/// </summary>
public sealed partial class Geocoder
{
    private static readonly Lazy<Geocoder> DefaultInstance = new(() => new Geocoder(Gazetteer.Embedded));

    /// <summary>A geocoder over the embedded gazetteer (loaded on first use, about a fifth of a second).</summary>
    public static Geocoder Default => DefaultInstance.Value;

    private readonly Gazetteer gazetteer;

    /// <summary>
    /// Matches scoring below this are dropped: on ANERcorp's LOC mentions nearly all of them were foreign places
    /// reached through a one-letter edit or a distant division's name (برلين → Bil‘īn, غلاسكو → Jalisco).
    /// </summary>
    public const double MinScore = 0.8;

    public Geocoder(Gazetteer gazetteer) => this.gazetteer = gazetteer;

    /// <summary>The best place for <paramref name="mentionText"/> given what the article says, or null when nothing fits.</summary>
    public GeoMatch? Geocode(string mentionText, GeoContext context) => Resolve(mentionText, context).Best;

    /// <summary>
    /// The best match, how far ahead of the runner-up it is (1 when there was no other candidate), and whether its
    /// name is attested as written (<see cref="Placement.Attested"/>).
    /// </summary>
    internal Placement Resolve(string mentionText, GeoContext context)
    {
        ArgumentNullException.ThrowIfNull(mentionText);
        ArgumentNullException.ThrowIfNull(context);
        if (PlaceWords.IsNeverAPlace(mentionText)) return Placement.None;
        // Every reading of the mention competes (والميادين as written and as و + الميادين); the plain one wins ties.
        var chosen = Placement.None;
        foreach (var (form, formPenalty) in MentionForms(mentionText))
        {
            // A country or curated feature named as written is what the writer meant: no proclitic reading of it
            // (لبنان read as ل + بنان, a village) may outscore it by context.
            if (formPenalty == 0 && NamedAsWritten(form) is { } named) return new(named with { Mention = mentionText }, 1, true);
            var placed = ResolveForm(form, context);
            if (placed.Best is null) continue;
            var best = placed.Best with { Score = Math.Round(placed.Best.Score - formPenalty, 4), Mention = mentionText };
            if (chosen.Best is null || best.Score > chosen.Best.Score) chosen = placed with { Best = best };
        }
        return chosen.Best is { Score: < MinScore } ? Placement.None : chosen;
    }

    /// <summary>The country or curated feature the form names exactly, or null.</summary>
    private GeoMatch? NamedAsWritten(string form) =>
        gazetteer.CountryCodeOf(form) is { } countryCode && CountryMatch(countryCode) is { } country ? country
        : gazetteer.FeatureNamed(form) is { } feature ? FeatureMatch(feature)
        : null;

    private Placement ResolveForm(string form, GeoContext context)
    {
        if (NamedAsWritten(form) is { } exact) return new(exact, 1, true);
        var words = Transliteration.ArabicWords(form);
        if (words.Count == 0) return LatinMention(form, context);
        // A division's Arabic name of several words, head word included (المنطقة الشرقية، منطقة عسير), is that
        // division; a one-word name (حلب) competes with the place of that name below.
        if (words.Count > 1 && gazetteer.DivisionsWithExonym(form).Count > 0) return DivisionNamed(form, context);
        if (Side(words, context) is { Best: not null } side) return side;
        if (words.Count > 1 && HeadedPlace(words, form, context) is { } headed) return headed;
        return PlaceOrDivision(form, context);
    }

    /// <summary>
    /// A populated place or a first-level division of the region named <paramref name="name"/>, whichever ranks higher;
    /// a division loses to its own seat (الحسكة alone is the city, as a reader takes it). A division elsewhere in the
    /// world (كاليفورنيا) only when nothing of the region fits: transliterated against the world's divisions, common
    /// words find one all too often (تويتر ↔ Tottori).
    /// </summary>
    private Placement PlaceOrDivision(string name, GeoContext context)
    {
        var keys = KeysOf(name);   // shared by the lookups
        var exonyms = gazetteer.DivisionsWithExonym(name);
        var place = PlaceByKeys(keys, context, name, PlaceHead.None);
        var division = DivisionByKeys(keys, context, exonyms, regionOnly: true);
        if (division.Best is null) return place.Best is null ? DivisionByKeys(keys, context, exonyms, regionOnly: false) : place;
        if (place.Best is null) return division;
        if (place.Best.Admin1 == division.Best.Admin1 && gazetteer.IsDivisionSeat(place.Best.GazetteerId)) return place;
        var (winner, other) = place.Best.Score >= division.Best.Score ? (place, division) : (division, place);
        return winner with { Margin = Math.Min(winner.Margin, winner.Best!.Score - other.Best!.Score) };
    }

    private GeoMatch? CountryMatch(string code) =>
        gazetteer.Countries.TryGetValue(code, out var country)
            ? new GeoMatch(country.Lat, country.Lon, country.Code, null, country.Code, GeoPrecision.Country,
                country.EnglishNames.Count > 0 ? country.EnglishNames[^1] : country.Code, 1.0)
            : null;

    private static GeoMatch FeatureMatch(CuratedFeature feature) =>
        new(feature.Lat, feature.Lon, feature.Country, feature.Admin1, feature.Id, feature.Precision, feature.Name, 1.0);

    private static GeoMatch DivisionMatch(GazetteerDivision division, double score) =>
        new(division.Lat, division.Lon, division.Country, division.Code, division.Code, GeoPrecision.Division, division.Name, score);

    private static GeoMatch PlaceMatch(GazetteerPlace place, double score) =>
        new(place.Lat, place.Lon, place.Country, place.Admin1.Length > 0 ? place.Admin1 : null, place.Id, GeoPrecision.Point, place.Name, score);

    /// <summary>A mention in Latin script (rare in Arabic news, but names of foreign places do appear so).</summary>
    private Placement LatinMention(string form, GeoContext context)
    {
        var key = Transliteration.LatinKey(form);
        if (key.Skeleton.Length == 0) return Placement.None;
        return PlaceByKeys([key], context, null, PlaceHead.None) is { Best: not null } place ? place : DivisionByKeys([key], context, [], regionOnly: false);
    }
}

/// <summary>
/// A mention placed: the match, its lead over the runner-up, and whether its name is attested as written for the
/// match — a country's, a curated feature's, or a place's or division's known Arabic name (an Arabic Wikipedia title,
/// a capital's, an exonym) — rather than reached by transliteration, which any word can be (see
/// <see cref="Geocoder.GeocodeDocument"/>).
/// </summary>
internal readonly record struct Placement(GeoMatch? Best, double Margin, bool Attested)
{
    public static Placement None => default;
}

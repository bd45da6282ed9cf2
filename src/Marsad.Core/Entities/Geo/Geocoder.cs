namespace Marsad.Entities.Geo;

/// <summary>
/// Places Arabic place mentions on the map. A mention is tried, in this order, as
/// <list type="number">
/// <item>a country (Arabic names from i18n-iso-countries and the curated file) → <see cref="GeoPrecision.Country"/>;</item>
/// <item>a curated feature named exactly so (نهر الفرات، شرق الفرات، معبر رفح) → its point or area;</item>
/// <item>a division when it says so (محافظة، ولاية، إقليم، مقاطعة + name) → <see cref="GeoPrecision.Division"/>; a name
/// that is only a place gives the division the place lies in (محافظة الميادين is not a division: Deir ez-Zor's);</item>
/// <item>the countryside of somewhere (ريف + name): a division so named (ريف دمشق, Rif-dimashq; ريف حلب → Aleppo's
/// division), else the area around the place so named;</item>
/// <item>otherwise a populated place by transliteration → <see cref="GeoPrecision.Point"/>, and only when no place
/// matches, a division of that name. So "دير الزور" alone is the city, "محافظة دير الزور" the governorate.</item>
/// </list>
/// The mention is also read without an attached conjunction or preposition (والرقة، بالحسكة، للميادين); the
/// reading with the best score wins.
/// </summary>
public sealed partial class Geocoder
{
    private static readonly Lazy<Geocoder> DefaultInstance = new(() => new Geocoder(Gazetteer.Embedded));

    /// <summary>A geocoder over the embedded gazetteer (loaded on first use, about a tenth of a second).</summary>
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

    /// <summary>The best match and how far ahead of the runner-up it is (1 when there was no other candidate).</summary>
    internal (GeoMatch? Best, double Margin) Resolve(string mentionText, GeoContext context)
    {
        ArgumentNullException.ThrowIfNull(mentionText);
        ArgumentNullException.ThrowIfNull(context);
        // Every reading of the mention competes (والميادين as written and as و + الميادين); the plain one wins ties.
        (GeoMatch? Best, double Margin) chosen = (null, 0);
        foreach (var (form, formPenalty) in MentionForms(mentionText))
        {
            // A country or curated feature named as written is what the writer meant: no proclitic reading of it
            // (لبنان read as ل + بنان, a village) may outscore it by context.
            if (formPenalty == 0 && NamedAsWritten(form) is { } named) return (named with { Mention = mentionText }, 1);
            var (best, margin) = ResolveForm(form, context);
            if (best is null) continue;
            best = best with { Score = Math.Round(best.Score - formPenalty, 4), Mention = mentionText };
            if (chosen.Best is null || best.Score > chosen.Best.Score) chosen = (best, margin);
        }
        return chosen.Best is { Score: < MinScore } ? (null, 0) : chosen;
    }

    /// <summary>The country or curated feature the form names exactly, or null.</summary>
    private GeoMatch? NamedAsWritten(string form) =>
        gazetteer.CountryCodeOf(form) is { } countryCode && CountryMatch(countryCode) is { } country ? country
        : gazetteer.FeatureNamed(form) is { } feature ? FeatureMatch(feature)
        : null;

    private (GeoMatch? Best, double Margin) ResolveForm(string form, GeoContext context)
    {
        if (NamedAsWritten(form) is { } exact) return (exact, 1);

        var words = Transliteration.ArabicWords(form);
        if (words.Count == 0) return LatinMention(form, context);
        string first = Marsad.Text.MatchKeyNormalizer.Normalize(words[0]);
        string rest = string.Join(' ', words.Skip(1));
        if (words.Count > 1 && DivisionWords.Contains(first))
            return DivisionNamed(rest, context) is { Best: not null } division ? division : DivisionOfPlace(rest, context);
        if (words.Count > 1 && first == CountrysideWord)
        {
            if (DivisionNamed(form, context) is { Best: not null } named) return named;
            if (DivisionNamed(rest, context) is { Best: not null } division) return division;
            var (around, margin) = PlaceNamed(rest, context);
            return (around is null ? null : around with { Precision = GeoPrecision.Area }, margin);
        }
        if (words.Count > 1 && SettlementWords.Contains(first))
            return PlaceNamed(rest, context) is { Best: not null } settlement ? settlement : PlaceNamed(form, context);
        var keys = KeysOf(form);   // shared by both lookups
        return PlaceByKeys(keys, context, gazetteer.PlacesWithExonym(form)) is { Best: not null } place
            ? place
            : DivisionByKeys(keys, context, gazetteer.DivisionsWithExonym(form));
    }

    private GeoMatch? CountryMatch(string code) =>
        gazetteer.Countries.TryGetValue(code, out var country)
            ? new GeoMatch(country.Lat, country.Lon, country.Code, null, country.Code, GeoPrecision.Country,
                country.EnglishNames.Count > 0 ? country.EnglishNames[^1] : country.Code, 1.0)
            : null;

    private GeoMatch FeatureMatch(CuratedFeature feature) =>
        new(feature.Lat, feature.Lon, feature.Country, feature.Admin1, feature.Id, feature.Precision, feature.Name, 1.0);

    private GeoMatch DivisionMatch(GazetteerDivision division, double score) =>
        new(division.Lat, division.Lon, division.Country, division.Code, division.Code, GeoPrecision.Division, division.Name, score);

    private static GeoMatch PlaceMatch(GazetteerPlace place, double score) =>
        new(place.Lat, place.Lon, place.Country, place.Admin1.Length > 0 ? place.Admin1 : null, place.Id, GeoPrecision.Point, place.Name, score);

    /// <summary>"محافظة X" where X is a place, not a division: the division the place lies in.</summary>
    private (GeoMatch? Best, double Margin) DivisionOfPlace(string name, GeoContext context)
    {
        var (place, margin) = PlaceNamed(name, context);
        if (place?.Admin1 is null || gazetteer.Division(place.Admin1) is not { } division) return (null, 0);
        return (DivisionMatch(division, place.Score), margin);
    }

    /// <summary>A mention in Latin script (rare in Arabic news, but names of foreign places do appear so).</summary>
    private (GeoMatch? Best, double Margin) LatinMention(string form, GeoContext context)
    {
        var key = Transliteration.LatinKey(form);
        if (key.Skeleton.Length == 0) return (null, 0);
        return PlaceByKeys([key], context, []) is { Best: not null } place ? place : DivisionByKeys([key], context, []);
    }
}

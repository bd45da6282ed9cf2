namespace Marsad.Entities.Geo;

/// <summary>How precisely a <see cref="GeoMatch"/> locates the mention.</summary>
public enum GeoPrecision
{
    /// <summary>A populated place or a point feature (oil field, crossing, dam): the coordinates are the place.</summary>
    Point,
    /// <summary>An extended feature (river, region) or the countryside of a place: the coordinates are a representative point.</summary>
    Area,
    /// <summary>A first-level division (governorate, province, state): the coordinates are the median of its places.</summary>
    Division,
    /// <summary>A country: the coordinates are the median of its places.</summary>
    Country,
    /// <summary>A continent, world region or sea that spans countries (أوروبا، الشرق الأوسط، الخليج): the coordinates
    /// are a representative point, and <see cref="GeoMatch.Country"/> is empty.</summary>
    Region,
}

/// <summary>
/// A geocoded place mention. <see cref="GazetteerId"/> is the extract's id ("SY.07.hajin" for a place, "SY.07" for a
/// division, "SY" for a country, "curated:…" for a curated feature); <see cref="Country"/> is the ISO code, empty for a
/// <see cref="GeoPrecision.Region"/>; <see cref="Score"/> is the ranking score of the
/// chosen entry (higher is better; comparable between mentions geocoded against one gazetteer).
/// </summary>
public sealed record GeoMatch(double Lat, double Lon, string Country, string? Admin1, string GazetteerId, GeoPrecision Precision,
    string Name, double Score)
{
    /// <summary>The mention text this match was made for (set by <see cref="Geocoder.GeocodeDocument"/> and <see cref="Geocoder.Geocode"/>).</summary>
    public string Mention { get; init; } = "";
}

/// <summary>
/// What the rest of the article says about where it is: ISO codes of countries named, codes of first-level divisions
/// named ("SY.07"), and places already resolved. Candidates inside these countries and divisions, and near these places,
/// are preferred.
/// </summary>
public sealed record GeoContext(IReadOnlyList<string> Countries, IReadOnlyList<string> Admin1, IReadOnlyList<GeoMatch> ResolvedPlaces)
{
    public static GeoContext Empty { get; } = new([], [], []);
}

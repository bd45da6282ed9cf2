using Marsad.Entities.Geo;

namespace Marsad.Tests.Entities.Geo;

public class GazetteerTests
{
    private static readonly Gazetteer Embedded = Gazetteer.Embedded;

    [Fact]
    public void The_embedded_extract_holds_the_region_places_divisions_and_countries()
    {
        Assert.InRange(Embedded.Places.Count, 5_000, 50_000);
        Assert.InRange(Embedded.Divisions.Count, 1_000, 10_000);
        Assert.InRange(Embedded.Countries.Count, 200, 300);
    }

    [Fact]
    public void Place_ids_are_unique() =>
        Assert.Equal(Embedded.Places.Count, Embedded.Places.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Curated_features_have_coordinates_and_a_known_country()
    {
        foreach (var feature in Embedded.Features.Where(f => f.Kind != "country"))
        {
            Assert.InRange(feature.Lat, -90, 90);
            Assert.InRange(feature.Lon, -180, 180);
            Assert.True(Embedded.Countries.ContainsKey(feature.Country), $"{feature.Id}: unknown country {feature.Country}");
            if (feature.Admin1 is not null) Assert.NotNull(Embedded.Division(feature.Admin1));
        }
    }

    [Fact]
    public void The_curated_file_covers_the_kinds_a_city_list_lacks() =>
        Assert.Superset(new HashSet<string> { "river", "region", "oilfield", "crossing" }, Embedded.Features.Select(f => f.Kind).ToHashSet());

    [Fact]
    public void An_exonym_pointing_at_no_entry_is_an_error()
    {
        var error = Assert.Throws<FormatException>(() => Gazetteer.Load(
            new StringReader("XX.01.town\tTown\t1\t2\tXX\tXX.01\n"), new StringReader("XX.01\tRegion\t1\t2\t1\n"),
            new StringReader("XX\tبلد\tLand\t1\t2\t1\n"), new StringReader(""), new StringReader("مدينة\tXX.01.city\tCity\n")));
        Assert.Contains("XX.01.city", error.Message);
    }

    [Fact]
    public void A_small_gazetteer_loaded_from_text_geocodes_by_transliteration()
    {
        var gazetteer = Gazetteer.Load(
            new StringReader("# id\tname\tlat\tlon\tcountry\tadmin1\nXX.01.al-qaryah\tAl Qaryah\t10\t20\tXX\tXX.01\n"),
            new StringReader("XX.01\tNorth\t10\t20\t1\n"), new StringReader("XX\tبلد\tLand\t10\t20\t1\n"), new StringReader(""));
        var match = new Geocoder(gazetteer).Geocode("القرية", GeoContext.Empty);
        Assert.Equal("XX.01.al-qaryah", match?.GazetteerId);
    }

    [Fact]
    public void A_place_named_like_its_division_is_its_seat() =>
        Assert.True(Embedded.Places.Single(p => p.Id == "SY.12.idlib").IsDivisionSeat);
}

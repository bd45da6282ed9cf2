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
        foreach (var feature in Embedded.Features.Where(f => f.Kind != "country" && f.Precision != GeoPrecision.Region))
        {
            Assert.InRange(feature.Lat, -90, 90);
            Assert.InRange(feature.Lon, -180, 180);
            Assert.True(Embedded.Countries.ContainsKey(feature.Country), $"{feature.Id}: unknown country {feature.Country}");
            if (feature.Admin1 is not null) Assert.NotNull(Embedded.Division(feature.Admin1));
        }
    }

    [Fact]
    public void Continents_world_regions_and_seas_have_coordinates_and_no_country()
    {
        var regions = Embedded.Features.Where(f => f.Precision == GeoPrecision.Region).ToList();
        Assert.Superset(new HashSet<string> { "continent", "world-region", "sea" }, regions.Select(f => f.Kind).ToHashSet());
        foreach (var region in regions)
        {
            Assert.InRange(region.Lat, -90, 90);
            Assert.InRange(region.Lon, -180, 180);
            Assert.Equal("", region.Country);
        }
    }

    [Theory]
    [InlineData("SA.10.riyadh")]
    [InlineData("YE.26.sanaa")]
    [InlineData("IQ.07.baghdad")]
    [InlineData("FR.11.paris")]
    public void A_curated_capital_marks_its_place(string id) => Assert.True(Embedded.Places.Single(p => p.Id == id).IsCapital);

    [Fact]
    public void A_capital_outside_the_region_is_kept_and_found_by_its_arabic_name_only()
    {
        var paris = Embedded.Places.Single(p => p.Id == "FR.11.paris");
        Assert.True(paris.OutsideRegion);
        Assert.Contains(Embedded.Places.ToList().IndexOf(paris), Embedded.PlacesNamedInArabic("باريس"));
        Assert.DoesNotContain(Embedded.Places.ToList().IndexOf(paris), Embedded.PlacesWithSkeleton(paris.Key.Skeleton));
    }

    [Fact]
    public void A_place_with_an_arabic_wikipedia_title_is_found_by_it() =>
        Assert.Contains(Embedded.PlacesNamedInArabic("الرقة"), i => Embedded.Places[i].Id == "SY.04.ar-raqqah");

    [Fact]
    public void A_capital_naming_no_place_of_the_extract_is_an_error()
    {
        var error = Assert.Throws<FormatException>(() => Gazetteer.Load(
            new StringReader("XX.01.town\tTown\t1\t2\tXX\tXX.01\n"), new StringReader("XX.01\tRegion\t1\t2\t1\n"),
            new StringReader("XX\tبلد\tLand\t1\t2\t1\n"), new StringReader("curated:capital-xx\tcapital\tعاصمة\tCapital City\t\t\tXX\tXX.01\n")));
        Assert.Contains("curated:capital-xx", error.Message);
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
            new StringReader("# id\tname\tlat\tlon\tcountry\tadmin1\nXX.01.al-qurnah\tAl Qurnah\t10\t20\tXX\tXX.01\n"),
            new StringReader("XX.01\tNorth\t10\t20\t1\n"), new StringReader("XX\tبلد\tLand\t10\t20\t1\n"), new StringReader(""));
        var match = new Geocoder(gazetteer).Geocode("القرنة", GeoContext.Empty);
        Assert.Equal("XX.01.al-qurnah", match?.GazetteerId);
    }

    [Fact]
    public void A_place_named_like_its_division_is_its_seat() =>
        Assert.True(Embedded.Places.Single(p => p.Id == "SY.12.idlib").IsDivisionSeat);
}

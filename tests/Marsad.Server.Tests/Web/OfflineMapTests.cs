using Marsad.Server.Web;

namespace Marsad.Server.Tests.Web;

/// <summary>The offline map: the shipped outlines, the projection and the markers.</summary>
public sealed class OfflineMapTests
{
    // دير الزور ودمشق وبغداد والقاهرة بإحداثياتها التقريبية.
    private static readonly MapMarker DeirEzZor = new("دير الزور", 35.336, 40.141);
    private static readonly MapMarker Damascus = new("دمشق", 33.51, 36.29);
    private static readonly MapMarker Baghdad = new("بغداد", 33.31, 44.36);
    private static readonly MapMarker Cairo = new("القاهرة", 30.04, 31.24);

    /// <summary>Even–odd ray casting over every ring of the country.</summary>
    private static bool Inside(string country, double lat, double lon)
    {
        var outline = OfflineMap.Outlines.Single(o => o.Name == country);
        bool inside = false;
        foreach (var ring in outline.Rings)
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
                if ((ring[i].Lat > lat) != (ring[j].Lat > lat)
                    && lon < (ring[j].Lon - ring[i].Lon) * (lat - ring[i].Lat) / (ring[j].Lat - ring[i].Lat) + ring[i].Lon)
                    inside = !inside;
        return inside;
    }

    [Theory]
    [InlineData("Syria", 35.336, 40.141)]
    [InlineData("Syria", 33.51, 36.29)]
    [InlineData("Iraq", 33.31, 44.36)]
    [InlineData("Egypt", 30.04, 31.24)]
    [InlineData("Morocco", 34.02, -6.84)]
    [InlineData("Yemen", 15.37, 44.19)]
    [InlineData("Iran", 35.69, 51.39)]
    public void A_city_lies_inside_its_countrys_outline(string country, double lat, double lon) =>
        Assert.True(Inside(country, lat, lon), $"{lat},{lon} is outside {country}");

    [Fact]
    public void A_city_lies_outside_its_neighbours_outline()
    {
        Assert.False(Inside("Iraq", DeirEzZor.Lat, DeirEzZor.Lon));
        Assert.False(Inside("Syria", Baghdad.Lat, Baghdad.Lon));
    }

    [Fact]
    public void A_single_place_gets_a_view_of_at_least_the_minimum_span()
    {
        var (west, south, east, north) = OfflineMap.View([DeirEzZor]);
        Assert.True(east - west >= OfflineMap.MinSpan - 1e-9 && north - south >= OfflineMap.MinSpan - 1e-9);
        Assert.InRange(DeirEzZor.Lon, west, east);
        Assert.InRange(DeirEzZor.Lat, south, north);
    }

    [Fact]
    public void The_view_holds_every_marker()
    {
        var markers = new[] { DeirEzZor, Damascus, Baghdad, Cairo };
        var (west, south, east, north) = OfflineMap.View(markers);
        Assert.All(markers, m => Assert.True(m.Lon > west && m.Lon < east && m.Lat > south && m.Lat < north, m.Name));
    }

    [Fact]
    public void A_view_near_the_edge_slides_back_inside_the_covered_region()
    {
        var (west, _, _, _) = OfflineMap.View([new MapMarker("الداخلة", 23.7, OfflineMap.West + 1)]);
        Assert.Equal(OfflineMap.West, west);
    }

    [Fact]
    public void Places_outside_the_covered_region_make_no_map()
    {
        Assert.Null(OfflineMap.Svg([new MapMarker("جنيف", 46.2, 6.14), new MapMarker("واشنطن", 38.9, -77.0)], "خريطة"));
        Assert.Null(OfflineMap.Svg([], "خريطة"));
    }

    [Fact]
    public void Every_place_in_the_region_gets_a_marker_with_its_arabic_name()
    {
        var svg = OfflineMap.Svg([DeirEzZor, Damascus, new MapMarker("جنيف", 46.2, 6.14)], "خريطة")!;
        Assert.Equal(2, svg.Split("<g class=\"marker\"").Length - 1);
        Assert.Contains("data-name=\"دير الزور\"", svg);
        Assert.Contains(">دمشق</text>", svg);
        Assert.DoesNotContain("جنيف", svg);
    }

    [Fact]
    public void Labels_of_places_at_one_point_go_round_it_without_sharing_a_place()
    {
        var svg = OfflineMap.Svg([DeirEzZor, DeirEzZor with { Name = "الميادين" }, DeirEzZor with { Name = "البوكمال" }], "خريطة")!;
        Assert.Equal(3, svg.Split("<circle").Length - 1);
        var places = System.Text.RegularExpressions.Regex.Matches(svg, "<text x=\"([^\"]+)\" y=\"([^\"]+)\"").Select(m => m.Groups[1].Value + "," + m.Groups[2].Value).ToList();
        Assert.Equal(3, places.Distinct().Count());
    }

    [Fact]
    public void A_label_with_no_free_place_around_its_marker_goes()
    {
        var crowd = Enumerable.Range(0, 12).Select(i => DeirEzZor with { Name = "بلدة رقم " + i }).ToList();
        var svg = OfflineMap.Svg(crowd, "خريطة")!;
        Assert.Equal(12, svg.Split("<circle").Length - 1);
        Assert.InRange(svg.Split("<text").Length - 1, 1, 8);
    }

    [Fact]
    public void A_marker_grows_with_the_people_killed_there()
    {
        Assert.Equal(2, OfflineMap.Radius(2, 0));
        Assert.True(OfflineMap.Radius(2, 10) > OfflineMap.Radius(2, 2));
        Assert.Equal(10, OfflineMap.Radius(2, 100000));
    }

    [Fact]
    public void Names_and_links_are_escaped()
    {
        var svg = OfflineMap.Svg([new MapMarker("<script>x</script>", 35, 40, "/entities/a\"b")], "<b>")!;
        Assert.DoesNotContain("<script>", svg);
        Assert.DoesNotContain("\"b\"", svg);
        Assert.Contains("&lt;script&gt;", svg);
    }
}

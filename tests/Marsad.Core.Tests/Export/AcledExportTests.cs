using System.Text;
using System.Text.Json;
using Marsad.Annotation.Events;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Export;

namespace Marsad.Core.Tests.Export;

public class AcledExportTests
{
    private static readonly Entity Army = new("actor/army", EntityType.Organization, "الجيش", ["الجيش"], [], [], "army", ActorKind.StateForces);
    private static readonly Entity Front = new("actor/front", EntityType.Organization, "الجبهة", ["الجبهة"], [], [], "front", ActorKind.RebelGroup);
    private static readonly GeoMatch Town = new(35.1, 40.2, "SY", "SY.07", "SY.07.town", GeoPrecision.Point, "Town", 1.0);

    private static ConflictEvent Event(string text = "اشتباكات، عنيفة \"قرب\" البلدة", GeoMatch? place = null) =>
        new("d#1", "d", 0, 10, AcledTypes.Battles, AcledTypes.ArmedClash, "actor/army", "actor/front", null, place ?? Town,
            "2020-03-04", 1, 2, "اشتباكات", text);

    private static IReadOnlyList<AcledRow> Rows(params ConflictEvent[] events) =>
        AcledExport.Rows(events, [Army, Front], actors: new ActorCatalog("test", []));

    [Fact]
    public void Csv_header_is_acled_columns()
    {
        var csv = new StringWriter();
        AcledExport.WriteCsv(Rows(), csv);
        Assert.Equal("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n", csv.ToString());
    }

    [Fact]
    public void Inter_codes_come_from_actor_kinds_and_make_the_interaction()
    {
        var row = Assert.Single(Rows(Event()));
        Assert.Equal((1, 2, 12), (row.Inter1, row.Inter2, row.Interaction));
    }

    [Fact]
    public void Admin1_is_the_governorates_name_not_its_code() => Assert.Equal("Deir ez-Zor", Assert.Single(Rows(Event())).Admin1);

    [Fact]
    public void One_actor_alone_gives_a_tens_interaction() => Assert.Equal(20, AcledExport.Interaction(2, 0));

    [Fact]
    public void A_point_place_is_geo_precision_one_and_a_country_three()
    {
        Assert.Equal(1, Assert.Single(Rows(Event())).GeoPrecision);
        Assert.Equal(3, Assert.Single(Rows(Event(place: Town with { Precision = GeoPrecision.Country }))).GeoPrecision);
    }

    [Fact]
    public void Csv_fields_with_commas_and_quotes_are_quoted_and_quotes_doubled() =>
        Assert.Equal("\"a, \"\"b\"\"\"", AcledExport.CsvField("a, \"b\""));

    [Fact]
    public void Csv_row_keeps_its_column_count_when_notes_hold_commas_and_quotes()
    {
        var csv = new StringWriter();
        AcledExport.WriteCsv(Rows(Event()), csv);
        var line = csv.ToString().Split("\r\n")[1];
        Assert.Contains("\"اشتباكات، عنيفة \"\"قرب\"\" البلدة\"", line);
        Assert.Contains(",2020-03-04,2020,1,Political violence,Battles,Armed clash,الجيش,,1,الجبهة,,2,12,", line);
    }

    [Fact]
    public void GeoJson_is_a_feature_collection_of_points_in_lon_lat_order()
    {
        using var stream = new MemoryStream();
        AcledExport.WriteGeoJson(Rows(Event()), stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal((40.2, 35.1), (coordinates[0].GetDouble(), coordinates[1].GetDouble()));
        Assert.Equal("Battles", feature.GetProperty("properties").GetProperty("event_type").GetString());
    }

    [Fact]
    public void Json_rows_are_keyed_by_acled_columns()
    {
        using var stream = new MemoryStream();
        AcledExport.WriteJson(Rows(Event()), stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(2, row.GetProperty("fatalities").GetInt32());
        Assert.Equal(AcledExport.Columns, row.EnumerateObject().Select(p => p.Name));
    }
}

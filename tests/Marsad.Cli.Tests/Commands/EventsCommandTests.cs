using System.Text.Json;

namespace Marsad.Tests.Commands;

public class EventsCommandTests
{
    private static string Sample(string prefix) =>
        Directory.GetFiles(RepositoryPaths.Samples(), prefix + "*.txt").Single();

    [Fact]
    public void Csv_output_starts_with_acled_header_and_has_a_row_per_event()
    {
        var run = CliRun.Of("events", Sample("004"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,", lines[0]);
        Assert.True(lines.Length > 1);
    }

    [Fact]
    public void Geojson_output_is_a_feature_collection()
    {
        var run = CliRun.Of("events", Sample("004"), "--format", "geojson");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Of("events", Sample("004"), "--format", "xml").ExitCode);
}

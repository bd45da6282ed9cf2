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
    public void A_csv_file_starts_with_the_utf8_byte_order_mark_and_rows_carry_the_time_of_export()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-events-{Guid.NewGuid():N}.csv");
        try
        {
            long before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            Assert.Equal(0, CliRun.Of("events", Sample("004"), "--out", path).ExitCode);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var row = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[1];
            Assert.InRange(long.Parse(row[(row.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture), before, before + 600);
        }
        finally
        {
            File.Delete(path);
        }
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

using System.Text.Json;

namespace Marsad.Tests.Commands;

/// <summary><c>analyze --format text</c> on the samples: an Arabic analyst's summary with the stories, sources,
/// entities, events and quotes the JSON report has, and no English labels.</summary>
public sealed class TextReportTests
{
    private static readonly Lazy<(string Text, JsonDocument Json)> Runs = new(() =>
    {
        var text = CliRun.Of("analyze", RepositoryPaths.Samples(), "--format", "text");
        var json = CliRun.Of("analyze", RepositoryPaths.Samples(), "--format", "json");
        Assert.Equal(0, text.ExitCode);
        return (text.Output, JsonDocument.Parse(json.Output));
    });

    private static string Report => Runs.Value.Text;

    private static JsonElement Json(string name) => Runs.Value.Json.RootElement.GetProperty(name);

    [Fact]
    public void Every_story_title_of_the_json_is_in_the_text()
    {
        Assert.Contains("القصص", Report);
        foreach (var story in Json("stories").EnumerateArray()) Assert.Contains(story.GetProperty("title").GetString()!, Report);
    }

    [Fact]
    public void Every_quote_of_the_json_is_in_the_text()
    {
        foreach (var quote in Json("quotes").EnumerateArray())
            Assert.Contains(quote.GetProperty("text").GetString()!.ReplaceLineEndings(" ").Trim(), Report);
    }

    [Fact]
    public void The_events_are_listed_with_arabic_types()
    {
        Assert.Contains("الأحداث (تصنيف ACLED)", Report);
        Assert.Equal(Json("events").GetArrayLength(), Report.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("القتلى:", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_most_mentioned_entity_is_listed()
    {
        var top = Json("entities").EnumerateArray().MaxBy(e => e.GetProperty("mentions").GetArrayLength());
        Assert.Contains("- " + top.GetProperty("name").GetString(), Report);
    }

    [Theory]
    [InlineData("charset")]
    [InlineData("embedded post body")]
    [InlineData("repeated paragraph")]
    [InlineData("Battles")]
    [InlineData("Armed clash")]
    public void No_label_is_in_english(string label) => Assert.DoesNotContain(label, Report, StringComparison.Ordinal);
}

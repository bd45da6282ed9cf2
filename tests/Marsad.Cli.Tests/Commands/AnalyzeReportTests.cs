using System.Text.Json;
using Marsad.Report;

namespace Marsad.Tests.Commands;

/// <summary>The JSON report's shape is the contract later stages extend.</summary>
public sealed class AnalyzeReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Article = "أعلن الجيش صباح اليوم سيطرته على بلدة جديدة في ريف المدينة.\n\nوقال متحدث عسكري إن العملية مستمرة حتى تحقيق أهدافها.";

    [Fact]
    public void Json_report_has_version_and_one_document_per_file()
    {
        var path = _dir.Write("news-1.txt", Article);
        var run = CliRun.Of("analyze", path, "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(AnalysisReport.CurrentVersion, json.RootElement.GetProperty("version").GetInt32());
        var doc = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("news-1", doc.GetProperty("id").GetString());
        Assert.Equal(path, doc.GetProperty("source").GetString());
        Assert.Equal("ar", doc.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("published").ValueKind);
        Assert.True(doc.GetProperty("tokens").GetInt32() > 10);
    }

    [Fact]
    public void Sentence_offsets_slice_the_reported_text()
    {
        var path = _dir.Write("news-2.txt", Article);
        using var json = JsonDocument.Parse(CliRun.Of("analyze", path).Output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var text = doc.GetProperty("text").GetString()!;
        var sentences = doc.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        var first = text[sentences[0].GetProperty("start").GetInt32()..sentences[0].GetProperty("end").GetInt32()];
        Assert.StartsWith("أعلن الجيش", first);
        Assert.EndsWith("المدينة.", first);
    }

    [Fact]
    public void Directory_is_walked_recursively_in_stable_order()
    {
        _dir.Write("b/second.txt", Article);
        _dir.Write("a/first.txt", Article);
        _dir.Write("a/notes.md", "ليس مقالا");
        using var json = JsonDocument.Parse(CliRun.Of("analyze", _dir.Path).Output);
        var ids = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(["first", "second"], ids);
    }

    [Fact]
    public void Out_option_writes_the_report_to_a_file()
    {
        var path = _dir.Write("news-3.txt", Article);
        var outFile = System.IO.Path.Combine(_dir.Path, "out", "report.json");
        var run = CliRun.Of("analyze", path, "--out", outFile);
        Assert.Equal("", run.Output);
        Assert.Contains("\"documents\"", File.ReadAllText(outFile));
    }

    [Fact]
    public void Arabic_stays_readable_in_the_json()
    {
        var path = _dir.Write("news-4.txt", Article);
        Assert.Contains("أعلن الجيش", CliRun.Of("analyze", path).Output);
    }

    [Fact]
    public void Text_format_is_an_Arabic_summary()
    {
        var path = _dir.Write("news-5.txt", Article);
        var run = CliRun.Of("analyze", path, "--format", "text");
        Assert.Contains("عدد المقالات: 1", run.Output);
        Assert.Contains("أعلن الجيش", run.Output);
    }
}

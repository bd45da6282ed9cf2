using System.Text;
using Marsad.Cli;

namespace Marsad.Tests.Commands;

/// <summary>Each kind of bad input gets one clear line naming the file; the good files are still analysed.</summary>
public sealed class AnalyzeBadInputTests : IDisposable
{
    private const string GoodArticle = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة حلب.\nوقال الوزير إن المستشفى سيخدم آلاف المرضى.";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliRun AnalyzeWithGoodFile(string badPath)
    {
        var good = _dir.Write("good.txt", GoodArticle);
        return CliRun.Of("analyze", good, badPath, "--format", "json");
    }

    private static void AssertOneErrorLine(CliRun run, string path, string reason)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains(path, line);
        Assert.Contains(reason, line);
        Assert.Equal(MarsadCli.SomeInputsFailed, run.ExitCode);
        Assert.Contains("\"id\": \"good\"", run.Output);
    }

    [Fact]
    public void Empty_file_is_reported_as_empty()
    {
        var path = _dir.Write("empty.txt", "");
        AssertOneErrorLine(AnalyzeWithGoodFile(path), path, "empty");
    }

    [Fact]
    public void Binary_file_is_reported_as_binary()
    {
        var path = _dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        AssertOneErrorLine(AnalyzeWithGoodFile(path), path, "binary");
    }

    [Fact]
    public void Windows_1256_file_is_decoded_to_the_same_arabic_as_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string sentence = "قالت الحكومة إن الاجتماع سيعقد في بيروت غدا.";
        var path = _dir.WriteBytes("legacy.txt", Encoding.GetEncoding(1256).GetBytes(sentence));
        var run = AnalyzeWithGoodFile(path);
        Assert.Equal("", run.Error);
        Assert.Contains(sentence, run.Output);
    }

    [Fact]
    public void File_without_Arabic_is_reported_as_such()
    {
        var path = _dir.Write("english.txt", "The ministry opened a new hospital in Aleppo on Tuesday.\nThe minister said it would serve thousands.");
        AssertOneErrorLine(AnalyzeWithGoodFile(path), path, "no Arabic text");
    }

    [Fact]
    public void Missing_path_is_reported_as_missing()
    {
        var path = System.IO.Path.Combine(_dir.Path, "nowhere.txt");
        AssertOneErrorLine(AnalyzeWithGoodFile(path), path, "no such file");
    }

    [Fact]
    public void All_inputs_good_exits_with_success()
    {
        var good = _dir.Write("good.txt", GoodArticle);
        var run = CliRun.Of("analyze", good);
        Assert.Equal(MarsadCli.Success, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var good = _dir.Write("good.txt", GoodArticle);
        var run = CliRun.Of("analyze", good, "--format", "xml");
        Assert.Equal(MarsadCli.UsageError, run.ExitCode);
        Assert.Contains("xml", run.Error);
    }
}

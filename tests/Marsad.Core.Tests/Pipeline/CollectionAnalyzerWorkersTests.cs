using Marsad.Pipeline;
using Marsad.Report;

namespace Marsad.Tests.Pipeline;

public sealed class CollectionAnalyzerWorkersTests
{
    [Fact]
    public void The_report_on_the_sample_articles_is_the_same_with_four_workers_as_with_one()
    {
        var sources = Directory.GetFiles(SamplesDirectory(), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument(Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f))).ToList();
        string Report(int workers) => ReportJson.Serialize(ReportBuilder.Build(new CollectionAnalyzer { Workers = workers }.Analyze(sources)));

        string serial = Report(1);

        Assert.Contains("\"quotes\"", serial);
        Assert.Equal(serial, Report(4));
    }

    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
                return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("samples/ not found above the test binaries");
    }
}

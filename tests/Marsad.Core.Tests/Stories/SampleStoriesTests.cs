using Marsad.Pipeline;

namespace Marsad.Tests.Stories;

/// <summary>The five real sample articles through the whole pipeline: three stories, one topic.</summary>
public class SampleStoriesTests
{
    static readonly Lazy<CollectionAnalysis> Analysis = new(() =>
    {
        var dir = FindSamples();
        var sources = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument(Path.GetFileNameWithoutExtension(f)[..3], f, File.ReadAllText(f))).ToList();
        return new CollectionAnalyzer().Analyze(sources);
    });

    static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("samples");
    }

    [Fact]
    public void The_samples_make_three_stories()
    {
        var stories = Analysis.Value.Stories.Stories.Select(s => string.Join(",", s.Documents.Order())).Order().ToList();
        Assert.Equal(["000,004", "001,002", "003"], stories);
    }

    [Fact]
    public void The_three_sample_stories_are_one_topic() =>
        Assert.Single(Analysis.Value.Stories.Topics);

    [Fact]
    public void An_outlets_own_report_carrying_two_wire_paragraphs_is_a_second_source_but_the_paragraphs_are_one()
    {
        // 004 takes two paragraphs of Reuters' 000 into a report of its own (a tenth of it is shared).
        var story = Analysis.Value.Stories.Stories.Single(s => s.Documents.Contains("000"));
        Assert.Equal(2, story.IndependentSources);
        Assert.DoesNotContain(story.Corroborated, f => f.Reported.Documents.Contains("000") && f.Reported.Documents.Contains("004"));
    }
}

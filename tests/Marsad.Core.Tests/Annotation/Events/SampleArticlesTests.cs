using Marsad.Annotation.Events;
using Marsad.Pipeline;

namespace Marsad.Core.Tests.Annotation.Events;

/// <summary>Quotes and events on the five real articles in samples/, through the whole pipeline.</summary>
public class SampleArticlesTests
{
    private static readonly Lazy<IReadOnlyList<DocumentEvents>> Documents = new(() =>
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(p => new SourceDocument(Path.GetFileNameWithoutExtension(p), p, File.ReadAllText(p))).ToList();
        var analysis = new CollectionAnalyzer { Stories = null }.Analyze(sources);
        return [.. analysis.Documents.Select(d => EventAnnotator.Annotate(d, analysis.Annotations[d.Source.Id]))];
    });

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Marsad.sln above " + AppContext.BaseDirectory);
    }

    private static DocumentEvents Document(string prefix) => Documents.Value.Single(d => d.DocumentId.StartsWith(prefix, StringComparison.Ordinal));

    private static IEnumerable<string> SpeakerNames(DocumentEvents d) =>
        d.Quotes.Where(q => q.SpeakerEntityId is not null).Select(q => d.Entities.Single(e => e.Id == q.SpeakerEntityId).Name);

    [Theory]
    [InlineData("000", "طلال سلو")]
    [InlineData("000", "ريان ديلون")]
    [InlineData("001", "ليلوى العبدالله")]
    [InlineData("001", "أحمد أبو خولة")]
    [InlineData("001", "جيم ماتيس")]
    [InlineData("002", "هيذر ناورت")]
    [InlineData("004", "طلال سيلو")]
    public void Quote_speakers_are_resolved_to_the_people_named(string document, string speaker) =>
        Assert.Contains(speaker, SpeakerNames(Document(document)));

    [Fact]
    public void The_unnamed_state_department_spokesperson_is_the_department()
    {
        var d = Document("001");
        var quote = d.Quotes.First(q => q.Text.Contains("سننتصر", StringComparison.Ordinal));
        Assert.Equal("us-state-department", AcledActor(d, quote.SpeakerEntityId));
    }

    private static string? AcledActor(DocumentEvents d, string? id) => d.Entities.SingleOrDefault(e => e.Id == id)?.ActorId?.Replace("actor/", "");

    [Fact]
    public void The_fighting_near_the_town_in_hasakah_is_a_battle()
    {
        var d = Document("004");
        Assert.Contains(d.Events, e => e.EventType == AcledTypes.Battles && e.Text.Contains("مركدة", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fighting_near_hajin_is_a_battle_located_there()
    {
        var d = Document("003");
        Assert.Contains(d.Events, e => e.EventType == AcledTypes.Battles && e.Text.Contains("هجين", StringComparison.Ordinal)
            && e.Location?.Name.StartsWith("Haj", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_officer_killed_by_a_landmine_is_a_remote_explosive_with_one_fatality()
    {
        var e = Assert.Single(Document("004").Events, e => e.Text.Contains("بلغم", StringComparison.Ordinal));
        Assert.Equal((AcledTypes.ExplosionsRemoteViolence, AcledTypes.RemoteExplosive, 1), (e.EventType, e.SubEventType, e.Fatalities));
    }

    [Theory]
    [InlineData("ستتسارع")]
    [InlineData("سيتوغل")]
    [InlineData("ستشهدون")]
    public void Announcements_of_future_operations_are_not_events(string word) =>
        Assert.DoesNotContain(Documents.Value.SelectMany(d => d.Events), e => e.Text.Contains(word, StringComparison.Ordinal));
}

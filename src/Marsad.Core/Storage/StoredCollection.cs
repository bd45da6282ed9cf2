using Marsad.Export;
using Marsad.Report;

namespace Marsad.Storage;

/// <summary>
/// The collection-level results of the pipeline as the store keeps them: entities, facts (times, numbers, quotes,
/// events), stories and topics, in the report's own records (docs/report-format.md), with the lookups the API and the
/// web pages need. Document ids are store keys (<see cref="StoreKey"/>). Immutable: a new collection
/// run replaces the whole snapshot in one transaction, so a reader never sees half of one run and half of another.
/// </summary>
public sealed class StoredCollection
{
    private readonly Dictionary<string, StoryReport> storiesById;
    private readonly Dictionary<string, TopicReport> topicsById;
    private readonly Dictionary<string, EntityReport> entitiesById;
    private readonly Dictionary<string, string> storyOfDocument;
    private readonly Dictionary<string, List<EntityReport>> entitiesOfDocument;

    /// <summary>The run that wrote this snapshot (empty when no collection run has happened yet).</summary>
    public string RunId { get; }
    public DateTimeOffset? AnalysedAt { get; }

    /// <summary>Stories newest first (by last date), as in the report.</summary>
    public IReadOnlyList<StoryReport> Stories { get; }
    public IReadOnlyList<TopicReport> Topics { get; }
    /// <summary>Entities sorted by id.</summary>
    public IReadOnlyList<EntityReport> Entities { get; }
    public IReadOnlyList<EventReport> Events { get; }
    public IReadOnlyList<QuoteReport> Quotes { get; }
    public IReadOnlyList<TimeReport> Times { get; }
    public IReadOnlyList<NumberReport> Numbers { get; }
    public IReadOnlyList<FamilyReport> Families { get; }
    public IReadOnlyList<SyndicationReport> Syndication { get; }
    /// <summary>Per document: its estimated event date (ISO 8601), where the evidence allowed one.</summary>
    public IReadOnlyDictionary<string, string> EventDates { get; }
    public int IndependentSources { get; }
    /// <summary>The events as ACLED rows (actor names, inter codes, precisions), in event order: what
    /// <c>marsad events --db</c> exports.</summary>
    public IReadOnlyList<AcledRow> AcledRows { get; init; } = [];
    /// <summary>How the stories came to be (openings, joins, merges, splits), in the order they happened.</summary>
    public IReadOnlyList<StoryLogReport> StoryLog { get; init; } = [];
    /// <summary>The keys the stories are indexed under, for the story candidate lookup (written by the server store,
    /// which answers that lookup; not read back with the snapshot).</summary>
    public IReadOnlyList<Marsad.Stories.StoryKey> StoryKeys { get; init; } = [];

    public static readonly StoredCollection Empty = new("", null, [], [], [], [], [], [], [], [], [], new Dictionary<string, string>(), 0);

    public StoredCollection(
        string runId, DateTimeOffset? analysedAt,
        IReadOnlyList<StoryReport> stories, IReadOnlyList<TopicReport> topics, IReadOnlyList<EntityReport> entities,
        IReadOnlyList<EventReport> events, IReadOnlyList<QuoteReport> quotes, IReadOnlyList<TimeReport> times,
        IReadOnlyList<NumberReport> numbers, IReadOnlyList<FamilyReport> families, IReadOnlyList<SyndicationReport> syndication,
        IReadOnlyDictionary<string, string> eventDates, int independentSources)
    {
        RunId = runId;
        AnalysedAt = analysedAt;
        Stories = stories;
        Topics = topics;
        Entities = entities;
        Events = events;
        Quotes = quotes;
        Times = times;
        Numbers = numbers;
        Families = families;
        Syndication = syndication;
        EventDates = eventDates;
        IndependentSources = independentSources;
        storiesById = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        topicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        entitiesById = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        storyOfDocument = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in stories)
            foreach (var d in s.Documents) storyOfDocument.TryAdd(d, s.Id);
        entitiesOfDocument = new Dictionary<string, List<EntityReport>>(StringComparer.Ordinal);
        foreach (var e in entities)
            foreach (var d in e.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal))
            {
                if (!entitiesOfDocument.TryGetValue(d, out var list)) entitiesOfDocument[d] = list = [];
                list.Add(e);
            }
    }

    /// <summary>The collection parts of a report (what <c>marsad analyze</c> prints), as a snapshot.</summary>
    public static StoredCollection FromReport(AnalysisReport report, string runId, DateTimeOffset? analysedAt, IReadOnlyList<AcledRow>? acledRows = null,
        IReadOnlyList<Marsad.Stories.StoryKey>? storyKeys = null) => new(
        runId, analysedAt, report.Stories, report.Topics, report.Entities, report.Events, report.Quotes, report.Times,
        report.Numbers, report.DuplicateFamilies, report.Syndication,
        report.Documents.Where(d => d.EventDate is not null).ToDictionary(d => d.Id, d => d.EventDate!, StringComparer.Ordinal),
        report.IndependentSources)
    {
        AcledRows = acledRows ?? [],
        StoryLog = report.StoryLog,
        StoryKeys = storyKeys ?? [],
    };

    /// <summary>The snapshot as a report without its documents (what <c>marsad analyze</c> would say of the
    /// collection parts).</summary>
    public AnalysisReport ToReport() =>
        new(AnalysisReport.CurrentVersion, [], Times, Numbers, [], Families, Syndication, IndependentSources, [])
        {
            Entities = Entities,
            Quotes = Quotes,
            Events = Events,
            Stories = Stories,
            Topics = Topics,
            StoryLog = StoryLog,
        };

    public StoryReport? Story(string id) => storiesById.GetValueOrDefault(id);
    public TopicReport? Topic(string id) => topicsById.GetValueOrDefault(id);
    public EntityReport? Entity(string id) => entitiesById.GetValueOrDefault(id);

    /// <summary>The story a document belongs to, or null.</summary>
    public string? StoryOf(string document) => storyOfDocument.GetValueOrDefault(document);

    /// <summary>The entities mentioned in a document, by id.</summary>
    public IReadOnlyList<EntityReport> EntitiesOf(string document) =>
        entitiesOfDocument.TryGetValue(document, out var list) ? list : [];
}

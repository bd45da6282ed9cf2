namespace Marsad.Report;

/// <summary>The machine-readable report of <c>marsad analyze</c>; see docs/report-format.md.
/// Later stages add fields; <see cref="CurrentVersion"/> changes only when a field changes meaning or is removed.</summary>
public sealed record AnalysisReport(
    int Version,
    IReadOnlyList<DocumentReport> Documents,
    IReadOnlyList<TimeReport> Times,
    IReadOnlyList<NumberReport> Numbers,
    IReadOnlyList<SharedPassageReport> SharedPassages,
    IReadOnlyList<FamilyReport> DuplicateFamilies,
    IReadOnlyList<SyndicationReport> Syndication,
    int IndependentSources,
    IReadOnlyList<ErrorReport> Errors)
{
    public const int CurrentVersion = 1;

    /// <summary>Entities of the collection, sorted by id (see docs/report-format.md).</summary>
    public IReadOnlyList<EntityReport> Entities { get; init; } = [];

    /// <summary>Quotes with their speakers (see docs/report-format.md).</summary>
    public IReadOnlyList<QuoteReport> Quotes { get; init; } = [];

    /// <summary>Conflict events in ACLED's typology (see docs/report-format.md).</summary>
    public IReadOnlyList<EventReport> Events { get; init; } = [];

    /// <summary>Stories over the documents, newest first (see docs/report-format.md).</summary>
    public IReadOnlyList<StoryReport> Stories { get; init; } = [];

    /// <summary>Topics: stories linked by shared actors and places.</summary>
    public IReadOnlyList<TopicReport> Topics { get; init; } = [];

    /// <summary>How the stories came to be: each article opening or joining a story, stories merged, a story split
    /// by the batch re-clustering (see docs/report-format.md).</summary>
    public IReadOnlyList<StoryLogReport> StoryLog { get; init; } = [];
}

public sealed record DocumentReport(
    string Id,
    string Source,
    string? Title,
    string? Published,
    string Language,
    string Text,
    IReadOnlyList<RemovedReport> Removed,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<SpanReport> Sentences,
    int Tokens,
    string? EventDate,
    IReadOnlyList<DuplicateReport> Duplicates);

public sealed record RemovedReport(string Kind, string Text, string Reason);

public sealed record SpanReport(int Start, int End);

public sealed record ErrorReport(string Source, string Error);

public sealed record DuplicateReport(string Document, string Kind, double Similarity);

public sealed record PassageLocationReport(string Document, int Start, int End);

public sealed record SharedPassageReport(IReadOnlyList<PassageLocationReport> Documents);

/// <param name="Origin">What says <paramref name="Canonical"/> is the original: "published", "agency-credit" or "unknown".</param>
public sealed record FamilyReport(string Canonical, IReadOnlyList<string> Members, string Origin = "unknown");

/// <param name="Origin">What says <paramref name="Original"/> is the original: "published", "agency-credit" or "unknown".</param>
/// <param name="Copies">Members that are mostly the wire report: republished copies.</param>
/// <param name="Carriers">Members that are their outlet's own report carrying a few passages of the original (shared
/// passages cover less than half of them): one source with it for those passages only, an independent source otherwise.</param>
public sealed record SyndicationReport(string Original, IReadOnlyList<string> Copies, IReadOnlyList<string> Agencies, string Origin = "unknown",
    IReadOnlyList<string>? Carriers = null);

public sealed record TimeReport(string Document, int Start, int End, string Text, string? Value, string Granularity, bool Resolved, string? Relative, bool Approximate);

public sealed record NumberReport(string Document, int Start, int End, string Text, double? Value, bool Approximate, string? Comparator, string? Unit, IReadOnlyList<string> Units, double? Magnitude);

public sealed record StoryReport(
    string Id,
    string Title,
    string? Topic,
    string? First,
    string? Last,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Sources,
    int IndependentSources,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<SummarySentenceReport> Summary,
    IReadOnlyList<FactReport> Corroborated,
    IReadOnlyList<ContradictionReport> Contradictions);

/// <param name="Sources">The documents that report what the sentence says, its own first (null in reports written before
/// summaries said so).</param>
public sealed record SummarySentenceReport(string Document, int Start, int End, string Text, IReadOnlyList<string>? Sources = null);

public sealed record ReportedValueReport(string Value, string Text, IReadOnlyList<string> Documents, IReadOnlyList<string> Sources);

public sealed record FactReport(string Kind, string Subject, string Value, string Text, IReadOnlyList<string> Documents, IReadOnlyList<string> Sources);

public sealed record ContradictionReport(string Kind, string Subject, IReadOnlyList<ReportedValueReport> Values);

/// <param name="Change">opened, joined, merged or split.</param>
/// <param name="Other">For merged: the story absorbed; for split: the new story; otherwise null.</param>
public sealed record StoryLogReport(string Change, string Document, string Story, string? Other, double Score);

/// <param name="Name">What the topic is about, for a reader (see <see cref="Stories.StoryTopic.Name"/>).</param>
public sealed record TopicReport(string Id, IReadOnlyList<string> Stories, IReadOnlyList<string> Entities, IReadOnlyList<string> Places, string Name = "");

public sealed record EntityReport(
    string Id,
    string Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<EntityMentionReport> Mentions,
    IReadOnlyList<RoleReport> Roles,
    string? Actor,
    string? ActorKind,
    GeoReport? Geo,
    IReadOnlyList<AliasEvidenceReport>? Evidence = null);

/// <summary>Why an alias is on its entity: the rule, the name it was matched against, the documents that said so.</summary>
public sealed record AliasEvidenceReport(string Alias, string Rule, string? Via, IReadOnlyList<string> Documents, bool Weak);

/// <param name="Confidence">How sure the tagger was of this mention (0–1; see EntityMention.Confidence); null for a
/// mention the tagger did not give (found by resolution).</param>
public sealed record EntityMentionReport(string Document, int Start, int End, string Text, double? Confidence = null);

public sealed record RoleReport(string Role, string? Of);

public sealed record GeoReport(double Lat, double Lon, string Country, string? Admin1, string GazetteerId, string Precision, string Name);

public sealed record QuoteReport(string Document, int Start, int End, string Text, string? Speaker, string? SpeakerText, bool Direct, string Verb);

public sealed record EventReport(
    string Id,
    string Document,
    int Start,
    int End,
    string EventType,
    string SubEventType,
    string? Actor1,
    string? Actor2,
    string? Location,
    GeoReport? Geo,
    string? Date,
    int Fatalities,
    string Trigger);

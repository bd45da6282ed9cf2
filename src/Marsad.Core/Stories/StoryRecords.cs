using Marsad.Pipeline;

namespace Marsad.Stories;

/// <summary>An article as the story stage sees it: plain inputs that other stages produce.</summary>
/// <param name="Id">Unique document id.</param>
/// <param name="Text">Clean text; every offset of the stage's output points into it.</param>
/// <param name="Published">Publication time, or null when unknown (then time plays no part for this article).</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Sentences">Sentence spans of <paramref name="Text"/>.</param>
/// <param name="Entities">Keys of the actors named (people, organisations, other names): NER mention match keys today,
/// resolved entity ids once entity resolution exists.</param>
/// <param name="Places">Keys of the places named (location mentions today, geocoded place ids later).</param>
/// <param name="Source">Who published it (a site or agency; the document id when nothing better is known).</param>
/// <param name="EventType">The main event type, when an event stage has one (slot: no such stage yet).</param>
public sealed record StoryDocument(
    string Id,
    string Text,
    DateTimeOffset? Published,
    string? Title,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Places,
    string Source,
    string? EventType = null)
{
    /// <summary>How to show an entity or place key: its first surface form (keys are match keys, not for display).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The report this article copies, when deduplication found one (its duplicate family's canonical member
    /// or its syndication group's original); copies of one report belong to one story.</summary>
    public string? CopyOf { get; init; }

    /// <summary>
    /// The ids this document's entities and places have in the document alone where the collection knows them by
    /// another (a spelling merged with another document's: طلال سلو here, طلال سيلو there, one person named طلال سيلو).
    /// An article placed alone between two collection runs (<see cref="StoryPlacer"/>) can only name them so, so a
    /// story's keys carry these ids too (<see cref="StoryKeys.Of"/>); the clusterer does not read them.
    /// </summary>
    public IReadOnlyList<string> OwnEntityIds { get; init; } = [];

    /// <inheritdoc cref="OwnEntityIds"/>
    public IReadOnlyList<string> OwnPlaceIds { get; init; } = [];

    /// <summary>Passages of the text that another document of the collection carries too (shared passages that are
    /// more than a common quote), each with the document it counts as coming from: what such a passage reports is one
    /// source's, however many documents repeat it.</summary>
    public IReadOnlyList<BorrowedSpan> Borrowed { get; init; } = [];

    /// <summary>The day its events most likely happened (the annotation stage's estimate), for an article the source
    /// gave no publication date: a story is dated by it then, never by when the article was ingested.</summary>
    public DateOnly? EventDay { get; init; }

    /// <summary>When the article is about: its publication time, else the day of its events, else unknown.</summary>
    public DateTimeOffset? BestDate => Published ?? (EventDay is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
}

/// <summary>A passage [<paramref name="Start"/>, <paramref name="End"/>) of a document that it shares with
/// <paramref name="From"/>, the document the passage counts as coming from.</summary>
public sealed record BorrowedSpan(int Start, int End, string From);

/// <summary>What happened to the stories when one article was put: it opened a story, joined one, or made two merge.</summary>
public enum StoryChange
{
    Opened,
    Joined,
    Merged,
    Split,
}

/// <summary>One line of the clustering log.</summary>
/// <param name="Story">The story that opened, grew, absorbed another, or lost documents.</param>
/// <param name="Other">Merged: the story absorbed; Split: the new story that took documents away; else null.</param>
/// <param name="Score">Joined: the match score; Merged: the similarity of the two stories; else 0.</param>
public sealed record StoryLogEntry(StoryChange Change, string Document, string Story, string? Other, double Score);

/// <summary>Where one put article went.</summary>
public sealed record StoryPlacement(string Document, string Story, bool Opened, double Score);

/// <summary>A sentence of a story summary, with the document and span it is taken from.</summary>
public sealed record SummarySentence(string Document, int Start, int End, string Text)
{
    /// <summary>Every document that reports what the sentence says (its own document first): the sources it stands for.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>A value reported in some documents.</summary>
/// <param name="Text">The words as written in the first document that reports it.</param>
public sealed record ReportedValue(string Value, string Text, IReadOnlyList<string> Documents, IReadOnlyList<string> IndependentSources);

/// <summary>A fact (a number with its subject, or a quote) reported by two or more independent sources.</summary>
/// <param name="Kind">"number" or "quote" (events later).</param>
/// <param name="Subject">Numbers: the counted thing (the stem of the noun after the number); quotes: empty.</param>
public sealed record CorroboratedFact(string Kind, string Subject, ReportedValue Reported);

/// <summary>Different numbers about one subject from different independent sources.</summary>
public sealed record Contradiction(string Kind, string Subject, IReadOnlyList<ReportedValue> Values);

/// <summary>One story: articles about one event or development.</summary>
/// <param name="Id">Stable within one run: "s" and the order in which stories were opened (s1, s2, ...).</param>
/// <param name="Title">A headline of its documents (the most central), else its lead sentence, else its main actor and place.</param>
/// <param name="Sources">Distinct publishers, sorted.</param>
/// <param name="IndependentSources">How many independent reports: duplicates and syndicated copies count once.</param>
/// <param name="Events">Slot for the event stage (empty until it exists).</param>
/// <param name="Quotes">Quotes found in its documents, each once.</param>
public sealed record Story(
    string Id,
    string Title,
    string? Topic,
    DateTimeOffset? First,
    DateTimeOffset? Last,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Sources,
    int IndependentSources,
    IReadOnlyList<string> MainEntities,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Quotes,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<CorroboratedFact> Corroborated,
    IReadOnlyList<Contradiction> Contradictions);

/// <summary>Stories about one ongoing situation or theme (the war in Yemen, the oil market): related happenings.</summary>
public sealed record StoryTopic(string Id, IReadOnlyList<string> Stories, IReadOnlyList<string> Entities, IReadOnlyList<string> Places)
{
    /// <summary>What the topic is about, for a reader: the actors and places most of its stories name, else the
    /// headline of its largest story.</summary>
    public string Name { get; init; } = "";
}

/// <summary>The stage's result over a collection.</summary>
public sealed record StoryAnalysis(IReadOnlyList<Story> Stories, IReadOnlyList<StoryTopic> Topics, IReadOnlyList<StoryLogEntry> Log)
{
    public static StoryAnalysis Empty { get; } = new([], [], []);

    /// <summary>The keys each story is indexed under (see <see cref="StoryKeys"/>): what server mode's story candidate
    /// lookup queries between collection runs.</summary>
    public IReadOnlyList<StoryKey> Keys { get; init; } = [];
}

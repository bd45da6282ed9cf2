namespace Marsad.Stories;

/// <summary>Settings of the story stage. Defaults were tuned on the five sample articles and the eval/stories set
/// (see eval/stories/README.md); each says why it has its value.</summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    /// <summary>Score at or above which an article joins a story. Articles on the same event share their rare words
    /// (names, the event's own vocabulary) and score 0.3–0.6; articles on neighbouring events of one conflict share the
    /// conflict's vocabulary and score 0.1–0.25.</summary>
    public double JoinThreshold { get; init; } = 0.28;

    /// <summary>Cosine of two stories' centroids at or above which they are merged (they have converged).</summary>
    public double MergeThreshold { get; init; } = 0.45;

    /// <summary>Weight of content (TF-IDF cosine) in the score; the rest goes to entities and places.</summary>
    public double ContentWeight { get; init; } = 0.8;

    /// <summary>Weight of shared actors (entity keys weighted by rarity).</summary>
    public double EntityWeight { get; init; } = 0.12;

    /// <summary>Weight of shared places.</summary>
    public double PlaceWeight { get; init; } = 0.08;

    /// <summary>Bonus when the article's event type equals the story's (slot: no event stage yet).</summary>
    public double EventWeight { get; init; } = 0.05;

    /// <summary>Score added when the story already holds a copy of the same report (<see cref="StoryDocument.CopyOf"/>):
    /// enough to join on its own, since a duplicate or syndicated copy is the same story whatever its rewording.</summary>
    public double SameReportBonus { get; init; } = 1.0;

    /// <summary>A story stays open this long after its latest article: later articles cannot join it.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Score lost at the far end of the window (linear in the gap): a close article is a better match.</summary>
    public double TimePenalty { get; init; } = 0.1;

    /// <summary>Terms kept per article vector (highest TF-IDF): bounds the cost of a comparison.</summary>
    public int TermsPerDocument { get; init; } = 48;

    /// <summary>Terms per article used to find candidate stories in the index: its rarest, most weighted words.</summary>
    public int IndexTermsPerDocument { get; init; } = 12;

    /// <summary>Stories scored per article at most (those sharing most index keys with it).</summary>
    public int MaxCandidates { get; init; } = 40;

    /// <summary>Postings kept per index key (the most recent stories): a key in more stories than this is no longer rare.</summary>
    public int MaxPostings { get; init; } = 64;

    /// <summary>Share of shared actors and places (weighted) at which two stories belong to one topic.</summary>
    public double TopicThreshold { get; init; } = 0.3;

    /// <summary>Sentences per summary at most.</summary>
    public int SummarySentences { get; init; } = 5;

    /// <summary>Stem overlap (|A∩B| / min(|A|,|B|)) at which two sentences say the same thing.</summary>
    public double RedundancyOverlap { get; init; } = 0.5;
}

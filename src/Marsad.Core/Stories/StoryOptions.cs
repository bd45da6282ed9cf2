namespace Marsad.Stories;

/// <summary>Settings of the story stage. Defaults were tuned on the five sample articles and the eval/stories set
/// (see eval/stories/README.md); each says why it has its value.</summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    /// <summary>Score at or above which an article joins a story. Articles on the same event share their rare words
    /// (names, the event's own vocabulary) and score 0.3–0.6; articles on neighbouring events of one conflict share the
    /// conflict's vocabulary and score 0.1–0.25. 0.30 (was 0.28 before stories were compared with their core) is the
    /// best of 0.28/0.30/0.33 on the judged pairs of eval/stories.</summary>
    public double JoinThreshold { get; init; } = 0.30;

    /// <summary>Score at or above which <see cref="StoryPlacer"/> places an article in a stored story between two
    /// collection runs. Its score is built from index keys, not from the core's vector, so it keeps the threshold the
    /// placer was tuned with.</summary>
    public double PlacementThreshold { get; init; } = 0.28;

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

    /// <summary>Content cosine below which <see cref="SameReportBonus"/> does not apply: a copy rewords its report but
    /// still tells it. Deduplication's syndication groups can chain through shared boilerplate (one group held 361
    /// different articles of the development corpus, court news sharing a wire formula), so a copy link alone is not
    /// trusted when the texts share next to nothing.</summary>
    public double SameReportMinCosine { get; init; } = 0.1;

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

    /// <summary>Articles (the earliest) that make a story's core. Later articles are compared with the core, not with
    /// the whole story: a centroid over many articles drifts towards the common vocabulary of a theme and, being the
    /// mean of loosely related articles, welcomes ever more of them (a story of one happening then swells into the
    /// whole war). Five reports are enough to say what happened.</summary>
    public int CoreSize { get; init; } = 5;

    /// <summary>Between the cosine with the core's centroid (0) and the mean cosine with the core's articles (1): how an
    /// article's content is compared with a story (see StoryCluster.CoreSimilarity).</summary>
    public double CoreAverage { get; init; } = 0.5;

    /// <summary>A story holds articles at most this long after its first one: a happening's reports and direct
    /// aftermath come within days; what continues after that is the topic.</summary>
    public TimeSpan MaxSpan { get; init; } = TimeSpan.FromDays(6);

    /// <summary>Actor and place keys named in more than this share of the articles carry no weight (the King, the
    /// kingdom, a ministry in a third of the news): sharing them says nothing about the happening. 1 or more: no key
    /// is common, each weighs its rarity.</summary>
    public double CommonKeyShare { get; init; } = 0.01;

    /// <summary>Score lost when the article names specific actors or places (weight above zero) and the story's core
    /// names none of them: two courtesy visits, two Eid receptions or two interview rounds share their formula, not
    /// their actors.</summary>
    public double KeyConflictPenalty { get; init; } = 0.05;

    /// <summary>Times a headline word counts in the article's vector: the headline says what happened.</summary>
    public int TitleBoost { get; init; } = 2;

    /// <summary>Batch mode: two articles of a story are linked when their score against each other (content, shared
    /// actors and places, as an article against a story) reaches this; a story whose articles form separate linked
    /// groups is split into them. Zero or less keeps every story whole.</summary>
    public double SplitThreshold { get; init; } = 0.15;

    /// <summary>Score at or above which a story joins a topic. Topics are clustered like stories, one level up: each
    /// story is one document (its headlines and leads, all its actors and places) compared with a topic's core
    /// stories, so that a theme does not chain from one story to the next.</summary>
    public double TopicThreshold { get; init; } = 0.1;

    /// <summary>A topic stays open this long after its latest story.</summary>
    public TimeSpan TopicWindow { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Weight of content in a story's score against a topic; the rest goes to actors and places in the
    /// stories' proportions (<see cref="EntityWeight"/> to <see cref="PlaceWeight"/>): a theme is more its actors and
    /// places than its words.</summary>
    public double TopicContentWeight { get; init; } = 0.5;

    /// <summary>Stories (the earliest) that make a topic's core.</summary>
    public int TopicCoreSize { get; init; } = 10;

    /// <summary>Sentences per summary at most.</summary>
    public int SummarySentences { get; init; } = 5;

    /// <summary>Stem overlap (|A∩B| / min(|A|,|B|)) at which two sentences say the same thing.</summary>
    public double RedundancyOverlap { get; init; } = 0.5;
}

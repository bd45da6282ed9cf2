namespace Marsad.Stories;

/// <summary>
/// Online story clustering. <see cref="Put"/> turns an article into a TF-IDF vector over light stems (IDF learned from
/// the articles seen so far), finds candidate stories through an index of rare terms, actors and places (never a scan
/// of all stories), scores each open candidate and joins the best one at or above
/// <see cref="StoryOptions.JoinThreshold"/>, or opens a new story. When the article fits two stories that have
/// converged (centroid cosine at or above <see cref="StoryOptions.MergeThreshold"/>), they are merged. Every change
/// is logged. Deterministic: the same articles in the same order give the same stories (ties go to the older story).
/// Not thread-safe.
/// </summary>
/// <remarks>Score = content × cos(article, story centroid) + entities × (weighted share of the article's actors named in
/// the story) + places × (same for places) + event bonus − time penalty × gap / window. A story is closed to articles
/// more than <see cref="StoryOptions.Window"/> after its latest (or before its earliest) article.</remarks>
public sealed partial class StoryClusterer
{
    private readonly StoryOptions options;
    private readonly StoryVocabulary vocabulary;
    private readonly List<StoryCluster> clusters = [];
    private readonly List<string> documentIds = [];
    private readonly List<int> documentClusters = [];
    private readonly List<StoryLogEntry> log = [];
    private readonly List<int> documentFrequency = [];
    private readonly Dictionary<string, int> keyFrequency = new(StringComparer.Ordinal);
    private readonly bool frozenFrequencies;
    private int documentCount;
    // Batch mode: every article's vector by ordinal, for the split pass.
    private readonly List<(int[] Terms, float[] Weights)>? batchVectors;

    // Scratch buffers, reused by every Put.
    private readonly List<int> termScratch = [];
    private readonly Dictionary<int, int> hitScratch = [];

    public StoryClusterer(StoryOptions? options = null) : this(options, new StoryVocabulary(), frozen: false) { }

    private StoryClusterer(StoryOptions? options, StoryVocabulary vocabulary, bool frozen)
    {
        this.options = options ?? StoryOptions.Default;
        this.vocabulary = vocabulary;
        frozenFrequencies = frozen;
        if (frozen) batchVectors = [];
    }

    public StoryOptions Options => options;

    /// <summary>Articles put so far.</summary>
    public int DocumentCount => documentIds.Count;

    /// <summary>Stories open or closed, merged ones excluded.</summary>
    public int StoryCount => clusters.Count(c => c.MergedInto < 0);

    public IReadOnlyList<StoryLogEntry> Log => log;

    /// <summary>Places one article and says where it went.</summary>
    public StoryPlacement Put(StoryDocument document)
    {
        int ordinal = documentIds.Count;
        documentIds.Add(document.Id);
        var (terms, weights, indexTerms) = Vectorize(document);
        batchVectors?.Add((terms, weights));
        var keys = DistinctKeys(document);
        if (!frozenFrequencies)
            foreach (var key in keys)
                keyFrequency[key] = keyFrequency.GetValueOrDefault(key) + 1;

        var candidates = Candidates(indexTerms, keys, document);
        // The article's actor and place weights are the same against every candidate: weighed once here.
        var entityKeys = new WeightedKeys(this, document.Entities);
        var placeKeys = new WeightedKeys(this, document.Places);
        StoryCluster? best = null;
        double bestScore = double.NegativeInfinity;
        var fitting = new List<(StoryCluster Cluster, double Score)>();
        foreach (var c in candidates)
        {
            double score = Score(c, terms, weights, document, entityKeys, placeKeys);
            if (score >= options.JoinThreshold) fitting.Add((c, score));
            if (score > bestScore || (score == bestScore && best is not null && c.Index < best.Index)) { best = c; bestScore = score; }
        }

        StoryCluster target;
        bool opened;
        if (best is not null && bestScore >= options.JoinThreshold)
        {
            target = best;
            opened = false;
            target.Add(ordinal, terms, weights, document, options.CoreSize);
            Track(target);
            log.Add(new StoryLogEntry(StoryChange.Joined, document.Id, target.Id, null, Math.Round(bestScore, 4)));
        }
        else
        {
            target = new StoryCluster(clusters.Count);
            clusters.Add(target);
            target.Add(ordinal, terms, weights, document, options.CoreSize);
            Track(target);
            opened = true;
            log.Add(new StoryLogEntry(StoryChange.Opened, document.Id, target.Id, null, 0));
        }
        documentClusters.Add(target.Index);
        IndexDocument(target, indexTerms, keys, document);
        if (!opened) MergeConverged(target, fitting, document.Id);
        var final = Resolve(target.Index);
        return new StoryPlacement(document.Id, final.Id, opened, opened ? 0 : Math.Round(bestScore, 4));
    }

    /// <summary>The stories so far: id and member document ids (in order of arrival), oldest story first.</summary>
    public IReadOnlyList<(string Story, IReadOnlyList<string> Documents)> Stories() =>
        clusters.Where(c => c.MergedInto < 0)
            .Select(c => (c.Id, (IReadOnlyList<string>)c.Members.Order().Select(m => documentIds[m]).ToList()))
            .ToList();

    /// <summary>The story an article is in now (after any merges).</summary>
    public string StoryOf(string documentId)
    {
        int ordinal = documentIds.IndexOf(documentId);
        if (ordinal < 0) throw new KeyNotFoundException(documentId);
        return Resolve(documentClusters[ordinal]).Id;
    }

    private double Score(StoryCluster c, int[] terms, float[] weights, StoryDocument document, WeightedKeys entities, WeightedKeys places)
    {
        double cosine = c.CoreSimilarity(terms, weights, options.CoreAverage);
        double score = options.ContentWeight * cosine;
        double sharedEntities = entities.SharedWeight(c.Entities), sharedPlaces = places.SharedWeight(c.Places);
        score += options.EntityWeight * entities.Share(sharedEntities);
        score += options.PlaceWeight * places.Share(sharedPlaces);
        // Specific actors or places of the article that the core does not name at all: another happening of the same kind.
        if (entities.All + places.All > 0 && sharedEntities + sharedPlaces == 0 && (c.Entities is not null || c.Places is not null))
            score -= options.KeyConflictPenalty;
        if (document.EventType is not null && document.EventType == c.EventType) score += options.EventWeight;
        if (cosine >= options.SameReportMinCosine && c.HasReport(ReportOf(document))) score += options.SameReportBonus;
        if (options.Window > TimeSpan.Zero)
            score -= options.TimePenalty * Math.Min(1, c.Gap(document.Published) / options.Window);
        return score;
    }

    /// <summary>An article's distinct actor and place keys, actors first: what it is indexed and counted under.</summary>
    private static string[] DistinctKeys(StoryDocument document) =>
        document.Entities.Count + document.Places.Count == 0 ? [] : [.. document.Entities.Concat(document.Places).Distinct(StringComparer.Ordinal)];

    /// <summary>An article's distinct keys of one kind with their specificity weights (<see cref="KeyWeight"/>), in
    /// first-seen order; keys that weigh nothing are left out.</summary>
    private readonly struct WeightedKeys
    {
        private readonly (string Key, double Weight)[] keys;

        /// <summary>The weight of all the keys.</summary>
        public double All { get; }

        public WeightedKeys(StoryClusterer owner, IReadOnlyList<string> list)
        {
            keys = list.Count == 0 ? [] : [.. list.Distinct(StringComparer.Ordinal)
                .Select(k => (k, owner.KeyWeight(owner.keyFrequency.GetValueOrDefault(k)))).Where(k => k.Item2 > 0)];
            double all = 0;
            foreach (var (_, w) in keys) all += w;
            All = all;
        }

        /// <summary>The weight of the keys that the story names too.</summary>
        public double SharedWeight(Dictionary<string, int>? story)
        {
            if (keys.Length == 0 || story is null) return 0;
            double shared = 0;
            foreach (var (key, w) in keys)
                if (story.ContainsKey(key)) shared += w;
            return shared;
        }

        /// <summary>Share of the keys' weight that <paramref name="shared"/> is.</summary>
        public double Share(double shared) => All == 0 ? 0 : shared / All;
    }

    /// <summary>How specific an actor or place key named in <paramref name="frequency"/> articles is: the log of how
    /// many times rarer it is than a common key (one in <see cref="StoryOptions.CommonKeyShare"/> of the articles, at
    /// least three), zero for common keys. The King or a ministry in a third of the news weighs nothing; a person
    /// named in two articles weighs most. A share of 1 or more makes no key common: every key weighs its plain rarity
    /// (the topic level, where what many stories name is the theme).</summary>
    private double KeyWeight(int frequency)
    {
        if (options.CommonKeyShare >= 1) return Idf(frequency);
        double common = Math.Max(3, documentCount * options.CommonKeyShare);
        return frequency <= 0 ? 0 : Math.Max(0, Math.Log(common / frequency));
    }

    /// <summary>The report a copy and its original share: the original's id.</summary>
    private static string ReportOf(StoryDocument d) => d.CopyOf ?? d.Id;

    private double Idf(int frequency) => Math.Log((documentCount + 1.0) / (frequency + 1.0)) + 1.0;

    private StoryCluster Resolve(int index) => clusters[Live(index)];
}

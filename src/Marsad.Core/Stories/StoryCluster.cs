namespace Marsad.Stories;

/// <summary>A story while clustering: running sums of its core articles' vectors, their actor and place counts, and
/// the time bounds of all its articles. The core is the first <see cref="StoryOptions.CoreSize"/> articles: what the
/// story is about, which later articles are compared with.</summary>
internal sealed class StoryCluster(int index)
{
    public int Index { get; } = index;
    public string Id => "s" + (Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The story this one was merged into, or -1.</summary>
    public int MergedInto { get; set; } = -1;

    /// <summary>Member document ordinals, in order of arrival.</summary>
    public List<int> Members { get; } = [];

    /// <summary>Articles in the core (the sums below are theirs).</summary>
    public int CoreCount { get; private set; }

    /// <summary>Sum of the core articles' vectors, sparse, sorted by term id.</summary>
    public int[] Terms { get; private set; } = [];
    public float[] Sums { get; private set; } = [];
    public double NormSquared { get; private set; }

    public Dictionary<string, int>? Entities { get; private set; }
    public Dictionary<string, int>? Places { get; private set; }
    public string? EventType { get; private set; }

    // Reports its articles copy or are (their CopyOf, else their own id): most stories have one, kept without a set.
    private string? report;
    private HashSet<string>? reports;

    /// <summary>Whether an article of the story copies or is <paramref name="id"/>.</summary>
    public bool HasReport(string id) => reports?.Contains(id) ?? report == id;

    private void AddReport(string id)
    {
        if (reports is not null) reports.Add(id);
        else if (report is null) report = id;
        else if (report != id) { reports = new(StringComparer.Ordinal) { report, id }; report = null; }
    }
    public DateTimeOffset? First { get; private set; }
    public DateTimeOffset? Last { get; private set; }

    /// <summary>Dot product of a sorted sparse vector with the running sum.</summary>
    public double Dot(int[] terms, float[] weights)
    {
        double dot = 0;
        int i = 0, j = 0;
        var mine = Terms;
        while (i < terms.Length && j < mine.Length)
        {
            int a = terms[i], b = mine[j];
            if (a == b) { dot += weights[i] * Sums[j]; i++; j++; }
            else if (a < b) i++;
            else j++;
        }
        return dot;
    }

    /// <summary>Cosine of a unit vector with this story's core centroid.</summary>
    public double Cosine(int[] terms, float[] weights) => NormSquared <= 0 ? 0 : Dot(terms, weights) / Math.Sqrt(NormSquared);

    /// <summary>How close a unit vector is to the core: its dot product with the core's sum over
    /// |sum|^(1−<paramref name="average"/>) · count^<paramref name="average"/>. 0 gives the cosine with the centroid,
    /// 1 the mean cosine with the core's articles; the two agree for a tight core, but the centroid of loosely related
    /// articles (receptions sharing only their formula) sits on what they share and welcomes every other article of
    /// the formula, while the mean cosine stays as low as the articles are apart.</summary>
    public double CoreSimilarity(int[] terms, float[] weights, double average)
    {
        if (NormSquared <= 0 || CoreCount == 0) return 0;
        double dot = Dot(terms, weights);
        return average <= 0 ? dot / Math.Sqrt(NormSquared)
            : dot / (Math.Pow(Math.Sqrt(NormSquared), 1 - average) * Math.Pow(CoreCount, average));
    }

    /// <summary>Cosine of two stories' core centroids.</summary>
    public double Cosine(StoryCluster other) =>
        NormSquared <= 0 || other.NormSquared <= 0 ? 0 : other.Dot(Terms, Sums) / Math.Sqrt(NormSquared * other.NormSquared);

    /// <summary>Adds an article; its vector, actors and places join the core while the core has fewer than
    /// <paramref name="coreSize"/> articles.</summary>
    public void Add(int document, int[] terms, float[] weights, StoryDocument source, int coreSize)
    {
        Members.Add(document);
        if (CoreCount < coreSize)
        {
            CoreCount++;
            double dot = Dot(terms, weights), own = 0;
            foreach (var w in weights) own += w * w;
            NormSquared += 2 * dot + own;
            (Terms, Sums) = MergeSums(Terms, Sums, terms, weights);
            foreach (var e in source.Entities) Count(Entities ??= new(StringComparer.Ordinal), e, 1);
            foreach (var p in source.Places) Count(Places ??= new(StringComparer.Ordinal), p, 1);
        }
        EventType ??= source.EventType;
        AddReport(source.CopyOf ?? source.Id);
        Widen(source.Published, source.Published);
    }

    /// <summary>Takes every article of <paramref name="other"/>; <paramref name="other"/> is left empty and points here.
    /// Its core joins this core while this core has room (fewer than <paramref name="coreSize"/> articles).</summary>
    public void Absorb(StoryCluster other, int coreSize)
    {
        Members.AddRange(other.Members);
        if (CoreCount < coreSize)
        {
            CoreCount += other.CoreCount;
            double dot = Dot(other.Terms, other.Sums);
            NormSquared += 2 * dot + other.NormSquared;
            (Terms, Sums) = MergeSums(Terms, Sums, other.Terms, other.Sums);
            if (other.Entities is not null) foreach (var (k, v) in other.Entities) Count(Entities ??= new(StringComparer.Ordinal), k, v);
            if (other.Places is not null) foreach (var (k, v) in other.Places) Count(Places ??= new(StringComparer.Ordinal), k, v);
        }
        EventType ??= other.EventType;
        if (other.reports is not null) foreach (var id in other.reports) AddReport(id);
        else if (other.report is not null) AddReport(other.report);
        other.report = null;
        other.reports = null;
        Widen(other.First, other.Last);
        other.MergedInto = Index;
        other.Members.Clear();
        other.Terms = []; other.Sums = []; other.NormSquared = 0; other.Entities = null; other.Places = null; other.CoreCount = 0;
    }

    /// <summary>The <paramref name="count"/> terms with the largest sums (ties: smaller id).</summary>
    public IEnumerable<int> HeaviestTerms(int count) =>
        Enumerable.Range(0, Terms.Length).OrderByDescending(i => Sums[i]).ThenBy(i => Terms[i]).Take(count).Select(i => Terms[i]);

    /// <summary>Whether an article published at <paramref name="time"/> comes too late (or too early) to join: more
    /// than <paramref name="window"/> after the latest article (before the earliest), or more than
    /// <paramref name="maxSpan"/> after the earliest (before the latest).</summary>
    public bool IsClosedAt(DateTimeOffset? time, TimeSpan window, TimeSpan maxSpan) =>
        time is { } t && Last is { } last && First is { } first
        && (t - last > window || first - t > window || t - first > maxSpan || last - t > maxSpan);

    /// <summary>Gap between <paramref name="time"/> and the story's time bounds, 0 inside them or when unknown.</summary>
    public TimeSpan Gap(DateTimeOffset? time)
    {
        if (time is not { } t || Last is not { } last || First is not { } first) return TimeSpan.Zero;
        if (t > last) return t - last;
        if (t < first) return first - t;
        return TimeSpan.Zero;
    }

    private void Widen(DateTimeOffset? first, DateTimeOffset? last)
    {
        if (first is { } f && (First is null || f < First)) First = f;
        if (last is { } l && (Last is null || l > Last)) Last = l;
    }

    private static void Count(Dictionary<string, int> counts, string key, int by) =>
        counts[key] = counts.GetValueOrDefault(key) + by;

    private static (int[], float[]) MergeSums(int[] aTerms, float[] aSums, int[] bTerms, float[] bSums)
    {
        var terms = new int[aTerms.Length + bTerms.Length];
        var sums = new float[terms.Length];
        int i = 0, j = 0, n = 0;
        while (i < aTerms.Length || j < bTerms.Length)
        {
            if (j == bTerms.Length || (i < aTerms.Length && aTerms[i] < bTerms[j])) { terms[n] = aTerms[i]; sums[n++] = aSums[i++]; }
            else if (i == aTerms.Length || bTerms[j] < aTerms[i]) { terms[n] = bTerms[j]; sums[n++] = bSums[j++]; }
            else { terms[n] = aTerms[i]; sums[n++] = aSums[i++] + bSums[j++]; }
        }
        if (n < terms.Length) { Array.Resize(ref terms, n); Array.Resize(ref sums, n); }
        return (terms, sums);
    }
}

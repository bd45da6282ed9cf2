using System.Globalization;

namespace Marsad.Stories;

/// <summary>
/// Turns clusters of documents into <see cref="Story"/> records: title, dates, sources, independent sources, main
/// actors and places, a multi-source summary, corroborated facts and contradictions; then links stories into topics.
/// The whole collection is one call: <see cref="Analyze"/>.
/// </summary>
public sealed partial class StoryBuilder
{
    private readonly StoryOptions options;
    private readonly INumberFacts numbers;
    private readonly StoryVocabulary vocabulary = new();
    private readonly Dictionary<int, int> collectionFrequency = [];
    private int collectionSize;
    private readonly Dictionary<string, List<StoryDocument>> storyDocuments = new(StringComparer.Ordinal);

    public StoryBuilder(StoryOptions? options = null, INumberFacts? numbers = null)
    {
        this.options = options ?? StoryOptions.Default;
        this.numbers = numbers ?? AnnotatedNumberFacts.Instance;
    }

    /// <summary>Clusters <paramref name="documents"/> in batch mode and builds their stories and topics.</summary>
    /// <param name="roots">Document id → the document it counts as for independence (see
    /// <see cref="StoryInputs.IndependentRoots"/>); a document missing from it counts as itself.</param>
    public static StoryAnalysis Analyze(IReadOnlyList<StoryDocument> documents, IReadOnlyDictionary<string, string>? roots = null,
        StoryOptions? options = null, INumberFacts? numbers = null)
    {
        if (documents.Count == 0) return StoryAnalysis.Empty;
        var clustering = StoryClusterer.Batch(documents, options);
        return new StoryBuilder(options, numbers).Build(documents, clustering, roots ?? new Dictionary<string, string>());
    }

    public StoryAnalysis Build(IReadOnlyList<StoryDocument> documents, StoryClustering clustering, IReadOnlyDictionary<string, string> roots)
    {
        var byId = new Dictionary<string, StoryDocument>(StringComparer.Ordinal);
        foreach (var d in documents) byId.TryAdd(d.Id, d);
        CountCollection(documents);
        var stories = new List<Story>();
        foreach (var (id, members) in clustering.Stories)
        {
            var docs = members.Where(byId.ContainsKey).Select(m => byId[m]).ToList();
            if (docs.Count > 0) stories.Add(BuildStory(id, docs, roots));
        }
        var topics = LinkTopics(stories);
        var topicOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in topics) foreach (var s in t.Stories) topicOf[s] = t.Id;
        stories = stories.Select(s => s with { Topic = topicOf.GetValueOrDefault(s.Id) }).ToList();
        return new StoryAnalysis(stories, topics, clustering.Log);
    }

    private Story BuildStory(string id, List<StoryDocument> docs, IReadOnlyDictionary<string, string> roots)
    {
        string Root(string doc) => roots.GetValueOrDefault(doc, doc);
        // Publication times; an article the source did not date counts by the day of its events, else not at all.
        var dates = docs.Select(d => d.BestDate).OfType<DateTimeOffset>().ToList();
        var entities = Ranked(docs, d => d.Entities);
        var places = Ranked(docs, d => d.Places);
        storyDocuments[id] = docs;
        var quotes = QuoteGroups(docs, Root);
        var (corroborated, contradictions) = Corroborate(docs, Root, quotes);
        return new Story(
            id,
            Title(docs, entities, places),
            null,
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            docs.Select(d => d.Id).ToList(),
            docs.Select(d => d.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            docs.Select(d => Root(d.Id)).Distinct(StringComparer.Ordinal).Count(),
            entities.Take(MainKeys).ToList(),
            places.Take(MainKeys).ToList(),
            docs.Select(d => d.EventType).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            quotes.Select(q => q.Text).ToList(),
            Summarize(docs, Root),
            corroborated,
            contradictions);
    }

    private const int MainKeys = 8;

    /// <summary>
    /// Keys named by most documents first, then by most mentions, then alphabetical. The mention count matters in a
    /// story of one or two articles, where most keys tie on documents: the actors an article keeps naming are its
    /// main ones, and a name the tagger got wrong once (a verb glued to a name) must not outrank them by spelling.
    /// </summary>
    private static IEnumerable<string> RankedKeys(List<StoryDocument> docs, Func<StoryDocument, IReadOnlyList<string>> keys) =>
        docs.SelectMany(d => keys(d).GroupBy(k => k, StringComparer.Ordinal).Select(g => (Key: g.Key, Mentions: g.Count())))
            .GroupBy(k => k.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Sum(k => k.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);

    /// <summary>Keys in <see cref="RankedKeys"/> order, shown by their first surface form.</summary>
    private static List<string> Ranked(List<StoryDocument> docs, Func<StoryDocument, IReadOnlyList<string>> keys)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs)
            foreach (var k in keys(d)) labels.TryAdd(k, d.Labels.GetValueOrDefault(k, k));
        return RankedKeys(docs, keys).Select(k => labels[k]).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The earliest headline of the story's documents; else the lead sentence of its first document (up to 14
    /// words); else its main actor and place.</summary>
    private static string Title(List<StoryDocument> docs, List<string> entities, List<string> places)
    {
        var titled = docs.Where(d => !string.IsNullOrWhiteSpace(d.Title))
            .OrderBy(d => d.BestDate ?? DateTimeOffset.MaxValue).FirstOrDefault();
        if (titled is not null) return titled.Title!.Trim();
        foreach (var d in docs)
        {
            if (d.Sentences.Count == 0) continue;
            var words = d.Sentences[0].Slice(d.Text).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            return words.Length <= 14 ? string.Join(' ', words) : string.Join(' ', words.Take(14)) + " …";
        }
        var parts = entities.Take(1).Concat(places.Take(1)).ToList();
        return parts.Count > 0 ? string.Join(" – ", parts) : docs[0].Id;
    }

    private void CountCollection(IReadOnlyList<StoryDocument> documents)
    {
        var terms = new List<int>();
        foreach (var d in documents)
        {
            collectionSize++;
            terms.Clear();
            vocabulary.Terms(d.Text, terms);
            foreach (int t in terms.Distinct()) collectionFrequency[t] = collectionFrequency.GetValueOrDefault(t) + 1;
        }
    }

    private double Idf(int term) => Math.Log((collectionSize + 1.0) / (collectionFrequency.GetValueOrDefault(term) + 1.0)) + 1.0;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

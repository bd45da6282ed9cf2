using System.Diagnostics;
using System.Globalization;
using Marsad.Cleaning;
using Marsad.Evaluation;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Dedup.Evaluation;

/// <summary>A relation found on the corpus, with both documents named by their corpus ids.</summary>
public sealed record CorpusRelation(string Document, string Other, DuplicateKind Kind, double Similarity);

/// <summary>Figures of one corpus dedup evaluation.</summary>
/// <param name="GoldPairs">Pairs inside the gold groups (both documents analysed).</param>
/// <param name="FoundPairs">Of those, pairs that count as one source (same family or syndication group, transitively).</param>
/// <param name="TemplatePairsLinked">Gold template pairs with a direct relation.</param>
/// <param name="TemplatePairsJoined">Gold template pairs that count as one source (transitively).</param>
/// <param name="FinderSeconds">Processor time spent adding the documents to the finder (the dedup stage alone).</param>
public sealed record CorpusDedupReport(
    int Documents, int GoldGroups, int GoldPairs, int FoundPairs, int TemplatePairs, int TemplatePairsLinked, int TemplatePairsJoined,
    IReadOnlyDictionary<DuplicateKind, int> RelationsByKind, IReadOnlyList<CorpusRelation> Relations,
    IReadOnlyList<(string A, string B)> MissedPairs, IReadOnlyList<CorpusRelation> TemplateLinks, double FinderSeconds)
{
    public double PairRecall => GoldPairs == 0 ? 1 : (double)FoundPairs / GoldPairs;

    public void WriteReport(TextWriter output, int examples)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"documents: {Documents}, dedup {FinderSeconds:0.0} CPU-s ({Documents / Math.Max(FinderSeconds, 1e-9):0} documents/s)"));
        output.WriteLine("relations: " + string.Join(", ", Enum.GetValues<DuplicateKind>().Select(k => string.Create(c, $"{k.ToString().ToLowerInvariant()} {RelationsByKind.GetValueOrDefault(k)}")))
            + string.Create(c, $", total {Relations.Count}"));
        output.WriteLine(string.Create(c, $"rewrite groups: {GoldGroups}, pairs {GoldPairs}, counted as one source {FoundPairs}, pair recall {PairRecall:0.0000}"));
        output.WriteLine(string.Create(c, $"template pairs: {TemplatePairs}, linked {TemplatePairsLinked}, counted as one source {TemplatePairsJoined}"));
        foreach (var (a, b) in MissedPairs.Take(examples)) output.WriteLine($"  missed\t{a}\t{b}");
        foreach (var r in TemplateLinks.Take(examples)) output.WriteLine(string.Create(c, $"  template linked\t{r.Document}\t{r.Other}\t{r.Kind.ToString().ToLowerInvariant()}\t{r.Similarity:0.00}"));
    }
}

/// <summary>
/// Dedup over a JSON Lines corpus without a store, as <c>marsad ingest</c> then <c>marsad process</c> compute it: one
/// document per distinct text (a record repeating an earlier text is that document), the text core with the boilerplate
/// context of all documents, then <see cref="DuplicateFinder"/> over the documents in record order. Scored against a
/// <see cref="CorpusDedupGold"/>: a gold pair is found when both documents count as one source (the roots of
/// <see cref="DedupSnapshot.IndependentSources(IEnumerable{string}, IReadOnlyList{DuplicateFamily}, IReadOnlyList{SyndicationGroup})"/>
/// agree: copies are linked to their family's first member, so links count transitively); a template pair is wrong when
/// its two documents are linked directly.
/// </summary>
public static class CorpusDedupEvaluation
{
    public static CorpusDedupReport Run(string jsonLines, string path, ILanguageIdentifier languages, CorpusDedupGold gold, DedupOptions? options = null)
    {
        var ids = CorpusIds.Read(jsonLines, path);
        var sources = new List<SourceDocument>();
        var corpusIdOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var documentOf = new Dictionary<string, string>(StringComparer.Ordinal); // corpus id → analysed document id
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in RecordReader.ReadJsonLines(new StringReader(jsonLines), path, new IngestOptions().FieldMap))
        {
            if (item.Article is not { } article) continue;
            string corpusId = ids.Of(article.Locator);
            string hash = ContentHash.ToHex(ContentHash.Of(article.Text));
            if (byHash.TryGetValue(hash, out var first)) { documentOf[corpusId] = first; continue; }
            var source = article.ToSourceDocument();
            byHash[hash] = source.Id;
            corpusIdOf[source.Id] = corpusId;
            documentOf[corpusId] = source.Id;
            sources.Add(source);
        }

        var context = BoilerplateContext.FromDocuments(sources.Select(s => s.Text));
        var analyzer = new DocumentAnalyzer(languages);
        var analyzed = sources.AsParallel().AsOrdered().Select(s => analyzer.Analyze(s, context).Document)
            .Where(d => d is not null).Select(d => d!).ToList();

        // Processor time of the process, which runs only the finder's one thread here: on a shared machine wall time
        // measures the neighbours.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var finder = new DuplicateFinder(options);
        foreach (var d in analyzed) finder.Add(new DedupDocument(d.Source.Id, d.Text, d.Source.Published, d.Sentences));
        double seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        var snapshot = finder.Snapshot();
        var families = snapshot.Families();
        var groups = snapshot.SyndicationGroups();
        var representative = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in families)
            foreach (var member in family.Members) representative[member] = family.Canonical;
        string Family(string id) => representative.GetValueOrDefault(id, id);
        var syndicated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
            foreach (var member in group.Copies.Append(group.Original)) syndicated[Family(member)] = Family(group.Original);
        var present = analyzed.Select(d => d.Source.Id).ToHashSet(StringComparer.Ordinal);
        string? Root(string corpusId)
        {
            if (!documentOf.TryGetValue(corpusId, out var id) || !present.Contains(id)) return null;
            var root = Family(id);
            return syndicated.GetValueOrDefault(root, root);
        }

        int pairs = 0, found = 0;
        var missed = new List<(string, string)>();
        foreach (var group in gold.Groups)
            for (int i = 0; i < group.Count; i++)
                for (int j = i + 1; j < group.Count; j++)
                {
                    string? a = Root(group[i]), b = Root(group[j]);
                    if (a is null || b is null) continue;
                    pairs++;
                    if (a == b) found++; else missed.Add((group[i], group[j]));
                }

        var relations = snapshot.Relations.Select(r => new CorpusRelation(corpusIdOf[r.Document], corpusIdOf[r.Other], r.Kind, r.Similarity)).ToList();
        var linked = new Dictionary<(string, string), CorpusRelation>();
        foreach (var r in snapshot.Relations)
            linked.TryAdd(Ordered(r.Document, r.Other), new CorpusRelation(corpusIdOf[r.Document], corpusIdOf[r.Other], r.Kind, r.Similarity));
        int templateLinked = 0, templateJoined = 0, templatePairs = 0;
        var templateLinks = new List<CorpusRelation>();
        foreach (var (a, b) in gold.TemplatePairs)
        {
            if (Root(a) is not { } ra || Root(b) is not { } rb) continue;
            templatePairs++;
            if (ra == rb) templateJoined++;
            if (linked.TryGetValue(Ordered(documentOf[a], documentOf[b]), out var r)) { templateLinked++; templateLinks.Add(r); }
        }
        var byKind = relations.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
        return new CorpusDedupReport(analyzed.Count, gold.Groups.Count, pairs, found, templatePairs, templateLinked, templateJoined,
            byKind, relations, missed, templateLinks, seconds);
    }

    static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}

using Marsad.Entities;
using Marsad.Entities.Recognition;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Text.Tokens;

namespace Marsad.Stories;

/// <summary>Builds the story stage's inputs: the text core's documents, their entities (collection entity ids when the entity
/// stage ran, else the tagger's mentions keyed by match keys without the article) and the collection's duplicate
/// families and syndication groups.</summary>
public static class StoryInputs
{
    /// <summary>The story-stage view of one analysed document; entities come from <paramref name="recognizer"/>.</summary>
    public static StoryDocument FromAnalyzed(AnalyzedDocument document, IEntityRecognizer recognizer)
    {
        var tokens = new List<(int Start, int Length)>();
        foreach (var t in ArabicTokenizer.Enumerate(document.Text)) tokens.Add((t.Start, t.Length));
        return FromAnalyzed(document, recognizer.Recognize(document.Text, tokens));
    }

    /// <summary>The story-stage view of one analysed document with the tagger's <paramref name="mentions"/> of it
    /// (the entity stage's, so the document is not tagged twice).</summary>
    public static StoryDocument FromAnalyzed(AnalyzedDocument document, IReadOnlyList<EntityMention> mentions)
    {
        var entities = new List<string>();
        var places = new List<string>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string key = EntityKey(m.Text);
            if (key.Length < 3) continue;
            (m.Type == EntityType.Location ? places : entities).Add(key);
            labels.TryAdd(key, m.Text);
        }
        return new StoryDocument(document.Source.Id, document.Text, document.Source.Published, document.Source.Title,
            document.Sentences, entities, places, SourceName(document.Source))
        { Labels = labels };
    }

    /// <summary>
    /// The story-stage view of one analysed document from the entity stage's result: each mention counts under its
    /// collection entity's id, labelled with that entity's name, so that every alias and spelling of one entity
    /// (داعش، تنظيم الدولة; الولايات المتحدة، الولايات المتحدة الأمريكية) is one key in every document.
    /// </summary>
    public static StoryDocument FromEntities(AnalyzedDocument document, EntityStageResult entities, IReadOnlyDictionary<string, string>? names = null)
    {
        names ??= NamesById(entities);
        var resolved = entities.Documents[document.Source.Id];
        var keyed = new List<(int Start, int End, string Id, bool IsPlace)>();
        var own = new List<(string Id, bool IsPlace)>();
        foreach (var entity in resolved.Entities)
        {
            string id = entities.CollectionIdOf(resolved.DocumentId, entity.Id) ?? entity.Id;
            bool isPlace = entity.Type == EntityType.Location;
            foreach (var m in entity.Mentions) keyed.Add((m.Start, m.End, id, isPlace));
            if (id != entity.Id && entity.Mentions.Count > 0) own.Add((entity.Id, isPlace));
        }
        return FromKeyed(document, keyed, names) with
        {
            OwnEntityIds = [.. own.Where(o => !o.IsPlace).Select(o => o.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            OwnPlaceIds = [.. own.Where(o => o.IsPlace).Select(o => o.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>A document's view with its mentions keyed by collection entity id, in text order.</summary>
    private static StoryDocument FromKeyed(AnalyzedDocument document, List<(int Start, int End, string Id, bool IsPlace)> keyed, IReadOnlyDictionary<string, string> names)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var places = new List<string>();
        var others = new List<string>();
        foreach (var (_, _, id, isPlace) in keyed.OrderBy(k => k.Start).ThenBy(k => k.End).ThenBy(k => k.Id, StringComparer.Ordinal))
        {
            (isPlace ? places : others).Add(id);
            labels.TryAdd(id, names.GetValueOrDefault(id, id));
        }
        return new StoryDocument(document.Source.Id, document.Text, document.Source.Published, document.Source.Title,
            document.Sentences, others, places, SourceName(document.Source))
        { Labels = labels };
    }

    /// <summary>As <see cref="FromCollection(CollectionAnalysis, IEntityRecognizer)"/>, with the entity stage's
    /// result for the collection's documents.</summary>
    public static List<StoryDocument> FromCollection(CollectionAnalysis collection, EntityStageResult entities)
    {
        var names = NamesById(entities);
        return FromCollection(collection, d => FromEntities(d, entities, names));
    }

    /// <summary>
    /// The story-stage view of a collection's documents with the entities a collection run stored (its
    /// <see cref="Report.EntityReport"/>s: collection ids, names, mentions): the same keys as
    /// <see cref="FromCollection(CollectionAnalysis, EntityStageResult)"/> gives, without running the entity stage again.
    /// </summary>
    public static List<StoryDocument> FromStoredEntities(CollectionAnalysis collection, IEnumerable<Report.EntityReport> entities)
    {
        var byDocument = new Dictionary<string, List<(int Start, int End, string Id, bool IsPlace)>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            names[e.Id] = e.Name;
            bool isPlace = e.Type == "LOC";
            foreach (var m in e.Mentions)
            {
                if (!byDocument.TryGetValue(m.Document, out var list)) byDocument[m.Document] = list = [];
                list.Add((m.Start, m.End, e.Id, isPlace));
            }
        }
        return FromCollection(collection, d => FromKeyed(d, byDocument.GetValueOrDefault(d.Source.Id) ?? [], names));
    }

    private static Dictionary<string, string> NamesById(EntityStageResult entities) =>
        entities.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);

    /// <summary>The story-stage view of every document of a collection, with <see cref="StoryDocument.CopyOf"/> set from its
    /// duplicate families and syndication groups.</summary>
    public static List<StoryDocument> FromCollection(CollectionAnalysis collection, IEntityRecognizer recognizer) =>
        FromCollection(collection, d => FromAnalyzed(d, recognizer));

    private static List<StoryDocument> FromCollection(CollectionAnalysis collection, Func<AnalyzedDocument, StoryDocument> view)
    {
        var roots = IndependentRoots(collection);
        var reports = ReportRoots(collection);
        var borrowed = BorrowedSpans(collection, roots);
        return collection.Documents.DistinctBy(d => d.Source.Id)
            .Select(d => view(d) with
            {
                CopyOf = reports.GetValueOrDefault(d.Source.Id) is { } r && r != d.Source.Id ? r : null,
                Borrowed = borrowed.GetValueOrDefault(d.Source.Id) ?? [],
                EventDay = EventDay(collection, d.Source.Id),
            })
            .ToList();
    }

    /// <summary>The annotation stage's event day of a document (ISO 8601, day precision or finer), if any.</summary>
    private static DateOnly? EventDay(CollectionAnalysis collection, string id) =>
        collection.Annotations.GetValueOrDefault(id)?.EventDate is { Length: >= 10 } iso
        && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day : null;

    /// <summary>Words outside quotation marks a shared passage needs to count as borrowed text: a passage that is only a
    /// quote is what two outlets at one press conference both write down, which corroborates the quote.</summary>
    public const int MinBorrowedNarrativeWords = 3;

    /// <summary>
    /// Per document, the shared passages it carries from another document (see <see cref="StoryDocument.Borrowed"/>).
    /// A passage comes from the member its other holders count as (an original they copy), else from its earliest
    /// published holder, else from the first document that had it; the others borrow it.
    /// </summary>
    public static Dictionary<string, List<BorrowedSpan>> BorrowedSpans(CollectionAnalysis collection, IReadOnlyDictionary<string, string> roots)
    {
        var byId = new Dictionary<string, AnalyzedDocument>(StringComparer.Ordinal);
        foreach (var d in collection.Documents) byId.TryAdd(d.Source.Id, d);
        var result = new Dictionary<string, List<BorrowedSpan>>(StringComparer.Ordinal);
        foreach (var passage in collection.SharedPassages)
        {
            var holders = passage.Locations.Where(l => byId.ContainsKey(l.DocumentId)).ToList();
            if (holders.Select(l => l.DocumentId).Distinct(StringComparer.Ordinal).Count() < 2) continue;
            string origin = holders.Select(l => l.DocumentId)
                .OrderByDescending(id => holders.Count(l => roots.GetValueOrDefault(l.DocumentId, l.DocumentId) == id))
                .ThenBy(id => byId[id].Source.Published ?? DateTimeOffset.MaxValue)
                .First();
            foreach (var l in holders)
            {
                if (l.DocumentId == origin) continue;
                var text = byId[l.DocumentId].Text;
                if (NarrativeWords(text.AsSpan(l.Start, Math.Min(l.End, text.Length) - l.Start)) < MinBorrowedNarrativeWords) continue;
                if (!result.TryGetValue(l.DocumentId, out var list)) result[l.DocumentId] = list = [];
                list.Add(new BorrowedSpan(l.Start, l.End, origin));
            }
        }
        return result;
    }

    /// <summary>Words outside quotation marks; a passage may open or close inside a quote, so an unbalanced mark
    /// leaves the words on its far side out.</summary>
    public static int NarrativeWords(ReadOnlySpan<char> passage)
    {
        int words = 0, depth = 0, straight = 0;
        bool inWord = false;
        foreach (char c in passage)
        {
            if (c is '«' or '“') depth++;
            else if (c is '»' or '”') depth = depth > 0 ? depth - 1 : 0;
            else if (c == '"') straight ^= 1;
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && depth == 0 && straight == 0) words++;
            inWord = letter;
        }
        return words;
    }

    /// <summary>An entity key: each word's match key without the article ال (القوات/قوات, الديمقراطية/ديمقراطية meet).
    /// Names are not stemmed: a stemmer reads the first letters of ليلوى or سيلو as clitics.</summary>
    public static string EntityKey(string mention)
    {
        var words = MatchKeyNormalizer.Normalize(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Length >= 5 && w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w));
    }

    /// <summary>The publisher: a "site" or "source" metadata value, else the host of a URL, else the document id.</summary>
    public static string SourceName(SourceDocument source)
    {
        // The outlet's catalogue name (Outlets.OutletCatalog), from the metadata, the address or an agency credit.
        var site = new[] { "site", "source", "publisher" }.Select(f => source.Metadata.GetValueOrDefault(f)).FirstOrDefault(v => v is { Length: > 0 });
        var url = Uri.TryCreate(source.Source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? source.Source : null;
        var name = Outlets.OutletCatalog.Default.NameOf(site, url, source.Text);
        return name.Length > 0 ? name : source.Id;
    }

    /// <summary>Share of a syndicated member's words inside the passages it shares with its group (the link's similarity)
    /// under which it is an outlet's own report that carries a few passages of the wire, not a copy of it: "most of
    /// the shorter one", as for a rewrite (<see cref="Dedup.DedupOptions.RewriteCoverage"/>).</summary>
    public static double CopyCoverage => Dedup.DedupOptions.Default.RewriteCoverage;

    /// <summary>Document id → the id it counts as when counting independent sources: a duplicate family's canonical
    /// member, then a syndication group's original. Unlike <see cref="CollectionAnalysis.IndependentSources"/>, a
    /// syndicated member whose shared passages cover less than <see cref="CopyCoverage"/> of it counts as itself: it
    /// is its own reporting, and the passages it carries are one source with their original through
    /// <see cref="StoryDocument.Borrowed"/>.</summary>
    public static IReadOnlyDictionary<string, string> IndependentRoots(CollectionAnalysis analysis) => Roots(analysis, carriersCountAlone: true);

    /// <summary>Document id → the report it repeats for clustering (<see cref="StoryDocument.CopyOf"/>): as
    /// <see cref="IndependentRoots"/>, but every syndicated member goes with its original, also one that only carries
    /// a few of its passages: both tell one report, so they belong to one story.</summary>
    public static IReadOnlyDictionary<string, string> ReportRoots(CollectionAnalysis analysis) => Roots(analysis, carriersCountAlone: false);

    private static Dictionary<string, string> Roots(CollectionAnalysis analysis, bool carriersCountAlone)
    {
        var representative = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in analysis.Families)
            foreach (var member in family.Members) representative[member] = family.Canonical;
        string Resolve(string id) => representative.GetValueOrDefault(id, id);
        var syndicated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in analysis.SyndicationGroups)
        {
            var members = group.Copies.Append(group.Original).ToHashSet(StringComparer.Ordinal);
            foreach (var member in group.Copies.Append(group.Original))
                if (!carriersCountAlone || member == group.Original || IsCopy(analysis, member, members)) syndicated[Resolve(member)] = Resolve(group.Original);
        }
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in analysis.Documents)
        {
            var root = Resolve(d.Source.Id);
            roots[d.Source.Id] = syndicated.GetValueOrDefault(root, root);
        }
        return roots;
    }

    /// <summary>Whether a syndicated member of <paramref name="group"/> (its members) is mostly the wire report: its strongest syndication link to another member
    /// covers <see cref="CopyCoverage"/> of it (a member without such a link is taken as a copy, as dedup grouped it).</summary>
    public static bool IsCopy(CollectionAnalysis analysis, string member, IReadOnlySet<string> group)
    {
        var links = analysis.Links.GetValueOrDefault(member)?.Where(l => l.Kind == Dedup.DuplicateKind.Syndicated && group.Contains(l.Document)).ToList();
        return links is not { Count: > 0 } || IsCopy(links.Max(l => l.Similarity));
    }

    /// <summary>Whether a syndication link's similarity (share of the shorter document inside shared passages) makes
    /// the shorter document a copy rather than its own report carrying a few wire passages.</summary>
    public static bool IsCopy(double syndicationSimilarity) => syndicationSimilarity >= CopyCoverage;
}

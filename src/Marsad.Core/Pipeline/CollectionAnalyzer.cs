using Marsad.Annotation;
using Marsad.Annotation.Events;
using Marsad.Annotation.Quotes;
using Marsad.Text.Tokens;
using Marsad.Cleaning;
using Marsad.Dedup;
using Marsad.Ingest;
using Marsad.Stories;
using Marsad.Entities;
using Marsad.Entities.Recognition;

namespace Marsad.Pipeline;

/// <summary>Runs the pipeline over a set of documents: the per-document text core, then the stages that compare
/// documents (duplicates, shared passages, syndication). Same input in the same order gives the same output.</summary>
public sealed class CollectionAnalyzer(DocumentAnalyzer documents, DedupOptions? dedupOptions = null)
{
    /// <summary>Settings of the story stage; null skips it (stories need the NER model, which takes a moment to load).</summary>
    public StoryOptions? Stories { get; init; } = StoryOptions.Default;

    /// <summary>The entity stage; null skips it (it loads the NER model, the actors file and the gazetteer).</summary>
    public EntityStage? Entities { get; init; } = new();

    /// <summary>When set, each stage adds its wall and CPU time here (the pipeline benchmark's breakdown); the stages
    /// then run on one thread.</summary>
    public StageTimings? Timings { get; init; }

    /// <summary>Threads for the per-document parts after dedup (times and numbers, NER and resolution, quotes and
    /// events); results are gathered in document order, so they do not depend on the number.</summary>
    public int Workers { get; init; } = 1;

    private bool Parallel => Workers > 1 && Timings is null;

    /// <summary>One result per document, in document order, computed on <see cref="Workers"/> threads.</summary>
    private T[] PerDocument<T>(IReadOnlyList<AnalyzedDocument> documents, Func<AnalyzedDocument, T> compute)
    {
        var results = new T[documents.Count];
        if (Parallel) System.Threading.Tasks.Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i => results[i] = compute(documents[i]));
        else for (int i = 0; i < documents.Count; i++) results[i] = compute(documents[i]);
        return results;
    }

    public CollectionAnalyzer() : this(new DocumentAnalyzer()) { }

    /// <summary>Entities, then the facts that need them: quotes (speakers) and events (actors, places), each found
    /// with the document's own entities and reported with the collection's ids.</summary>
    private CollectionAnalysis WithEntityFacts(CollectionAnalysis collection, EntityStageResult entities)
    {
        var quotes = new List<Quote>();
        var events = new List<ConflictEvent>();
        var facts = PerDocument(collection.Documents, d =>
        {
            if (!entities.Documents.TryGetValue(d.Source.Id, out var own)) return (Quotes: new List<Quote>(), Events: new List<ConflictEvent>());
            var id = d.Source.Id;
            string? Global(string? local) => local is null ? null : entities.CollectionIdOf(id, local) ?? local;
            var tokens = new List<Token>(d.TokenCount);
            var found = (Quotes: new List<Quote>(), Events: new List<ConflictEvent>());
            using (Timings?.Time("quotes"))
            {
                ArabicTokenizer.Tokenize(d.Text, tokens);
                foreach (var q in QuoteExtractor.Extract(id, d.Text, tokens, d.Sentences, own.Entities))
                    found.Quotes.Add(q with { SpeakerEntityId = Global(q.SpeakerEntityId) });
            }
            using (Timings?.Time("events"))
            {
                var annotations = collection.Annotations.GetValueOrDefault(id, DocumentAnnotations.Empty);
                foreach (var e in EventExtractor.Extract(id, d.Text, tokens, d.Sentences, own.Entities, annotations.Times, annotations.Numbers, annotations.EventDate))
                    found.Events.Add(e with { Actor1EntityId = Global(e.Actor1EntityId), Actor2EntityId = Global(e.Actor2EntityId), LocationEntityId = Global(e.LocationEntityId) });
            }
            return found;
        });
        foreach (var (q, e) in facts)
        {
            quotes.AddRange(q);
            events.AddRange(e);
        }
        return collection with { Entities = entities.Entities, TaggedMentions = entities.TaggedMentions, Quotes = quotes, Events = events };
    }

    public CollectionAnalysis Analyze(IReadOnlyList<SourceDocument> sources, IEnumerable<InputError>? earlierErrors = null)
    {
        var errors = new List<InputError>(earlierErrors ?? []);
        // Lines repeated across the documents of one run are furniture whatever they say.
        BoilerplateContext context;
        using (Timings?.Time("boilerplate lines"))
            context = BoilerplateContext.FromDocuments(sources.Select(s => s.Text));
        var analyzed = new List<AnalyzedDocument>(sources.Count);
        using (Timings?.Time("text core"))
            foreach (var source in sources)
            {
                var (document, failure) = documents.Analyze(source, context);
                if (document is not null) analyzed.Add(document);
                else errors.Add(failure!);
            }

        var dedupClock = Timings?.Time("dedup");
        var finder = new DuplicateFinder(dedupOptions);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in analyzed)
        {
            if (!seen.Add(d.Source.Id))
            {
                errors.Add(new InputError(d.Source.Source, $"another document already has the id '{d.Source.Id}'; it was analysed but not compared"));
                continue;
            }
            finder.Add(new DedupDocument(d.Source.Id, d.Text, d.Source.Published, d.Sentences));
        }
        var links = analyzed.Select(d => d.Source.Id).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, finder.LinksOf, StringComparer.Ordinal);
        var (families, passages, groups) = (finder.Families(), finder.SharedPassages(), finder.SyndicationGroups());
        dedupClock?.Dispose();
        return Relate(analyzed, errors.OrderBy(e => e.Source, StringComparer.Ordinal).ToList(), links, families, passages, groups);
    }

    /// <summary>The stages after dedup over documents whose text core and dedup ran before (the store's
    /// <c>marsad process</c>): <paramref name="analyzed"/> rebuilt from what was stored, <paramref name="dedup"/> what
    /// dedup recorded. Spans then point into the stored clean text.</summary>
    public CollectionAnalysis Analyze(IReadOnlyList<AnalyzedDocument> analyzed, DedupSnapshot dedup)
    {
        // Both ends of every relation, in the order recorded (what DedupSnapshot.LinksOf gives, without a scan per document).
        var links = analyzed.Select(d => d.Source.Id).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, _ => new List<DuplicateLink>(), StringComparer.Ordinal);
        foreach (var r in dedup.Relations)
        {
            if (links.TryGetValue(r.Document, out var mine)) mine.Add(new DuplicateLink(r.Other, r.Kind, r.Similarity));
            if (links.TryGetValue(r.Other, out var theirs)) theirs.Add(new DuplicateLink(r.Document, r.Kind, r.Similarity));
        }
        return Relate(analyzed, [], links.ToDictionary(p => p.Key, p => (IReadOnlyList<DuplicateLink>)p.Value, StringComparer.Ordinal),
            dedup.Families(), dedup.Passages, dedup.SyndicationGroups());
    }

    /// <summary>Annotations, entities with the facts that need them, and stories, over documents already compared.</summary>
    private CollectionAnalysis Relate(
        IReadOnlyList<AnalyzedDocument> analyzed, IReadOnlyList<InputError> errors, IReadOnlyDictionary<string, IReadOnlyList<DuplicateLink>> links,
        IReadOnlyList<DuplicateFamily> families, IReadOnlyList<SharedPassage> passages, IReadOnlyList<SyndicationGroup> groups)
    {
        var annotations = new Dictionary<string, DocumentAnnotations>(StringComparer.Ordinal);
        using (Timings?.Time("times, numbers"))
        {
            var annotated = PerDocument(analyzed, DocumentAnnotator.Annotate);
            for (int i = 0; i < analyzed.Count; i++) annotations.TryAdd(analyzed[i].Source.Id, annotated[i]);
        }
        var collection = new CollectionAnalysis(analyzed, annotations, errors, links, families, passages, groups);
        EntityStageResult? entities = null;
        if (Entities is not null) collection = WithEntityFacts(collection, entities = Entities.RunWithDocuments(analyzed, Timings, workers: Parallel ? Workers : 1));
        if (Stories is null) return collection;
        // Stories come last: they count syndicated copies and duplicates once, so they need the families and groups.
        // Their keys are the entity stage's collection entities when it ran, else a tagging of their own.
        List<StoryDocument> storyDocuments;
        using (Timings?.Time("story inputs"))
            storyDocuments = entities is not null
                ? StoryInputs.FromCollection(collection, entities)
                : StoryInputs.FromCollection(collection, NamedEntityRecognizer.Default);
        StoryAnalysis stories;
        using (Timings?.Time("stories"))
            stories = StoryBuilder.Analyze(storyDocuments, StoryInputs.IndependentRoots(collection), Stories);
        using (Timings?.Time("story keys"))
            return collection with { Stories = stories with { Keys = StoryKeys.Of(stories.Stories, storyDocuments, Stories) } };
    }
}

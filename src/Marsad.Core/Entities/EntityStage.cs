using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Pipeline;
using Marsad.Text.Tokens;

namespace Marsad.Entities;

/// <summary>
/// The entity stage over a collection: tag each document (NER), resolve its mentions into entities (aliases, actors,
/// roles), merge them across documents, and place the places. Geocoding comes after the merge so that a place is
/// resolved once, in the document that says most about it, with that document's other places as context.
/// </summary>
public sealed class EntityStage(IEntityRecognizer recognizer, EntityResolver resolver, Geocoder geocoder, GazetteerPlaceSpotter? spotter = null)
{
    private readonly GazetteerPlaceSpotter spotter = spotter ?? GazetteerPlaceSpotter.Default;

    public EntityStage() : this(NamedEntityRecognizer.Default, EntityResolver.Default, Geocoder.Default) { }

    /// <summary>The tagger this stage runs; a later stage that needs the same mentions can take them from the result.</summary>
    public IEntityRecognizer Recognizer => recognizer;

    public IReadOnlyList<Entity> Run(IReadOnlyList<AnalyzedDocument> documents) => RunWithDocuments(documents).Entities;

    /// <summary>The collection's entities, and each document's own entities with a map from their ids to the
    /// collection's, for the stages that work inside one document (quotes, events).</summary>
    /// <param name="geocode">False to leave places without coordinates, for a caller that needs only who and where by
    /// name (the place stage's story keys).</param>
    /// <param name="workers">Threads tagging and resolving documents (each document alone); the merge takes them in
    /// document order, so the result does not depend on the number. Stage timings are kept only with one.</param>
    public EntityStageResult RunWithDocuments(IReadOnlyList<AnalyzedDocument> documents, StageTimings? timings = null, bool geocode = true, int workers = 1)
    {
        var registry = new EntityRegistry(resolver.Actors);
        var perDocument = new Dictionary<string, DocumentEntities>(StringComparer.Ordinal);
        var confidences = new Dictionary<string, IReadOnlyList<EntityMention>>(StringComparer.Ordinal);
        if (workers > 1 && timings is null)
        {
            var resolved = new (DocumentEntities Entities, IReadOnlyList<EntityMention> Mentions)[documents.Count];
            Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = workers },
                () => new List<Token>(), (i, _, tokens) => { resolved[i] = Resolve(documents[i], tokens, null); return tokens; }, _ => { });
            for (int i = 0; i < documents.Count; i++)
            {
                perDocument.TryAdd(documents[i].Source.Id, resolved[i].Entities);
                confidences.TryAdd(documents[i].Source.Id, resolved[i].Mentions);
                registry.Add(resolved[i].Entities);
            }
        }
        else
        {
            var tokens = new List<Token>();
            foreach (var d in documents)
            {
                var (resolved, mentions) = Resolve(d, tokens, timings);
                perDocument.TryAdd(d.Source.Id, resolved);
                confidences.TryAdd(d.Source.Id, mentions);
                using (timings?.Time("merge"))
                    registry.Add(resolved);
            }
        }
        IReadOnlyList<Entity> merged;
        using (timings?.Time("merge"))
            merged = registry.Entities;
        using (timings?.Time("geocoding"))
            return new EntityStageResult(geocode ? Geocode(merged) : merged, perDocument, registry.IdOf) { TaggedMentions = confidences };
    }

    /// <summary>One document's mentions (NER, place spotting, with their confidence) resolved into its own entities.</summary>
    private (DocumentEntities Entities, IReadOnlyList<EntityMention> Mentions) Resolve(AnalyzedDocument d, List<Token> tokens, StageTimings? timings)
    {
        tokens.Clear();
        ArabicTokenizer.Tokenize(d.Text, tokens);
        var mentions = Mentions(d.Text, tokens, timings);
        using (timings?.Time("resolution"))
            return (resolver.ResolveDocument(d.Source.Id, d.Text, tokens, mentions), mentions);
    }

    /// <summary>
    /// The mentions of one tokenised text as this stage resolves them: the tagger's, less the adjectives it read as
    /// places, plus the gazetteer places it missed. A caller that resolves one document alone (the events command)
    /// takes them from here, so it sees the same places as the pipeline.
    /// </summary>
    public IReadOnlyList<EntityMention> Mentions(string text, IReadOnlyList<Token> tokens, StageTimings? timings = null)
    {
        IReadOnlyList<EntityMention> mentions;
        using (timings?.Time("ner"))
        {
            var spans = new List<(int Start, int Length)>(tokens.Count);
            foreach (var t in tokens) spans.Add((t.Start, t.Length));
            mentions = recognizer.Recognize(text, spans);
            mentions = PlaceHeadAdjectives.Drop(text, tokens, mentions);
        }
        using (timings?.Time("place spotting"))
            return spotter.Spot(text, tokens, mentions);
    }

    /// <summary>Documents tried in turn to place one place entity; beyond, a name no document could place stays unplaced.</summary>
    private const int MaxDocumentsPerPlace = 5;

    private IReadOnlyList<Entity> Geocode(IReadOnlyList<Entity> entities)
    {
        // Every document's place names, so that each is geocoded in the context of its neighbours.
        var placesByDocument = entities.Where(e => e.Type == EntityType.Location)
            .SelectMany(e => e.Mentions)
            .GroupBy(m => m.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var matchesByDocument = new Dictionary<string, IReadOnlyList<GeoMatch>>(StringComparer.Ordinal);

        var result = new List<Entity>(entities.Count);
        foreach (var entity in entities)
        {
            if (entity.Type != EntityType.Location || entity.Mentions.Count == 0)
            {
                result.Add(entity);
                continue;
            }
            // The document that names the place most often by its canonical name first (an alias with a clitic or a head on
            // it reads worse: وسيناء، جمهورية المالديف), then the one that says most about it; when it cannot place it (a dictionary word it gives
            // nothing to corroborate, as بيشة alone in a short report), the next documents that name it.
            GeoMatch? match = null;
            foreach (var document in entity.Mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal)
                         .OrderByDescending(g => g.Count(m => m.Text == entity.Name)).ThenByDescending(g => g.Count())
                         .ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxDocumentsPerPlace))
            {
                if (!matchesByDocument.TryGetValue(document.Key, out var matches))
                    matchesByDocument[document.Key] = matches = geocoder.GeocodeDocument(placesByDocument[document.Key]);
                var names = document.Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
                match = matches.Where(m => names.Contains(m.Mention)).OrderByDescending(m => m.Score).FirstOrDefault();
                if (match is not null) break;
            }
            result.Add(match is null ? entity : entity with { Geo = match });
        }
        return result;
    }
}

/// <summary>What the entity stage found: the merged entities, each document's own, and the id map between them.</summary>
/// <param name="CollectionIdOf">(document id, document entity id) → the collection entity id, or null.</param>
public sealed record EntityStageResult(
    IReadOnlyList<Entity> Entities,
    IReadOnlyDictionary<string, DocumentEntities> Documents,
    Func<string, string, string?> CollectionIdOf)
{
    /// <summary>Each document's mentions as the tagger and the place spotter gave them, with their confidence.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EntityMention>> TaggedMentions { get; init; } =
        new Dictionary<string, IReadOnlyList<EntityMention>>();

    /// <summary>
    /// The confidence of the tagged mention at [start, end) of a document, or of the tagged mention that overlaps it
    /// most (resolution may trim a preposition or a title off a span); null when no tagged mention overlaps it.
    /// </summary>
    public static double? ConfidenceOf(IReadOnlyDictionary<string, IReadOnlyList<EntityMention>> tagged, string document, int start, int end)
    {
        if (!tagged.TryGetValue(document, out var mentions)) return null;
        EntityMention? best = null;
        int bestOverlap = 0;
        foreach (var m in mentions)
        {
            int overlap = Math.Min(end, m.End) - Math.Max(start, m.Start);
            if (overlap > bestOverlap) (best, bestOverlap) = (m, overlap);
        }
        return best?.Confidence;
    }
}

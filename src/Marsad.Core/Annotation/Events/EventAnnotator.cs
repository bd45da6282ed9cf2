using Marsad.Annotation.Quotes;
using Marsad.Entities;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Pipeline;
using Marsad.Text.Tokens;

namespace Marsad.Annotation.Events;

/// <summary>What one document says happened and who said what: its entities, quotes and conflict events.</summary>
public sealed record DocumentEvents(string DocumentId, IReadOnlyList<Entity> Entities, IReadOnlyList<Quote> Quotes, IReadOnlyList<ConflictEvent> Events);

/// <summary>
/// Runs the stages events need over an analysed document, in their order: tokens → named entities and spotted places
/// (as the entity stage finds them) → resolved entities → quotes (speakers are entities) → events (actors and places are entities; dates and numbers come from the
/// document's annotations). For callers that do not have the entities yet; with them, call the extractors directly.
/// </summary>
public static class EventAnnotator
{
    private static readonly Lazy<EntityStage> DefaultStage = new(() => new EntityStage());

    public static DocumentEvents Annotate(AnalyzedDocument document, DocumentAnnotations annotations, IEntityRecognizer? recognizer = null)
    {
        var text = document.Text;
        var tokens = new List<Token>(document.TokenCount);
        ArabicTokenizer.Tokenize(text, tokens);
        // The entity stage's mentions, not the tagger's alone: its gazetteer spotter adds the places the tagger missed.
        var stage = recognizer is null ? DefaultStage.Value : new EntityStage(recognizer, EntityResolver.Default, Geocoder.Default);
        var mentions = stage.Mentions(text, tokens);
        var entities = EntityResolver.Default.ResolveDocument(document.Source.Id, text, tokens, mentions).Entities;
        var quotes = QuoteExtractor.Extract(document.Source.Id, text, tokens, document.Sentences, entities);
        var events = EventExtractor.Extract(document.Source.Id, text, tokens, document.Sentences, entities,
            annotations.Times, annotations.Numbers, annotations.EventDate);
        return new DocumentEvents(document.Source.Id, entities, quotes, events);
    }
}

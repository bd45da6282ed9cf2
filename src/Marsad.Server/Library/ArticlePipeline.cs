using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Server.Library;

/// <summary>What ingesting one article through the API did.</summary>
/// <param name="Analysed">The text core cleaned it and it is searchable.</param>
/// <param name="Reason">Why it was not analysed (no Arabic text, nothing left after cleaning).</param>
public sealed record PipelineOutcome(long DocumentId, StoreStatus Status, bool Analysed, string? Reason);

/// <summary>One article end to end: store → text core (clean text, removed pieces and sentences stored as the
/// <see cref="TextCoreStage"/> result) → index. Later stages (dedup, entities, stories) plug in after the text core.</summary>
public sealed class ArticlePipeline(
    SqliteDocumentStore store, SearchIndex index, Lock gate, ILanguageIdentifier languages, DocumentAnalyzer analyzer, IDocumentFactsSource facts)
{
    public const string TextCoreStage = "text-core";
    public const int TextCoreStageVersion = 1;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public PipelineOutcome Run(IngestedArticle article)
    {
        // Language identification is the slow part and needs no lock.
        var language = languages.Identify(article.Text);
        lock (gate)
        {
            StoreOutcome outcome;
            using (var writer = store.BeginWrite())
            {
                outcome = writer.Put(article, language);
                writer.Commit();
            }
            var id = outcome.DocumentId;
            if (outcome.Status is StoreStatus.Unchanged or StoreStatus.NewLocation && store.GetDocument(id)?.CleanText is not null)
            {
                SearchIndexer.IndexDocument(store, index, id, facts);
                return new PipelineOutcome(id, outcome.Status, true, null);
            }
            var source = article.ToSourceDocument() with { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var (analysed, failure) = analyzer.Analyze(source);
            if (analysed is null)
            {
                store.PutStageResult(new StageResult(id, TextCoreStage, TextCoreStageVersion, JsonSerializer.Serialize(new { skipped = failure!.Reason }, Json)));
                return new PipelineOutcome(id, outcome.Status, false, failure.Reason);
            }
            store.SetCleanText(id, analysed.Text);
            store.PutStageResult(new StageResult(id, TextCoreStage, TextCoreStageVersion, TextCorePayload(analysed)));
            SearchIndexer.IndexDocument(store, index, id, facts);
            return new PipelineOutcome(id, outcome.Status, true, null);
        }
    }

    /// <summary>The text core's stored result: what the document page shows besides the clean text.</summary>
    public static string TextCorePayload(AnalyzedDocument analysed) => JsonSerializer.Serialize(new
    {
        language = analysed.Language,
        title = analysed.Source.Title,
        tokens = analysed.TokenCount,
        sentences = analysed.Sentences.Select(s => new[] { s.Start, s.End }),
        removed = analysed.Clean.Removed.Select(r => new { kind = r.Kind.ToString(), reason = r.Reason, text = r.Text }),
    }, Json);
}

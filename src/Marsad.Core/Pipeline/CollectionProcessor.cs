using System.Diagnostics;
using Marsad.Export;
using Marsad.Report;
using Marsad.Stories;
using Marsad.Storage;

namespace Marsad.Pipeline;

/// <summary>The totals of one collection run.</summary>
/// <param name="Ran">False when the stored results were already those of the current input (nothing was written).</param>
public sealed record CollectionSummary(bool Ran, string RunId, int Documents, int Entities, int Stories, int Topics, int Events, int Quotes, TimeSpan Elapsed);

/// <summary>
/// The collection stage of <c>marsad process</c>: after every stored document has its text core and dedup results, the
/// stages that look at the whole collection — times and numbers, entities resolved across documents, quotes and
/// events with collection entity ids, stories and topics — run over the stored documents (their stored clean text and
/// dedup relations, so that spans point into what the store keeps and families are those <c>marsad dups</c> shows) and
/// replace the stored collection results in one transaction.
/// <para>Batch by design: entity resolution and story clustering see every document, in id
/// order, so the same documents give the same results whatever order they were processed in. A run whose input (the
/// processed documents and their links, see <see cref="IPipelineStore.ProcessedFingerprint"/>) has not changed
/// since the last run writes nothing.</para>
/// </summary>
public sealed class CollectionProcessor(IPipelineStore store, CollectionAnalyzer? analyzer = null)
{
    public const string Stage = "collection";
    /// <summary>Raise when the stage's output changes for the same input, so that stored results are recomputed.</summary>
    public const int StageVersion = 3;

    private readonly CollectionAnalyzer analyzer = analyzer ?? new CollectionAnalyzer();

    public CollectionSummary Run(bool force = false, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = store.ProcessedFingerprint();
        var last = store.LastCollectionRun();
        if (!force && last is not null && last.Fingerprint == fingerprint && last.StageVersion == StageVersion)
        {
            var current = store.ReadCollection();
            return Summary(false, current, last.Documents, clock.Elapsed);
        }

        var dedup = store.ReadDedup();
        var documents = new List<AnalyzedDocument>(dedup.Members.Count);
        foreach (var id in dedup.Members.Select(m => StoreKey.IdOf(m.Id)).Order())
        {
            cancel.ThrowIfCancellationRequested();
            if (StoredTextCore.Read(store, id) is { } document) documents.Add(document);
        }
        var analysis = analyzer.Analyze(documents, dedup);
        cancel.ThrowIfCancellationRequested();
        var sources = analysis.Documents.ToDictionary(d => d.Source.Id, d => StoryInputs.SourceName(d.Source), StringComparer.Ordinal);
        var rows = AcledExport.Rows(analysis.Events, analysis.Entities, id => sources.GetValueOrDefault(id, id));
        var collection = StoredCollection.FromReport(ReportBuilder.Build(analysis), Guid.NewGuid().ToString("N")[..12], DateTimeOffset.UtcNow, rows, analysis.Stories.Keys);
        // Refused when another run already stored the results of a newer state than the one read here.
        if (!store.ReplaceCollection(collection, StageVersion, fingerprint, documents.Count))
            return Summary(false, store.ReadCollection(), documents.Count, clock.Elapsed);
        return Summary(true, collection, documents.Count, clock.Elapsed);
    }

    private static CollectionSummary Summary(bool ran, StoredCollection c, int documents, TimeSpan elapsed) =>
        new(ran, c.RunId, documents, c.Entities.Count, c.Stories.Count, c.Topics.Count, c.Events.Count, c.Quotes.Count, elapsed);
}

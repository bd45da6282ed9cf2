using System.Diagnostics;
using Marsad.Language;
using Marsad.Storage;

namespace Marsad.Ingest;

/// <summary>Hears what an ingest run does, as it does it (progress bars, JSON logs).</summary>
public interface IIngestObserver
{
    void Started(int sources);
    void Stored(IngestedArticle article, string language, StoreOutcome outcome);
    void Failed(InputError error);
    /// <summary>Sources read so far (files and URLs; records of one file count as one source).</summary>
    void SourcesDone(int done);
}

/// <summary>The totals of one run; failures in the order they happened.</summary>
public sealed record IngestSummary(string RunId, int Stored, int NewVersions, int Unchanged, IReadOnlyList<InputError> Failures, TimeSpan Elapsed)
{
    /// <summary>Articles that added content to the store: new documents and new versions.</summary>
    public int Ingested => Stored + NewVersions;
}

/// <summary>Reads sources, labels each article's language and stores it, committing every <see cref="BatchSize"/>
/// items so that a killed run keeps all but its last batch and the next run resumes (stored content is a no-op).
/// Local files are read and identified in parallel, in order; the single writer keeps SQLite happy.</summary>
public sealed class Ingester(IDocumentStore store, ArticleReader reader, ILanguageIdentifier languages, IIngestObserver? observer = null)
{
    public int BatchSize { get; init; } = 256;

    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> sources, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var runId = Guid.NewGuid().ToString("N")[..12];
        var (files, urls, planErrors) = ArticleReader.Plan(sources);
        var tally = new Tally(store, runId, observer, BatchSize);
        observer?.Started(files.Count + urls.Count);
        try
        {
            foreach (var error in planErrors) tally.Fail(error);

            var pending = new List<FeedEntry>();
            var labelled = files
                .SelectMany((file, index) => reader.ReadFile(file).Select(item => (index, item)))
                .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
                .WithCancellation(cancel)
                .Select(pair => (pair.index, pair.item, language: pair.item.Article is { } a ? languages.Identify(a.Text) : null));
            int done = 0;
            foreach (var (index, item, language) in labelled)
            {
                if (index > done) observer?.SourcesDone(done = index);
                if (item.PendingFetch is { } entry) pending.Add(entry);
                else tally.Add(item, language);
            }
            observer?.SourcesDone(done = files.Count);

            foreach (var url in urls)
            {
                await foreach (var item in reader.ReadUrlAsync(url, cancel).ConfigureAwait(false))
                {
                    var resolved = item.PendingFetch is { } entry ? await reader.FetchEntryAsync(entry, cancel).ConfigureAwait(false) : item;
                    tally.Add(resolved, resolved.Article is { } a ? languages.Identify(a.Text) : null);
                }
                tally.Flush(); // a web source is slow: make its articles durable before the next
                observer?.SourcesDone(++done);
            }
            foreach (var entry in pending)
            {
                var item = await reader.FetchEntryAsync(entry, cancel).ConfigureAwait(false);
                tally.Add(item, item.Article is { } a ? languages.Identify(a.Text) : null);
            }
            tally.Flush();
        }
        finally
        {
            tally.Dispose();
        }
        return new IngestSummary(runId, tally.Stored, tally.NewVersions, tally.Unchanged, tally.Failures, clock.Elapsed);
    }

    private sealed class Tally(IDocumentStore store, string runId, IIngestObserver? observer, int batchSize) : IDisposable
    {
        private IStoreWriter? writer;
        private int inBatch;
        public int Stored, NewVersions, Unchanged;
        public readonly List<InputError> Failures = [];

        private IStoreWriter Writer => writer ??= store.BeginWrite();

        public void Add(IngestItem item, string? language)
        {
            if (item.Error is { } error) { Fail(error); return; }
            if (item.NotModified is not null) { Unchanged++; return; }
            if (item.Article is not { } article) return;
            var outcome = Writer.Put(article, language ?? "und");
            switch (outcome.Status)
            {
                case StoreStatus.Stored: Stored++; break;
                case StoreStatus.NewVersion: NewVersions++; break;
                default: Unchanged++; break;
            }
            observer?.Stored(article, language ?? "und", outcome);
            Count();
        }

        public void Fail(InputError error)
        {
            Failures.Add(error);
            Writer.Log(runId, error.Source, "error", error.Reason);
            observer?.Failed(error);
            Count();
        }

        private void Count()
        {
            if (++inBatch >= batchSize) Flush();
        }

        public void Flush()
        {
            writer?.Commit();
            writer?.Dispose();
            writer = null;
            inBatch = 0;
        }

        public void Dispose() => writer?.Dispose();
    }
}

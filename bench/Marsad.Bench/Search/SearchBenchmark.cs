using System.Diagnostics;
using System.Globalization;
using System.Net;
using Marsad.Bench.Common;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Search;
using Marsad.Server;
using Marsad.Server.Library;
using Marsad.Storage;

using static Marsad.Bench.Common.BenchArgs;

namespace Marsad.Bench.Search;

/// <summary>
/// <c>search [--docs N] [--queries N] [--concurrency N] [--db FILE] [--url URL]</c>: search latency (median, p99) and
/// QPS through the HTTP API. Builds (once, then reuses) a store of N generated articles made of ANERcorp sentences
/// and its index, then sends GET /api/search requests from concurrent clients on loopback: to a running
/// <c>marsad serve --db FILE</c> when --url is given, else to the same server hosted in this process.
/// </summary>
public static class SearchBenchmark
{
    public static int Run(string[] args)
    {
        int docs = IntOption(args, "--docs", 100_000), queries = IntOption(args, "--queries", 3000), concurrency = IntOption(args, "--concurrency", 4);
        var database = Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"marsad-search-bench-{docs}.db");
        var url = Option(args, "--url");
        var sentences = BenchCorpus.AnercorpSentences();
        if (sentences.Count == 0)
        {
            Console.Error.WriteLine($"search: ANERcorp not found at {BenchCorpus.AnercorpPath()}");
            return 1;
        }
        Prepare(database, docs, sentences);
        if (url is not null) return Load(new Uri(url), Queries(sentences, queries), concurrency);

        var options = new ServerOptions(database, "http://127.0.0.1:0");
        var app = MarsadServer.Build(options, new DocumentLibrary(options, new ScriptLanguageIdentifier()));
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            return Load(new Uri(MarsadServer.Addresses(app)[0]), Queries(sentences, queries), concurrency);
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>N articles of 6–14 sentences each (seeded), ten sources, one a minute; stored cleaned and indexed.</summary>
    private static void Prepare(string database, int docs, IReadOnlyList<string> sentences)
    {
        using (var probe = new SqliteDocumentStore(database))
            if (probe.CountDocuments() >= docs && Directory.Exists(SearchIndex.PathFor(database)))
            {
                Console.WriteLine($"search: reusing {database} ({probe.CountDocuments()} documents)");
                return;
            }
        SqliteDocumentStore.DeleteFiles(database);
        var clock = Stopwatch.StartNew();
        var random = new Random(42);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var store = new SqliteDocumentStore(database))
        {
            var writer = store.BeginWrite();
            var texts = new List<(long Id, string Text)>();
            for (int i = 0; i < docs; i++)
            {
                int count = random.Next(6, 15);
                var body = string.Join(" ", Enumerable.Range(0, count).Select(_ => sentences[random.Next(sentences.Count)]));
                var first = sentences[random.Next(sentences.Count)].Split(' ');
                var title = string.Join(' ', first.Take(10));
                var article = new IngestedArticle($"bench://{i}", "json", body)
                {
                    Title = title,
                    SiteName = $"مصدر {i % 10 + 1}",
                    Published = start.AddMinutes(i),
                };
                texts.Add((writer.Put(article, "ar").DocumentId, body));
                if ((i + 1) % 5000 == 0)
                {
                    writer.Commit();
                    writer.Dispose();
                    writer = store.BeginWrite();
                }
            }
            writer.Commit();
            writer.Dispose();
            // The generated text is already clean: it stands for the text core's output.
            foreach (var (id, text) in texts) store.SetCleanText(id, text);
            Console.WriteLine($"search: stored {docs} articles in {clock.Elapsed.TotalSeconds:0.0} s");
            clock.Restart();
            var path = SearchIndex.PathFor(database);
            SearchIndex.Delete(path);
            using var index = SearchIndex.Open(path);
            int indexed = SearchIndexer.Rebuild(store, index);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: indexed {indexed} articles in {clock.Elapsed.TotalSeconds:0.0} s ({indexed / clock.Elapsed.TotalSeconds:0} docs/s)"));
        }
    }

    /// <summary>Queries as people type them (seeded): mostly one content word, some two words, some two-word phrases.</summary>
    private static List<string> Queries(IReadOnlyList<string> sentences, int count)
    {
        var random = new Random(7);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var words = sentences[random.Next(sentences.Count)].Split(' ').Where(w => w.Length >= 4 && w.All(char.IsLetter)).ToList();
            if (words.Count < 2) continue;
            int kind = random.Next(10), at = random.Next(words.Count - 1);
            queries.Add(kind < 7 ? words[at] : kind < 9 ? $"{words[at]} {words[random.Next(words.Count)]}" : $"\"{words[at]} {words[at + 1]}\"");
        }
        return queries;
    }

    private static int Load(Uri server, List<string> queries, int concurrency)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = server };
        // Warm-up: JIT, caches, connections.
        foreach (var q in queries.Take(300)) Send(client, q);
        var latencies = new double[queries.Count];
        int next = -1, failures = 0;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < queries.Count)
            {
                long t0 = Stopwatch.GetTimestamp();
                if (!Send(client, queries[i])) Interlocked.Increment(ref failures);
                latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
        })).ToArray();
        Task.WaitAll(workers);
        wall.Stop();
        Array.Sort(latencies);
        double median = latencies[latencies.Length / 2], p99 = latencies[(int)(latencies.Length * 0.99)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search: {queries.Count} queries, {concurrency} clients on {server}: median {median:0.00} ms, p99 {p99:0.00} ms, {queries.Count / wall.Elapsed.TotalSeconds:0} QPS, {failures} failed"));
        Console.WriteLine($"search: targets median ≤ 5 ms, p99 ≤ 50 ms: {(median <= 5 && p99 <= 50 ? "met" : "NOT met")}");
        return failures == 0 ? 0 : 1;
    }

    private static bool Send(HttpClient client, string query)
    {
        using var response = client.GetAsync("/api/search?limit=10&q=" + Uri.EscapeDataString(query)).GetAwaiter().GetResult();
        response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return response.StatusCode == HttpStatusCode.OK;
    }
}

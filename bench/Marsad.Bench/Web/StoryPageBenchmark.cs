using System.Diagnostics;
using System.Globalization;
using System.Net;
using Marsad.Cli.Commands;
using Marsad.Language;
using Marsad.Server;
using Marsad.Server.Library;
using Marsad.Storage;

using static Marsad.Bench.Common.BenchArgs;

namespace Marsad.Bench.Web;

/// <summary>
/// <c>storypage [--db FILE | --articles N] [--requests N]</c>: server time of the story page (<c>GET /stories/{id}</c>), median and
/// p99, from the <c>Server-Timing</c> header the server sets (time inside the server, from the first middleware to
/// the first byte) and, beside it, the latency a client on loopback sees. The store is the one <c>marsad demo</c>
/// builds (rebuilt in the temp directory) unless --db names another with a collection run, or --articles N asks for a
/// store of N generated articles (see <see cref="Generate"/>). The first request after start is reported apart: it
/// reads the stored collection.
/// </summary>
public static class StoryPageBenchmark
{
    public static int Run(string[] args)
    {
        int requests = IntOption(args, "--requests", 2000), articles = IntOption(args, "--articles", 0);
        var database = Option(args, "--db");
        string? scratch = null;
        if (database is null && articles > 0)
        {
            scratch = Directory.CreateTempSubdirectory("marsad-storypage-bench-").FullName;
            database = Path.Combine(scratch, "generated.db");
            if (!Generate(database, articles)) return 1;
        }
        else if (database is null)
        {
            scratch = Directory.CreateTempSubdirectory("marsad-storypage-bench-").FullName;
            database = Path.Combine(scratch, "marsad-demo.db");
            var samples = DemoCommand.FindSamples();
            if (samples is null || DemoCommand.Execute(database, samples, TextWriter.Null, Console.Error) != 0)
            {
                Console.Error.WriteLine("storypage: could not build the demo store (run from the repository)");
                return 1;
            }
        }
        try
        {
            return Measure(database, requests);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (scratch is not null) Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>N articles of ANERcorp sentences in groups of about seven that share most of their sentences (seeded),
    /// as several outlets would report one development: ingested, processed (text core, dedup, collection stage) and
    /// indexed the way <c>marsad demo</c> does it.</summary>
    private static bool Generate(string database, int count)
    {
        var sentences = Common.BenchCorpus.AnercorpSentences();
        if (sentences.Count == 0)
        {
            Console.Error.WriteLine($"storypage: ANERcorp not found at {Common.BenchCorpus.AnercorpPath()}");
            return false;
        }
        var clock = Stopwatch.StartNew();
        var random = new Random(3);
        int groups = Math.Max(1, count / 7);
        using (var store = new SqliteDocumentStore(database))
        {
            using (var writer = store.BeginWrite())
            {
                for (int i = 0; i < count; i++)
                {
                    var group = new Random(i % groups);
                    var shared = Enumerable.Range(0, 8).Select(_ => sentences[group.Next(sentences.Count)]).ToList();
                    var text = shared.OrderBy(_ => random.Next()).Take(6).Concat(Enumerable.Range(0, 3).Select(_ => sentences[random.Next(sentences.Count)]));
                    writer.Put(new Marsad.Ingest.IngestedArticle($"bench://{i}", "text", string.Join("\n\n", text))
                    {
                        // No published dates: "ago" expressions in ANERcorp far enough back overflow the time
                        // tagger's date arithmetic when an article has one.
                        SiteName = $"مصدر {i % 12 + 1}",
                    }, "ar");
                }
                writer.Commit();
            }
            new Marsad.Pipeline.StoreProcessor(store, new Marsad.Pipeline.DocumentAnalyzer(new LinguaLanguageIdentifier())).Run();
            var run = new Marsad.Pipeline.CollectionProcessor(store).Run();
            Console.WriteLine($"storypage: generated {count} articles, {run.Stories} stories, {run.Events} events in {clock.Elapsed.TotalSeconds:0} s");
        }
        ReindexCommand.Rebuild(database);
        return true;
    }

    private static int Measure(string database, int requests)
    {
        var options = new ServerOptions(database, "http://127.0.0.1:0");
        var library = new DocumentLibrary(options, new ScriptLanguageIdentifier());
        var app = MarsadServer.Build(options, library);
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(MarsadServer.Addresses(app)[0]) };
            List<string> stories;
            string largest;
            int largestSize;
            using (var store = new SqliteDocumentStore(database))
            {
                var all = store.ReadCollection().Stories;
                stories = all.Select(s => s.Id).ToList();
                var biggest = all.MaxBy(s => s.Documents.Count);
                (largest, largestSize) = (biggest?.Id ?? "", biggest?.Documents.Count ?? 0);
            }
            if (stories.Count == 0)
            {
                Console.Error.WriteLine($"storypage: {database} has no stories (run marsad process on it first)");
                return 1;
            }
            var (firstServer, firstClient, _) = Get(client, stories[0]);
            // Warm-up: JIT and connections.
            for (int i = 0; i < 200; i++) Get(client, stories[i % stories.Count]);
            var server = new double[requests];
            var seen = new double[requests];
            long bytes = 0;
            int failures = 0;
            for (int i = 0; i < requests; i++)
            {
                var (s, c, size) = Get(client, stories[i % stories.Count]);
                if (size < 0) failures++;
                server[i] = s;
                seen[i] = c;
                bytes += Math.Max(0, size);
            }
            // The largest story alone: the page's cost grows with the story.
            var big = Enumerable.Range(0, Math.Max(20, requests / 20)).Select(_ => Get(client, largest).Server).Order().ToList();
            Array.Sort(server);
            Array.Sort(seen);
            double median = server[requests / 2], p99 = server[(int)(requests * 0.99)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"storypage: {stories.Count} stories, {requests} requests, {bytes / requests / 1024} KB a page: server median {median:0.00} ms, p99 {p99:0.00} ms; "
                + $"client median {seen[requests / 2]:0.00} ms, p99 {seen[(int)(requests * 0.99)]:0.00} ms; first request {firstServer:0.0} ms server ({firstClient:0.0} ms client); {failures} failed"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"storypage: the largest story ({largest}, {largestSize} articles), {big.Count} requests: server median {big[big.Count / 2]:0.00} ms, p99 {big[(int)(big.Count * 0.99)]:0.00} ms"));
            Console.WriteLine($"storypage: target ≤ 100 ms server time: {(p99 <= 100 ? "met" : "NOT met")} (at p99)");
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Server time (from Server-Timing), client time, and the page's size (−1 when it failed).</summary>
    private static (double Server, double Client, long Size) Get(HttpClient client, string story)
    {
        long t0 = Stopwatch.GetTimestamp();
        using var response = client.GetAsync("/stories/" + Uri.EscapeDataString(story)).GetAwaiter().GetResult();
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        double seen = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        double server = response.Headers.TryGetValues("Server-Timing", out var values) && values.First() is { } timing
            && double.TryParse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
        return (server, seen, response.StatusCode == HttpStatusCode.OK ? body.Length : -1);
    }
}

using System.Globalization;
using System.Net;
using Marsad.Language;
using Marsad.Search;
using Marsad.Server;
using Marsad.Server.Library;
using Marsad.Storage;

using static Marsad.Bench.Common.BenchArgs;

namespace Marsad.Bench.Web;

/// <summary>
/// <c>pages --db FILE [--requests N] [--query WORD]</c>: every kind of web page of a processed store (front page, documents,
/// one document, search with its facets, stories, the largest story, entities, the most mentioned person and place,
/// a topic, events, map): its HTML size and its server time (median and p99 of N requests, from the
/// <c>Server-Timing</c> header), each checked against the page budget (≤ 200 KB, ≤ 300 ms). The first request of
/// each page is left out: it reads the collection and the document cards once.
/// </summary>
public static class PagesBenchmark
{
    public const int MaxBytes = 200 * 1024;
    public const double MaxMilliseconds = 300;

    public static int Run(string[] args)
    {
        var database = Option(args, "--db");
        int requests = IntOption(args, "--requests", 20);
        var query = Option(args, "--query") ?? "الرياض";
        if (database is null || !File.Exists(database))
        {
            Console.Error.WriteLine("pages: --db FILE (a store processed by marsad process and indexed) is required");
            return 2;
        }
        var options = new ServerOptions(database, "http://127.0.0.1:0");
        var app = MarsadServer.Build(options, new DocumentLibrary(options, new ScriptLanguageIdentifier()));
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(MarsadServer.Addresses(app)[0]), Timeout = TimeSpan.FromMinutes(5) };
            int over = 0;
            foreach (var path in Pages(database, query))
            {
                Get(client, path);
                var runs = Enumerable.Range(0, requests).Select(_ => Get(client, path)).ToList();
                var times = runs.Select(r => r.Server).Order().ToList();
                long size = runs.Max(r => r.Size);
                double median = times[times.Count / 2], p99 = times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))];
                bool met = size is >= 0 and <= MaxBytes && p99 <= MaxMilliseconds;
                if (!met) over++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pages: {path,-60} {size / 1024.0,8:0.0} KB  server median {median,7:0.0} ms  p99 {p99,7:0.0} ms  {(met ? "ok" : "OVER BUDGET")}"));
            }
            Console.WriteLine($"pages: budget ≤ {MaxBytes / 1024} KB and ≤ {MaxMilliseconds} ms (p99): {(over == 0 ? "met by every page" : $"NOT met by {over} pages")}");
            return over == 0 ? 0 : 1;
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>One address of every kind of page, the largest of each kind where there is a choice.</summary>
    private static List<string> Pages(string database, string query)
    {
        using var store = new SqliteDocumentStore(database);
        var collection = store.ReadCollection();
        var q = Uri.EscapeDataString(query);
        var pages = new List<string> { "/", "/?days=7", "/documents", "/search", "/search?q=" + q, "/search/facets/entity?q=" + q, "/stories", "/stories?sort=largest",
            "/entities", "/events", "/map", "/reference" };
        if (store.ReadDocuments().FirstOrDefault() is { } document) pages.Add("/documents/" + document.Id.ToString(CultureInfo.InvariantCulture));
        if (collection.Stories.MaxBy(s => s.Documents.Count) is { } story) pages.Add("/stories/" + Uri.EscapeDataString(story.Id));
        foreach (var type in new[] { "PER", "ORG", "LOC" })
            if (collection.Entities.Where(e => e.Type == type).MaxBy(e => e.Mentions.Count) is { } entity)
            {
                pages.Add("/entities/" + string.Join('/', entity.Id.Split('/').Select(Uri.EscapeDataString)));
                pages.Add("/search?" + (type == "LOC" ? "place=" : "entity=") + Uri.EscapeDataString(entity.Id));
            }
        if (collection.Topics.MaxBy(t => t.Stories.Count) is { } topic) pages.Add("/topics/" + Uri.EscapeDataString(topic.Id));
        return pages;
    }

    private static (double Server, long Size) Get(HttpClient client, string path)
    {
        using var response = client.GetAsync(path).GetAwaiter().GetResult();
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        double server = response.Headers.TryGetValues("Server-Timing", out var values) && values.First() is { } timing
            && double.TryParse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
        return (server, response.StatusCode == HttpStatusCode.OK ? body.Length : -1);
    }
}

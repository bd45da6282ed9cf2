using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Storage;

namespace Marsad.Tests.Ingest;

/// <summary>Whole runs: every kind of bad input gives exactly one error naming the source and the reason, in the
/// ingest log and the summary, and nothing else in the run or the store is affected.</summary>
public sealed class IngesterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-ingest-").FullName;
    private readonly LocalWebServer server = new();
    private readonly string goodFile;

    public IngesterTests()
    {
        goodFile = Path.Combine(directory, "good.txt");
        File.WriteAllText(goodFile, ArabicPages.ArticleText);
    }

    public void Dispose()
    {
        server.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    // Generous: a loaded CI machine can take seconds to answer a loopback request. Only the silent-server test waits out a timeout.
    private static IngestOptions Options => new()
    {
        Fetch = new FetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(15), Retries = 0, PerHostDelay = TimeSpan.Zero },
    };

    private static IngestOptions ShortTimeoutOptions => Options with { Fetch = Options.Fetch with { Timeout = TimeSpan.FromMilliseconds(500) } };

    private (IngestSummary Summary, SqliteDocumentStore Store) Run(IngestOptions options, params string[] sources)
    {
        var store = new SqliteDocumentStore(Path.Combine(directory, "store.db"));
        using var fetcher = new WebFetcher(options.Fetch);
        var ingester = new Ingester(store, new ArticleReader(options, fetcher, store), new LinguaLanguageIdentifier());
        return (ingester.RunAsync(sources).GetAwaiter().GetResult(), store);
    }

    /// <summary>The bad source failed once with the reason, and the good file beside it was stored.</summary>
    private void AssertOneFailure(string badSource, string reasonPart, params string[] extraSources) =>
        AssertOneFailure(Options, badSource, reasonPart, extraSources);

    private void AssertOneFailure(IngestOptions options, string badSource, string reasonPart, params string[] extraSources)
    {
        var (summary, store) = Run(options, [goodFile, badSource, .. extraSources]);
        using (store)
        {
            var failure = Assert.Single(summary.Failures);
            Assert.Equal(badSource, failure.Source);
            Assert.Contains(reasonPart, failure.Reason);
            var logged = Assert.Single(store.ReadLog(summary.RunId));
            Assert.Equal((badSource, failure.Reason), (logged.Source, logged.Message));
            Assert.Equal(ArabicPages.ArticleText, store.ReadDocuments().First().Text);
            Assert.Equal(1 + extraSources.Length, summary.Stored);
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Every_format_in_a_directory_is_stored_once_and_rerunning_changes_nothing()
    {
        Write("page.html", ArabicPages.NewsPage());
        Write("items.jsonl", "{\"text\":\"نص الخبر الأول\"}\n{\"text\":\"نص الخبر الثاني\"}");
        Write("items.csv", "title,body\nعنوان,نص الخبر الثالث\n");
        Write("feed.rss", $"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title><item><title>خبر</title><link>https://news.example/9</link><content:encoded>&lt;p&gt;نص الخبر الرابع&lt;/p&gt;</content:encoded></item></channel></rss>");
        var (first, store1) = Run(Options, directory);
        store1.Dispose();
        Assert.Equal((6, 0, 0), (first.Stored, first.Unchanged, first.Failures.Count));
        var (second, store2) = Run(Options, directory);
        using (store2)
        {
            Assert.Equal((0, 6), (second.Ingested, second.Unchanged));
            Assert.Equal(6, store2.CountDocuments());
        }
    }

    [Fact]
    public void Non_arabic_articles_are_kept_and_labelled()
    {
        var english = Write("english.txt", "The ministry of agriculture announced a new plan to support small farmers in the southern provinces.");
        var (summary, store) = Run(Options, goodFile, english);
        using (store)
        {
            Assert.Equal(2, summary.Stored);
            Assert.Equal(["ar", "en"], store.ReadDocuments().Select(d => d.Language));
        }
    }

    [Fact]
    public void Legacy_charset_files_store_the_same_text_as_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var legacy = Path.Combine(directory, "legacy.txt");
        File.WriteAllBytes(legacy, Encoding.GetEncoding("windows-1256").GetBytes(ArabicPages.ArticleText));
        var (summary, store) = Run(Options, goodFile, legacy);
        using (store)
        {
            Assert.Equal((1, 1), (summary.Stored, summary.Unchanged));
            Assert.Equal([goodFile, legacy], store.GetLocations(1));
        }
    }

    [Fact]
    public void Truncated_html_with_too_little_text_is_one_error() =>
        AssertOneFailure(Write("cut.html", "<html lang=\"ar\"><body><article><p>أعلنت الوزارة"), "no main article text found");

    [Fact]
    public void A_file_of_200_mb_is_one_error()
    {
        var huge = Path.Combine(directory, "huge.txt");
        using (var stream = File.Create(huge)) stream.SetLength(200L * 1024 * 1024); // sparse: nothing is written
        AssertOneFailure(huge, "over the 50 MB limit");
    }

    [Fact]
    public void A_feed_that_is_not_xml_is_one_error() =>
        AssertOneFailure(Write("broken.rss", "<rss><channel><item>خبر بلا إغلاق"), "not an RSS/Atom feed");

    [Fact]
    public void Json_with_a_missing_text_field_is_one_error_and_the_other_records_are_stored()
    {
        var jsonl = Write("records.jsonl", "{\"title\":\"بلا نص\"}\n{\"text\":\"نص الخبر في السطر الثاني\"}");
        var (summary, store) = Run(Options, goodFile, jsonl);
        using (store)
        {
            var failure = Assert.Single(summary.Failures);
            Assert.Equal(jsonl + "#1", failure.Source);
            Assert.Contains("no text field", failure.Reason);
            Assert.Equal(2, summary.Stored);
            Assert.Single(store.ReadLog(summary.RunId));
        }
    }

    [Fact]
    public void A_url_that_answers_404_is_one_error() => AssertOneFailure(server.Url("gone"), "HTTP 404");

    [Fact]
    public void A_url_that_never_answers_is_one_error()
    {
        var silent = new TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            AssertOneFailure(ShortTimeoutOptions, $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}/slow", "no answer within 0.5 s");
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public void A_zip_bomb_served_as_gzip_is_one_error()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest)) gzip.Write(new byte[64 * 1024 * 1024]);
        var bomb = packed.ToArray();
        server.Map("bomb", c =>
        {
            c.Response.AddHeader("Content-Encoding", "gzip");
            LocalWebServer.Send(c, bomb, "text/html; charset=utf-8");
        });
        AssertOneFailure(server.Url("bomb"), "decompression bomb");
    }

    [Fact]
    public void An_html_page_without_arabic_main_content_is_one_error() =>
        AssertOneFailure(Write("section.html", ArabicPages.IndexPage), "menus, lists or teasers only");

    [Fact]
    public void An_article_url_is_fetched_and_extracted()
    {
        server.MapBytes("economy/farmers", Encoding.UTF8.GetBytes(ArabicPages.NewsPage()), "text/html; charset=utf-8");
        var (summary, store) = Run(Options, server.Url("economy/farmers"));
        using (store)
        {
            Assert.Equal(1, summary.Stored);
            var document = store.ReadDocuments().Single();
            Assert.Contains(ArabicPages.Paragraph2, document.Text);
            Assert.Equal("html", document.Format);
            Assert.Equal([server.Url("economy/farmers")], store.GetLocations(document.Id));
        }
    }

    [Fact]
    public void A_feed_url_fetches_pages_of_items_without_content_and_is_not_refetched_when_unchanged()
    {
        server.MapBytes("a/1", Encoding.UTF8.GetBytes(ArabicPages.NewsPage()), "text/html; charset=utf-8");
        var feed = $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>الوطن</title><item><title>خبر</title><link>{server.Url("a/1")}</link><pubDate>Sun, 10 Mar 2024 09:15 GMT</pubDate></item></channel></rss>";
        server.Map("rss", c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"f1\"") { c.Response.StatusCode = 304; c.Response.Close(); return; }
            c.Response.AddHeader("ETag", "\"f1\"");
            LocalWebServer.Send(c, Encoding.UTF8.GetBytes(feed), "application/rss+xml");
        });
        var (first, store1) = Run(Options, server.Url("rss"));
        using (store1)
        {
            Assert.Equal(1, first.Stored);
            Assert.Contains(ArabicPages.Paragraph1, store1.ReadDocuments().Single().Text);
            Assert.Equal("\"f1\"", store1.GetValidators(server.Url("rss"))!.ETag);
        }
        int before = server.Requests;
        var (second, store2) = Run(Options, server.Url("rss"));
        store2.Dispose();
        Assert.Equal((0, 1, 1), (second.Ingested, second.Unchanged, server.Requests - before));
    }
}

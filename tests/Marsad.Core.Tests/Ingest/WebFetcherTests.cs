using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public sealed class WebFetcherTests : IDisposable
{
    private readonly LocalWebServer server = new();

    private static FetchOptions Local => new()
    {
        AllowPrivate = true, Timeout = TimeSpan.FromSeconds(5), Retries = 2, RetryDelay = TimeSpan.FromMilliseconds(10), PerHostDelay = TimeSpan.Zero,
    };

    public void Dispose() => server.Dispose();

    private static FetchResult Fetch(FetchOptions options, string url, Validators? validators = null)
    {
        using var fetcher = new WebFetcher(options);
        return fetcher.FetchAsync(new Uri(url), validators).GetAwaiter().GetResult();
    }

    [Fact]
    public void Loopback_addresses_are_refused_unless_allowed()
    {
        server.MapBytes("a", Encoding.UTF8.GetBytes("نص"), "text/plain");
        var refused = Fetch(Local with { AllowPrivate = false }, server.Url("a"));
        Assert.Contains("--allow-private", refused.Error);
        Assert.Equal(0, server.Requests);
        Assert.Null(Fetch(Local, server.Url("a")).Error);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    public void Private_and_link_local_addresses_are_private(string address) =>
        Assert.True(AddressPolicy.IsPrivate(System.Net.IPAddress.Parse(address)));

    [Fact]
    public void Public_addresses_are_not_private() => Assert.False(AddressPolicy.IsPrivate(System.Net.IPAddress.Parse("8.8.8.8")));

    [Fact]
    public void The_user_agent_names_marsad()
    {
        string? agent = null;
        server.Map("ua", c => { agent = c.Request.UserAgent; LocalWebServer.Send(c, [1], "text/plain"); });
        Fetch(Local, server.Url("ua"));
        Assert.StartsWith("marsad/", agent);
    }

    [Fact]
    public void Server_errors_are_retried_with_back_off_until_one_succeeds()
    {
        int calls = 0;
        server.Map("flaky", c =>
        {
            if (Interlocked.Increment(ref calls) < 3) LocalWebServer.Send(c, [], "text/plain", 503);
            else LocalWebServer.Send(c, Encoding.UTF8.GetBytes("نص"), "text/plain; charset=utf-8");
        });
        var result = Fetch(Local, server.Url("flaky"));
        Assert.Null(result.Error);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Not_found_is_an_error_without_retries()
    {
        var result = Fetch(Local, server.Url("missing"));
        Assert.Equal("HTTP 404 Not Found", result.Error);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void A_server_that_never_answers_times_out()
    {
        var silent = new TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
            var result = Fetch(Local with { Timeout = TimeSpan.FromMilliseconds(300), Retries = 1 }, $"http://127.0.0.1:{port}/a");
            Assert.Equal("no answer within 0.3 s (tried 2 times)", result.Error);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public void Redirects_are_followed_up_to_the_limit()
    {
        server.Map("r0", c => { c.Response.Redirect(server.Url("r1")); c.Response.Close(); });
        server.Map("r1", c => { c.Response.Redirect(server.Url("end")); c.Response.Close(); });
        server.MapBytes("end", [65], "text/plain");
        Assert.Equal(server.Url("end"), Fetch(Local, server.Url("r0")).Url.AbsoluteUri);
        Assert.Equal("more than 1 redirects", Fetch(Local with { MaxRedirects = 1 }, server.Url("r0")).Error);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
        return output.ToArray();
    }

    private void MapGzip(string path, byte[] gzipped) => server.Map(path, c =>
    {
        c.Response.AddHeader("Content-Encoding", "gzip");
        LocalWebServer.Send(c, gzipped, "text/html; charset=utf-8");
    });

    [Fact]
    public void Gzip_bodies_are_decompressed()
    {
        MapGzip("z", Gzip(Encoding.UTF8.GetBytes("<p>نص مضغوط</p>")));
        Assert.Equal("<p>نص مضغوط</p>", Encoding.UTF8.GetString(Fetch(Local, server.Url("z")).Body!));
    }

    [Fact]
    public void A_gzip_bomb_is_stopped_at_the_decompressed_size_limit()
    {
        MapGzip("bomb", Gzip(new byte[8 * 1024 * 1024]));
        var result = Fetch(Local with { MaxDecompressedBytes = 1024 * 1024 }, server.Url("bomb"));
        Assert.Contains("expands past the 1 MB limit", result.Error);
    }

    [Fact]
    public void A_body_over_the_size_cap_is_refused()
    {
        server.MapBytes("big", new byte[300 * 1024], "text/plain");
        Assert.Contains("over the 100 KB limit", Fetch(Local with { MaxBytes = 100 * 1024 }, server.Url("big")).Error);
    }

    [Fact]
    public void Validators_make_a_conditional_get()
    {
        server.Map("feed", c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"v1\"") { c.Response.StatusCode = 304; c.Response.Close(); return; }
            c.Response.AddHeader("ETag", "\"v1\"");
            LocalWebServer.Send(c, Encoding.UTF8.GetBytes("<rss/>"), "application/rss+xml");
        });
        var first = Fetch(Local, server.Url("feed"));
        Assert.Equal("\"v1\"", first.Validators!.ETag);
        Assert.True(Fetch(Local, server.Url("feed"), first.Validators).NotModified);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_host_delay()
    {
        server.MapBytes("a", [65], "text/plain");
        using var fetcher = new WebFetcher(Local with { PerHostDelay = TimeSpan.FromMilliseconds(300) });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < 3; i++) await fetcher.FetchAsync(new Uri(server.Url("a")));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(580), $"three requests took {clock.ElapsedMilliseconds} ms");
    }
}

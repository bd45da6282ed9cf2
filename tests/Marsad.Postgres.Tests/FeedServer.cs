using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Marsad.Tests;

/// <summary>One request as the feed server saw it: when it arrived and when its answer was written.</summary>
public sealed record FeedRequest(string Path, DateTime Arrived, DateTime Answered, int Status, string? IfNoneMatch);

/// <summary>
/// A feed site on a free 127.0.0.1 port for one test (HttpListener): <c>/feed/NAME.xml</c> serves an RSS 2.0 feed
/// of the items the test put under NAME (full text in content:encoded, ETag "NAME-COUNT", 304 on a matching
/// If-None-Match), <c>/broken.xml</c> malformed XML, anything else 404. Every request is logged with its times.
/// </summary>
public sealed class FeedServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, List<(string Guid, string Title, string Text)>> feeds = new();
    private readonly ConcurrentQueue<FeedRequest> log = new();
    private readonly Task serving;

    public int Port { get; }
    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";
    public IReadOnlyList<FeedRequest> Requests => [.. log];

    public FeedServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>Adds <paramref name="count"/> items, each with a text of its own, to the feed NAME; returns its URL.</summary>
    public string Feed(string name, int count)
    {
        var items = feeds.GetOrAdd(name, _ => []);
        lock (items)
            for (int i = 0; i < count; i++)
            {
                int n = items.Count + 1;
                items.Add(($"{name}-{n}", $"خبر {n} من {name}",
                    $"أعلن المتحدث باسم الدفاع المدني في {name} أن فرق الإنقاذ أنهت عملها في الحي رقم {n} بعد انهيار مبنى قديم. وأضاف أن {n * 3} من السكان نقلوا إلى مأوى مؤقت."));
            }
        return Url($"/feed/{name}.xml");
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var arrived = DateTime.UtcNow;
            var path = context.Request.Url!.AbsolutePath;
            var ifNoneMatch = context.Request.Headers["If-None-Match"];
            int status = Answer(context.Response, path, ifNoneMatch);
            log.Enqueue(new FeedRequest(path, arrived, DateTime.UtcNow, status, ifNoneMatch));
            context.Response.Close();
        }
    }

    private int Answer(HttpListenerResponse response, string path, string? ifNoneMatch)
    {
        if (path == "/broken.xml") return Write(response, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>مكسور</title><item><title>بلا نهاية</item></channel>");
        if (!path.StartsWith("/feed/", StringComparison.Ordinal) || !feeds.TryGetValue(path[6..^4], out var items)) return Write(response, 404, "text/plain", "not found");
        List<(string Guid, string Title, string Text)> copy;
        lock (items) copy = [.. items];
        string etag = $"\"{path[6..^4]}-{copy.Count}\"";
        response.Headers["ETag"] = etag;
        if (ifNoneMatch == etag) return Write(response, 304, null, null);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>feed</title><link>http://example.org/</link><description>d</description>");
        foreach (var (guid, title, text) in copy)
            xml.Append($"<item><guid isPermaLink=\"false\">{guid}</guid><title>{title}</title><link>http://example.org/{guid}</link><pubDate>Tue, 01 Dec 2026 10:00:00 +0000</pubDate><content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>");
        xml.Append("</channel></rss>");
        return Write(response, 200, "application/rss+xml", xml.ToString());
    }

    private static int Write(HttpListenerResponse response, int status, string? type, string? body)
    {
        response.StatusCode = status;
        if (type is not null) response.ContentType = type + "; charset=utf-8";
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        return status;
    }

    public void Dispose()
    {
        if (!listener.IsListening) return;
        listener.Stop();
        listener.Close();
        try { serving.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}

using System.Net;
using System.Net.Sockets;

namespace Marsad.Tests.Ingest;

/// <summary>An HTTP server on 127.0.0.1 for tests: each path answers with its handler. Nothing leaves the machine.</summary>
internal sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, Action<HttpListenerContext>> routes = new(StringComparer.Ordinal);
    private readonly Task loop;
    public int Requests;

    public string BaseUrl { get; }

    public LocalWebServer()
    {
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public string Url(string path) => BaseUrl + path.TrimStart('/');

    public void Map(string path, Action<HttpListenerContext> handler) => routes["/" + path.TrimStart('/')] = handler;

    public void MapBytes(string path, byte[] body, string contentType) => Map(path, c => Send(c, body, contentType));

    public static void Send(HttpListenerContext context, byte[] body, string contentType, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        context.Response.OutputStream.Write(body);
        context.Response.Close();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) { return; }
            Interlocked.Increment(ref Requests);
            _ = Task.Run(() =>
            {
                try
                {
                    if (routes.TryGetValue(context.Request.Url!.AbsolutePath, out var handler)) handler(context);
                    else { context.Response.StatusCode = 404; context.Response.Close(); }
                }
                catch (Exception)
                {
                    // A client that gave up (timeout tests) closes the connection under us.
                }
            });
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try { loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}

using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Marsad.Ingest;

/// <summary>Fetches pages and feeds politely and safely: a per-attempt timeout, size caps before and after
/// decompression, a redirect limit (each hop checked), retries with exponential back-off on 5xx and timeouts
/// (Polly), a delay between requests to one host, a plain User-Agent, conditional GET, and no connections to
/// loopback, link-local or private addresses unless allowed.</summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions options;
    private readonly HttpClient client;
    private readonly ResiliencePipeline<Attempt> pipeline;
    private readonly Dictionary<string, DateTime> lastRequestByHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim hostGate = new(1, 1);

    public WebFetcher(FetchOptions options)
    {
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,                       // every hop is checked and counted here
            AutomaticDecompression = DecompressionMethods.None, // decompressed here, under a cap
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        pipeline = new ResiliencePipelineBuilder<Attempt>()
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = Math.Max(options.Retries, 0) == 0 ? 1 : options.Retries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(options.Retries > 0 && args.Outcome switch
                {
                    { Exception: TimeoutRejectedException or HttpRequestException { InnerException: not RefusedAddressException } } => true,
                    { Exception: IOException } => true,
                    { Result: { } r } => r.Status >= 500,
                    _ => false,
                }),
            })
            .AddTimeout(options.Timeout)
            .Build();
    }

    public async Task<FetchResult> FetchAsync(Uri url, Validators? conditional = null, CancellationToken cancel = default)
    {
        var current = url;
        for (int hop = 0; ; hop++)
        {
            if (current.Scheme is not ("http" or "https"))
                return Fail(current, $"only http and https are fetched, not {current.Scheme}");
            if (!options.AllowPrivate && IsPrivateLiteral(current))
                return Fail(current, $"refused: {current.Host} is a loopback, link-local or private address (use --allow-private to allow it)");
            await WaitForHostAsync(current.Host, cancel).ConfigureAwait(false);
            Attempt attempt;
            int tries = 0;
            try
            {
                var target = current;
                attempt = await pipeline.ExecuteAsync(async token =>
                {
                    tries++;
                    return await SendOnceAsync(target, conditional, token).ConfigureAwait(false);
                }, cancel).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException)
            {
                return Fail(current, $"no answer within {options.Timeout.TotalSeconds:0.##} s ({Tries(tries)})");
            }
            catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
            {
                return Fail(current, refused.Message);
            }
            catch (HttpRequestException e)
            {
                return Fail(current, $"cannot connect: {e.Message} ({Tries(tries)})");
            }
            catch (IOException e)
            {
                return Fail(current, $"connection failed: {e.Message} ({Tries(tries)})");
            }
            catch (BodyTooLargeException e)
            {
                return Fail(current, e.Message);
            }

            if (attempt.Status is 301 or 302 or 303 or 307 or 308 && attempt.Location is { } location)
            {
                if (hop >= options.MaxRedirects) return Fail(url, $"more than {options.MaxRedirects} redirects");
                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }
            if (attempt.Status == 304) return new FetchResult(current, 304, null, null, null, conditional, null);
            if (attempt.Status >= 400)
                return Fail(current, $"HTTP {attempt.Status} {attempt.Reason}" + (attempt.Status >= 500 ? $" ({Tries(tries)})" : ""));

            byte[] body;
            try
            {
                body = Decompress(attempt.Body, attempt.ContentEncoding);
            }
            catch (BodyTooLargeException e)
            {
                return Fail(current, e.Message);
            }
            catch (InvalidDataException e)
            {
                return Fail(current, $"compressed body is corrupt ({e.Message})");
            }
            return new FetchResult(current, attempt.Status, body, attempt.MediaType, attempt.Charset, new Validators(attempt.ETag, attempt.LastModified), null);
        }
    }

    private static string Tries(int tries) => tries == 1 ? "tried once" : $"tried {tries} times";

    private static FetchResult Fail(Uri url, string error) => new(url, 0, null, null, null, null, error);

    private sealed record Attempt(int Status, string? Reason, byte[] Body, string? MediaType, string? Charset, string? ContentEncoding,
        Uri? Location, string? ETag, string? LastModified);

    private async ValueTask<Attempt> SendOnceAsync(Uri url, Validators? conditional, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("deflate"));
        if (conditional?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (conditional?.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since)) request.Headers.IfModifiedSince = since;

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        var content = response.Content.Headers;
        if (content.ContentLength > options.MaxBytes)
            throw new BodyTooLargeException($"body is {content.ContentLength / 1024} KB, over the {options.MaxBytes / 1024} KB limit");
        byte[] body = [];
        int status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
            body = await ReadCappedAsync(stream, options.MaxBytes, "body", cancel).ConfigureAwait(false);
        }
        return new Attempt(status, response.ReasonPhrase, body, content.ContentType?.MediaType, content.ContentType?.CharSet,
            string.Join(",", content.ContentEncoding), response.Headers.Location,
            response.Headers.ETag?.ToString(), content.LastModified?.ToString("R"));
    }

    private static async Task<byte[]> ReadCappedAsync(Stream stream, long cap, string what, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap) throw new BodyTooLargeException($"{what} exceeds the {cap / 1024} KB limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private byte[] Decompress(byte[] body, string? contentEncoding)
    {
        if (string.IsNullOrEmpty(contentEncoding) || contentEncoding.Equals("identity", StringComparison.OrdinalIgnoreCase)) return body;
        Stream? decoder = contentEncoding.ToLowerInvariant() switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null) throw new InvalidDataException($"unsupported Content-Encoding '{contentEncoding}'");
        using (decoder)
        {
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = decoder.Read(chunk)) > 0)
            {
                if (output.Length + read > options.MaxDecompressedBytes)
                    throw new BodyTooLargeException(
                        $"{contentEncoding} body of {body.Length / 1024} KB expands past the {options.MaxDecompressedBytes / (1024 * 1024)} MB limit (a decompression bomb?)");
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
    }

    private async Task WaitForHostAsync(string host, CancellationToken cancel)
    {
        if (options.PerHostDelay <= TimeSpan.Zero) return;
        TimeSpan wait;
        await hostGate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var now = DateTime.UtcNow;
            var next = lastRequestByHost.TryGetValue(host, out var last) ? last + options.PerHostDelay : now;
            wait = next > now ? next - now : TimeSpan.Zero;
            lastRequestByHost[host] = now + wait;
        }
        finally
        {
            hostGate.Release();
        }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel).ConfigureAwait(false);
    }

    /// <summary>Connects only to addresses the policy allows; a host name resolving to a private address is refused
    /// here, after DNS, so a public name cannot smuggle a request to the local network.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancel).ConfigureAwait(false);
        var allowed = options.AllowPrivate ? addresses : addresses.Where(a => !AddressPolicy.IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
            throw new RefusedAddressException($"refused: {host} resolves to a loopback, link-local or private address (use --allow-private to allow it)");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancel).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsPrivateLiteral(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && AddressPolicy.IsPrivate(address));

    public void Dispose()
    {
        client.Dispose();
        hostGate.Dispose();
    }

    private sealed class RefusedAddressException(string message) : IOException(message);

    private sealed class BodyTooLargeException(string message) : Exception(message);
}

/// <summary>Which addresses a crawler must not reach unless told: loopback, link-local, private, CGNAT, unspecified, multicast.</summary>
public static class AddressPolicy
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC;
        }
        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => true,
            169 => v4[1] == 254,
            172 => v4[1] is >= 16 and <= 31,
            192 => v4[1] == 168,
            100 => v4[1] is >= 64 and <= 127,
            >= 224 => true,
            _ => false,
        };
    }
}

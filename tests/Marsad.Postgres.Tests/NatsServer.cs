using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marsad.Tests;

/// <summary>A throwaway nats-server with JetStream for one test: a free 127.0.0.1 port, its store in a temporary
/// directory, killed and deleted when disposed. Missing, it fails the test with the package to install.</summary>
public sealed class NatsServer : IDisposable
{
    public const string Package = "nats-server";

    private readonly string directory = Directory.CreateTempSubdirectory("marsad-nats-").FullName;
    private readonly string binary;
    private Process process;

    public int Port { get; }
    public string Url => $"nats://127.0.0.1:{Port}";

    public NatsServer()
    {
        binary = Find() ?? throw new InvalidOperationException(
            $"nats-server not found in /usr/sbin, /usr/bin, $MARSAD_NATS_SERVER or on PATH: install Debian's '{Package}' package (apt-get install -y {Package}; .ci/apt-packages lists it)");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        process = Start();
        // Should a test run end without disposing this, the server still goes with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    private void Stop()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already disposed: nothing left to stop.
        }
    }

    /// <summary>Kills the server (SIGKILL), leaving it down.</summary>
    public void Kill() => Stop();

    /// <summary>Kills the server (SIGKILL) and starts it again on the same port over the same store.</summary>
    public void Restart()
    {
        Stop();
        process.Dispose();
        process = Start();
    }

    private Process Start()
    {
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-js", "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", directory })
            start.ArgumentList.Add(arg);
        var started = Process.Start(start) ?? throw new InvalidOperationException("could not start nats-server");
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, _) => { };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (!Accepts())
        {
            if (started.HasExited) throw new InvalidOperationException($"nats-server exited with {started.ExitCode} before listening on {Port}");
            if (deadline.Elapsed > TimeSpan.FromSeconds(20)) throw new InvalidOperationException($"nats-server did not listen on {Port} within 20 s");
            Thread.Sleep(50);
        }
        return started;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_NATS_SERVER") is { Length: > 0 } given && File.Exists(given)) return given;
        var dirs = new[] { "/usr/sbin", "/usr/bin" }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return dirs.Select(d => Path.Combine(d, "nats-server")).FirstOrDefault(File.Exists);
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            Stop();
            process.Dispose();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

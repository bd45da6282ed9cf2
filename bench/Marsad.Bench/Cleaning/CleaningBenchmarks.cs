using BenchmarkDotNet.Attributes;
using Marsad.Cleaning;
using Marsad.Text;
using Marsad.Text.Sentences;

namespace Marsad.Bench.Cleaning;

/// <summary>Throughput of the text-cleaning stages on the five sample articles. A BenchmarkDotNet class: run it with
/// BenchmarkRunner.Run&lt;CleaningBenchmarks&gt;() from the bench entry point (for example behind a "cleaning" verb).</summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private string[] _raw = [];
    private string[] _clean = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        string samples = dir is null ? "samples" : Path.Combine(dir.FullName, "samples");
        _raw = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _clean = _raw.Select(r => PlainTextCleaner.Clean(r).Text).ToArray();
    }

    [Benchmark]
    public int DisplayNormalize()
    {
        int n = 0;
        foreach (string raw in _raw) n += DisplayNormalizer.Normalize(raw).Length;
        return n;
    }

    [Benchmark]
    public int Clean()
    {
        int n = 0;
        foreach (string raw in _raw) n += PlainTextCleaner.Clean(raw).Text.Length;
        return n;
    }

    [Benchmark]
    public int SplitSentences()
    {
        int n = 0;
        foreach (string text in _clean) n += SentenceSplitter.Split(text).Count;
        return n;
    }
}

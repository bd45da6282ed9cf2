using BenchmarkDotNet.Running;
using Marsad.Bench.Annotation;
using Marsad.Bench.Cleaning;
using Marsad.Bench.Dedup;
using Marsad.Bench.Ingest;
using Marsad.Bench.Geo;
using Marsad.Bench.Ner;
using Marsad.Bench.Pipeline;
using Marsad.Bench.Stories;
using Marsad.Bench.Search;
using Marsad.Bench.TextCore;

namespace Marsad.Bench;

/// <summary>Dispatches on the first argument: <c>dotnet run -c Release --project bench/Marsad.Bench -- VERB [options]</c>.
/// Each verb prints its own figures (see bench/README.md). Add a verb by adding a case that calls a static
/// <c>XxxBenchmark.Run(string[] args)</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string verb = args.Length > 0 ? args[0] : "";
        string[] rest = args.Length > 0 ? args[1..] : [];
        switch (verb)
        {
            case "textcore": return TextCoreBenchmark.Run(rest);
            case "cleaning": BenchmarkRunner.Run<CleaningBenchmarks>(args: rest); return 0;
            case "dedup": return DedupBenchmark.Run(rest);
            case "dedup-eval": return DedupEvaluationCommand.Run(rest);
            case "ner": return NerBenchmark.Run(rest);
            case "resolve": return ResolveBenchmark.Run(rest);
            case "ingest": return IngestBenchmark.Run(rest);
            case "annotate": return AnnotationBenchmark.Run(rest);
            case "pipeline": return PipelineBenchmark.Run(rest);
            case "corpus": return CorpusBenchmark.Run(rest);
            case "stories": return StoriesBenchmark.Run(rest);
            case "geo": return GeoBenchmark.Run(rest);
            case "search": return SearchBenchmark.Run(rest);
            case "storypage": return Web.StoryPageBenchmark.Run(rest);
            case "pages": return Web.PagesBenchmark.Run(rest);
            case "scale": return Scale.ScaleBenchmark.Run(rest);
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Marsad.Bench -- <verb> [options]");
                Console.Error.WriteLine("  textcore     normalise+tokenise+stem throughput vs Lucene.NET ArabicAnalyzer (chars/s, ratio, alloc/char)");
                Console.Error.WriteLine("  cleaning     BenchmarkDotNet: display normalisation, cleaning, sentence splitting on the samples");
                Console.Error.WriteLine("  dedup        signature throughput, LSH latency and memory at 100k/1M documents");
                Console.Error.WriteLine("  dedup-eval   near-duplicate precision/recall on the ANERcorp perturbation suite");
                Console.Error.WriteLine("  ner          NER tagging speed (tokens/s per core), model load time and size");
                Console.Error.WriteLine("  resolve      entity resolution, merge and geocoding time over 100k generated documents");
                Console.Error.WriteLine("  ingest       ingest throughput into the store (articles/s), SQLite share, store overhead");
                Console.Error.WriteLine("  annotate     time-expression and number tagging throughput (articles/s)");
                Console.Error.WriteLine("  pipeline     the whole analyze path on generated ~500-word articles: articles/s per core, share per stage");
                Console.Error.WriteLine("  corpus       ingest + process a real JSONL corpus into a fresh store, then add the last 1,000: articles/s, CPU, peak memory per phase");
                Console.Error.WriteLine("  stories      story clustering: samples, eval (pairwise/B-cubed F1), throughput, latency at 1M");
                Console.Error.WriteLine("  geo          gazetteer load time, sample towns within 10 km, geocoding speed and coverage");
                Console.Error.WriteLine("  pages        every web page of a processed store (--db): HTML size and server time against the page budget");
                Console.Error.WriteLine("  search       search latency (median, p99) and QPS over HTTP on 100k generated articles");
                Console.Error.WriteLine("  scale        server mode end to end with 1, 2, 4 workers on local PostgreSQL + NATS: articles/s, DB commands/article");
                return 2;
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Marsad.Bench.Common;
using Marsad.Entities;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Pipeline;
using Marsad.Text.Sentences;
using Marsad.Text.Tokens;

namespace Marsad.Bench.Ner;

/// <summary>
/// <c>resolve [--docs N] [--words W] [--ner]</c>: entity resolution over N (100,000) generated documents of about W
/// (300) words, through the entity stage itself (<see cref="EntityStage"/>: per-document resolution, the merge across
/// documents, geocoding). The mentions are ANERcorp's gold names, so the figure is resolution's own and not the
/// tagger's; <c>--ner</c> tags with the committed model instead (slower: use fewer documents).
/// </summary>
public static class ResolveBenchmark
{
    public static int Run(string[] args)
    {
        int count = Option(args, "--docs", 100_000), words = Option(args, "--words", 300);
        bool ner = args.Contains("--ner");
        var generate = Stopwatch.StartNew();
        var gold = new GoldRecognizer();
        var documents = new List<AnalyzedDocument>(count);
        var noMetadata = new Dictionary<string, string>();
        long mentionCount = 0;
        int i = 0;
        foreach (var article in BenchCorpus.GeneratedTaggedArticles(count, words, seed: 5))
        {
            var id = $"r{i++:D7}";
            var clean = new CleanedText(article.Text, null, [], noMetadata);
            documents.Add(new AnalyzedDocument(new SourceDocument(id, id, article.Text), "ar", clean, SentenceSplitter.Split(article.Text), ArabicTokenizer.Count(article.Text)));
            gold.Add(article);
            mentionCount += article.Names.Count;
        }
        Console.WriteLine($"resolve: {count:N0} generated documents of ~{words} words, {mentionCount / (double)count:N1} {(ner ? "gold names (tagged by the model instead)" : "gold mentions")} each, built in {generate.Elapsed.TotalSeconds:N0} s; load {CpuClock.Load()}");

        // Warm-up on a slice: loads the actors file, the lexicon and the gazetteer, and JIT-compiles.
        IEntityRecognizer recognizer = ner ? NamedEntityRecognizer.Default : gold;
        var stage = new EntityStage(recognizer, EntityResolver.Default, Geocoder.Default);
        stage.RunWithDocuments(documents.Take(Math.Min(count, 2_000)).ToList());

        GC.Collect();
        var timings = new StageTimings(CpuClock.Thread);
        var (thread0, process0) = (CpuClock.Thread(), CpuClock.Process());
        var wall = Stopwatch.StartNew();
        var result = stage.RunWithDocuments(documents, timings);
        wall.Stop();
        var (thread, process) = ((CpuClock.Thread() - thread0).TotalSeconds, (CpuClock.Process() - process0).TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"entity stage: wall {wall.Elapsed.TotalSeconds:N1} s, CPU {thread:N1} s (thread), {process:N1} s (process) → {count / thread:N0} documents/s per core; {result.Entities.Count:N0} entities across the collection, {result.Entities.Count(e => e.Geo is not null):N0} geocoded"));
        foreach (var s in timings.Stages)
        {
            string label = s.Stage == "ner" ? (ner ? "ner (model)" : "tokens + gold mentions") : s.Stage;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label,-24} CPU {s.Cpu.TotalSeconds,7:N2} s = {1000 * s.Cpu.TotalSeconds / count,7:N3} ms/document ({s.Cpu.TotalSeconds / thread,6:P1}); wall {s.Wall.TotalSeconds,7:N2} s"));
        }
        var resolution = timings.Stages.Where(s => s.Stage is "resolution" or "merge" or "geocoding").Sum(s => s.Cpu.TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resolution + merge + geocoding of {count:N0} documents: {resolution:N1} s CPU ({1000 * resolution / count:N3} ms per document); load {CpuClock.Load()}"));
        return 0;
    }

    /// <summary>Answers with the gold names of the generated text it is asked about (looked up by the text instance).</summary>
    private sealed class GoldRecognizer : IEntityRecognizer
    {
        private readonly Dictionary<string, IReadOnlyList<EntityMention>> byText = new(ReferenceEqualityComparer.Instance);

        public void Add(BenchCorpus.TaggedArticle article) =>
            byText[article.Text] = article.Names.Select(n => new EntityMention(n.Start, n.End, TypeOf(n.Type), article.Text[n.Start..n.End])).ToList();

        public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<(int Start, int Length)> tokens) => byText[text];

        private static EntityType TypeOf(string tag) => tag switch
        {
            "LOC" => EntityType.Location,
            "PERS" => EntityType.Person,
            "ORG" => EntityType.Organization,
            _ => EntityType.Miscellaneous,
        };
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

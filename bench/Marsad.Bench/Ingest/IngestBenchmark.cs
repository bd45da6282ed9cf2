using Marsad.Bench.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Storage;

namespace Marsad.Bench.Ingest;

/// <summary>Ingest throughput into the embedded store: 10,000 generated ~3 KB articles (ANERcorp sentences) as a
/// directory of .txt files and as one JSONL file. Prints articles/s, the share of time inside SQLite, and the
/// store's size over the articles' UTF-8 bytes.
/// Run: dotnet run -c Release --project bench/Marsad.Bench -- ingest [COUNT] [CORPUS]</summary>
public static class IngestBenchmark
{
    public static int Run(string[] args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var corpus = args.Length > 1 ? args[1] : BenchCorpus.AnercorpPath();
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"corpus not found: {corpus}");
            return 2;
        }
        var articles = Generate([.. BenchCorpus.AnercorpSentences(corpus)], count, targetBytes: 3000, seed: 42);
        long totalBytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));
        var work = Directory.CreateTempSubdirectory("marsad-bench-ingest-").FullName;
        try
        {
            var textDir = Path.Combine(work, "articles");
            Directory.CreateDirectory(textDir);
            for (int i = 0; i < articles.Count; i++) File.WriteAllText(Path.Combine(textDir, $"{i:D6}.txt"), articles[i]);
            var jsonl = Path.Combine(work, "articles.jsonl");
            using (var writer = new StreamWriter(jsonl, false, new UTF8Encoding(false)))
            {
                var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                for (int i = 0; i < articles.Count; i++)
                    writer.WriteLine(JsonSerializer.Serialize(new { title = $"مقال {i}", text = articles[i], url = $"https://news.example/{i}" }, options));
            }
            Console.WriteLine($"{count} articles, {totalBytes / (double)count:0} UTF-8 bytes each on average, {Environment.ProcessorCount} cores");
            Measure("plain-text directory", textDir, Path.Combine(work, "text.db"), count, totalBytes);
            Measure("one JSONL file", jsonl, Path.Combine(work, "jsonl.db"), count, totalBytes);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return 0;
    }

    private static void Measure(string label, string source, string db, int count, long totalBytes)
    {
        var languages = new LinguaLanguageIdentifier();
        languages.Identify("تحميل النماذج قبل القياس"); // model loading is not ingest throughput
        TimeSpan sqlite;
        IngestSummary summary;
        using (var store = new SqliteDocumentStore(db))
        {
            var reader = new ArticleReader(new IngestOptions());
            summary = new Ingester(store, reader, languages).RunAsync([source]).GetAwaiter().GetResult();
            sqlite = store.SqliteTime;
        }
        long size = new[] { "", "-wal", "-shm" }.Select(s => db + s).Where(File.Exists).Sum(p => new FileInfo(p).Length);
        var seconds = summary.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {summary.Stored} stored, {summary.Failures.Count} failed in {seconds:0.00} s = {summary.Stored / seconds:0} articles/s; "
            + $"SQLite {sqlite.TotalSeconds:0.00} s ({sqlite.TotalSeconds / seconds:P0}); store {size / 1048576.0:0.0} MB = {size / (double)totalBytes:0.00}× the article bytes"));
        if (summary.Stored != count) Console.WriteLine($"  warning: expected {count} stored");
    }

    /// <summary>Runs of consecutive sentences from a seeded random start, paragraphs of three, until ~targetBytes;
    /// a numbered opening makes every article distinct.</summary>
    private static List<string> Generate(List<string> sentences, int count, int targetBytes, int seed)
    {
        var random = new Random(seed);
        var articles = new List<string>(count);
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Clear();
            builder.Append(CultureInfo.InvariantCulture, $"تقرير رقم {i + 1}\n\n");
            int at = random.Next(sentences.Count);
            int inParagraph = 0;
            while (Encoding.UTF8.GetByteCount(builder.ToString()) < targetBytes)
            {
                builder.Append(sentences[at++ % sentences.Count]);
                builder.Append(++inParagraph % 3 == 0 ? "\n\n" : " ");
            }
            articles.Add(builder.ToString().Trim());
        }
        return articles;
    }
}

using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Cleaning;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad demo</c>: the project's samples/ into a fresh store (./marsad-demo.db, recreated each time),
/// then everything built so far over each stored document (the text core: clean text stored back), and a summary.</summary>
public static class DemoCommand
{
    public const string DefaultDatabase = "marsad-demo.db";

    /// <summary>The stage name and version under which the text core's results are stored.</summary>
    public const string TextCoreStage = "text-core";
    public const int TextCoreStageVersion = 1;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = "The demo store; deleted and recreated on every run.", DefaultValueFactory = _ => DefaultDatabase };
        var samples = new Option<string?>("--samples") { Description = "The samples directory (default: samples/ found from the current directory or the program's)." };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the pipeline instead of serving the result." };
        var urls = new Option<string>("--urls") { Description = "Where to serve the result.", DefaultValueFactory = _ => Marsad.Server.ServerOptions.DefaultUrls };
        var command = new Command("demo", "Ingest the bundled sample articles into a fresh store, run the pipeline over them and serve the result.") { db, samples, noServe, urls };
        command.SetAction(async (parse, cancel) =>
        {
            var database = parse.GetRequiredValue(db);
            int code = Execute(database, parse.GetValue(samples), output, error);
            if (code == MarsadCli.UsageError || parse.GetValue(noServe)) return code;
            int served = await ServeCommand.Execute(ServeCommand.Options(database, parse.GetRequiredValue(urls), null), output, error, cancel);
            return Math.Max(code, served);
        });
        return command;
    }

    public static int Execute(string database, string? samplesDirectory, TextWriter output, TextWriter error)
    {
        var samples = samplesDirectory ?? FindSamples();
        if (samples is null || !Directory.Exists(samples))
        {
            error.WriteLine("marsad: demo: cannot find the samples/ directory (run from the repository, or pass --samples DIR)");
            return MarsadCli.UsageError;
        }
        SqliteDocumentStore.DeleteFiles(database);
        Marsad.Search.SearchIndex.Delete(Marsad.Search.SearchIndex.PathFor(database));
        output.WriteLine($"demo: ingesting {Path.GetFullPath(samples)} into {database}");
        var settings = new IngestCommand.Settings([samples], database, null, false, 20, 0, 0, Quiet: true, Json: false);
        var summary = IngestCommand.Run(settings, new IngestOptions(), output, error);
        IngestCommand.WriteSummary(output, summary, database);

        using var store = new SqliteDocumentStore(database);
        var documents = store.ReadDocuments().ToList();
        int analysed = 0;
        var failures = new List<string>();
        try
        {
            var context = BoilerplateContext.FromDocuments(documents.Select(d => d.Text));
            var analyzer = new DocumentAnalyzer(new LinguaLanguageIdentifier());
            foreach (var document in documents)
            {
                var source = new SourceDocument(document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), store.GetLocations(document.Id).FirstOrDefault() ?? "", document.Text)
                {
                    Title = document.Title,
                    Published = document.Published,
                };
                var (result, failure) = analyzer.Analyze(source, context);
                if (result is null)
                {
                    failures.Add($"{source.Source}: {failure!.Reason}");
                    continue;
                }
                store.SetCleanText(document.Id, result.Text);
                store.PutStageResult(new StageResult(document.Id, TextCoreStage, TextCoreStageVersion, JsonSerializer.Serialize(new
                {
                    language = result.Language, title = result.Source.Title, sentences = result.Sentences.Count, tokens = result.TokenCount,
                    removed = result.Clean.Removed.Count, characters = result.Text.Length,
                }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
                analysed++;
                output.WriteLine($"  #{document.Id} {result.Source.Title ?? "(no title)"} — {result.Sentences.Count} sentences, {result.TokenCount} tokens, {result.Clean.Removed.Count} pieces of furniture removed");
            }
        }
        catch (NotImplementedException e)
        {
            // Stages still being built elsewhere; the store itself is complete.
            failures.Add($"the text core is not built yet ({e.TargetSite?.DeclaringType?.Name ?? "a stage"})");
        }
        output.WriteLine($"demo: {documents.Count} documents stored, {analysed} analysed (clean text stored), {failures.Count} not analysed");
        store.Dispose();
        output.WriteLine($"demo: {ReindexCommand.Rebuild(database)} documents indexed for search");
        foreach (var f in failures) error.WriteLine($"marsad: demo: {f}");
        return summary.Failures.Count == 0 && failures.Count == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
    }

    /// <summary>samples/ beside a Marsad.sln, looked for upward from the current directory, then from the program.</summary>
    public static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return candidate;
            }
        }
        return null;
    }
}

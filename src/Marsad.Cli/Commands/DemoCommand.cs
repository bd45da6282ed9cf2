using System.CommandLine;
using Marsad.Ingest;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad demo</c>: the project's samples/ into a fresh store (./marsad-demo.db, recreated each time),
/// then <c>marsad process</c> over them (text core, dedup), and a summary with duplicate families, syndication groups
/// and the number of independent sources.</summary>
public static class DemoCommand
{
    public const string DefaultDatabase = "marsad-demo.db";

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

        var (processed, collection) = ProcessCommand.RunAll(database, quiet: true, output, error);
        output.WriteLine($"demo: processed {processed.Processed} documents (clean text and dedup records stored), {processed.Skipped} skipped, {processed.Failures.Count} failed");
        if (collection is not null) ProcessCommand.WriteSummary(output, collection);
        using (var store = new SqliteDocumentStore(database))
        {
            var report = DupsCommand.Build(store);
            output.WriteLine($"demo: {report.Families.Count} duplicate families, {report.SyndicationGroups.Count} syndication groups, "
                + $"{report.SharedPassages.Count} pairs sharing passages — {report.IndependentSources} independent sources among {report.Documents} documents");
            foreach (var group in report.SyndicationGroups)
                output.WriteLine($"  syndicated ({string.Join(", ", group.Agencies)}): original #{group.Canonical}, copies {string.Join(", ", group.Members.Where(m => m.Document != group.Canonical).Select(m => "#" + m.Document))}");
            foreach (var family in report.Families)
                output.WriteLine($"  {family.Kind} family: canonical #{family.Canonical}, members {string.Join(", ", family.Members.Select(m => "#" + m.Document))}");
            foreach (var pair in report.SharedPassages)
                output.WriteLine($"  #{pair.Document} and #{pair.Other} share {pair.Passages} passage{(pair.Passages == 1 ? "" : "s")}");
        }
        output.WriteLine($"demo: {ReindexCommand.Rebuild(database)} documents indexed for search");
        return summary.Failures.Count == 0 && processed.Failures.Count == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
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

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Pipeline;
using Marsad.Report;
using Marsad.Storage;
using Marsad.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval summaries (--report FILE | --db STORE [--stored])</c>: the summary checks of
/// <see cref="SummaryChecks"/> over every story: lead included, dangling openers, topic shifts, sentences from copies,
/// stories of several sources summarised from one. A JSON report (<c>marsad analyze --format json</c>) is checked as
/// written; a store's stories are built again with the current code from its text core, dedup links and stored
/// entities (or, with --stored, checked as the last collection run stored them). Reads the store, never writes it.</summary>
public static class EvalSummariesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var report = new Option<FileInfo?>("--report", "-r") { Description = "A JSON report of 'marsad analyze --format json'." };
        var db = new Option<string?>("--db") { Description = "A processed store. " + StoreInputs.DatabaseDescription };
        var stored = new Option<bool>("--stored") { Description = "With --db: check the stories the store holds instead of building them again." };
        var failures = new Option<int>("--failures") { Description = "List up to this many stories that fail a check.", DefaultValueFactory = _ => 0 };
        var command = new Command("summaries", "Check story summaries: lead included, no dangling openers, no copies, several sources.")
        {
            report, db, stored, failures,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(report);
            var database = parse.GetValue(db);
            if ((file is null) == (database is null))
            {
                error.WriteLine("marsad: eval summaries: give either --report FILE or --db STORE");
                return MarsadCli.UsageError;
            }
            return file is not null ? ExecuteReport(file, parse.GetValue(failures), output, error)
                : ExecuteStore(database!, parse.GetValue(stored), parse.GetValue(failures), output, error);
        });
        return command;
    }

    public static int ExecuteReport(FileInfo file, int failures, TextWriter output, TextWriter error)
    {
        AnalysisReport? report;
        try
        {
            report = ReportJson.Deserialize(File.ReadAllText(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"marsad: eval summaries: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        if (report is null)
        {
            error.WriteLine($"marsad: eval summaries: {file.FullName} is not a report");
            return MarsadCli.SomeInputsFailed;
        }
        output.WriteLine($"stories of the report {file.Name}");
        Write(SummaryChecks.Check(report), report.Stories, failures, output);
        return 0;
    }

    public static int ExecuteStore(string database, bool stored, int failures, TextWriter output, TextWriter error)
    {
        var collection = StoreInputs.ReadCollection("eval summaries", database, error);
        if (collection is null) return MarsadCli.UsageError;
        using var store = StoreFactory.Open(database);
        var clock = Stopwatch.StartNew();
        var dedup = store.ReadDedup();
        var documents = new List<AnalyzedDocument>(dedup.Members.Count);
        foreach (var id in dedup.Members.Select(m => StoreKey.IdOf(m.Id)).Order())
            if (StoredTextCore.Read(store, id) is { } document) documents.Add(document);
        var analysis = new CollectionAnalyzer { Entities = null, Stories = null }.Analyze(documents, dedup);
        var texts = analysis.Documents.ToDictionary(d => d.Source.Id, d => d.Text, StringComparer.Ordinal);
        var roots = StoryInputs.IndependentRoots(analysis);
        IReadOnlyList<StoryReport> stories;
        if (stored)
        {
            stories = collection.Stories;
            output.WriteLine($"stories as stored by the last collection run ({StoreFactory.Describe(database)})");
        }
        else
        {
            var storyDocuments = StoryInputs.FromStoredEntities(analysis, collection.Entities);
            stories = ReportBuilder.StoryReports(StoryBuilder.Analyze(storyDocuments, roots));
            output.WriteLine($"stories built again with the current code ({StoreFactory.Describe(database)})");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents.Count} documents read and stories ready in {clock.Elapsed.TotalSeconds:0.0} s"));
        Write(stories.Select(s => SummaryChecks.Check(s, texts.GetValueOrDefault, d => roots.GetValueOrDefault(d, d))).ToList(), stories, failures, output);
        return 0;
    }

    private static void Write(List<SummaryCheck> checks, IReadOnlyList<StoryReport> stories, int failures, TextWriter output)
    {
        output.WriteLine(SummaryChecks.Score(checks).Describe());
        if (failures <= 0) return;
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        output.WriteLine();
        output.WriteLine("stories that fail a check:");
        foreach (var c in checks.Where(c => c.Sentences > 0 && (!c.LeadIncluded || c.Dangling > 0 || c.TopicShifts > 0 || c.FromCopies > 0 || c.OneSourceOfMany)).Take(failures))
        {
            var problems = new List<string>();
            if (!c.LeadIncluded) problems.Add("no lead");
            if (c.Dangling > 0) problems.Add($"{c.Dangling} dangling");
            if (c.TopicShifts > 0) problems.Add($"{c.TopicShifts} topic shifts");
            if (c.FromCopies > 0) problems.Add($"{c.FromCopies} from copies");
            if (c.OneSourceOfMany) problems.Add($"one source of {c.IndependentSources}");
            output.WriteLine($"  {c.Story}: {string.Join(", ", problems)} — {byId[c.Story].Title}");
            foreach (var s in byId[c.Story].Summary) output.WriteLine($"    - [{s.Document}] {Shorten(s.Text)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text.ReplaceLineEndings(" ") : text[..120].ReplaceLineEndings(" ") + " …";
}

using System.CommandLine;
using System.Globalization;
using Marsad.Dedup;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad process [--db FILE]</c>: runs the pipeline over stored documents that lack its results (text
/// core, then dedup against everything processed before). Incremental: a second run does nothing new.</summary>
public static class ProcessCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = StoreInputs.DatabaseDescription, DefaultValueFactory = _ => IngestCommand.DefaultDatabase };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary; errors still go to standard error." };
        var workers = new Option<int>("--workers") { Description = "Threads preparing documents ahead of the writer (default: one per core; 1 = serial). Results do not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("process", $"Run the pipeline over stored documents not processed yet (default ./{IngestCommand.DefaultDatabase}).") { db, quiet, workers };
        command.SetAction(parse => Execute(parse.GetRequiredValue(db), parse.GetValue(quiet), output, error, new ProcessOptions(Math.Max(1, parse.GetValue(workers)))));
        return command;
    }

    public static int Execute(string database, bool quiet, TextWriter output, TextWriter error, ProcessOptions? options = null)
    {
        if (!StoreFactory.Exists(database))
        {
            error.WriteLine($"marsad: process: no store at {database} (run 'marsad ingest' first)");
            return MarsadCli.UsageError;
        }
        var summary = RunAll(database, quiet, output, error, options).Documents;
        return summary.Failures.Count == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
    }

    internal static ProcessSummary Run(string database, bool quiet, TextWriter output, TextWriter error) => RunAll(database, quiet, output, error).Documents;

    /// <summary>The per-document stages over what is pending, then the collection stage over everything processed
    /// (skipped when nothing changed since its last run; see <see cref="CollectionProcessor"/>).</summary>
    internal static (ProcessSummary Documents, CollectionSummary? Collection) RunAll(string database, bool quiet, TextWriter output, TextWriter error, ProcessOptions? options = null)
    {
        using var store = StoreFactory.Open(database);
        var analyzer = new DocumentAnalyzer(new LinguaLanguageIdentifier());
        ProcessSummary summary;
        if (quiet) summary = new StoreProcessor(store, analyzer, processOptions: options).Run();
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            summary = ProgressObserver.Run(console, observer => new StoreProcessor(store, analyzer, observer: observer, processOptions: options).Run());
            WriteSummary(output, summary, StoreFactory.Describe(database));
        }
        foreach (var f in summary.Failures) error.WriteLine($"marsad: error: {f.Source}: {f.Reason}");

        CollectionSummary? collection = null;
        try
        {
            var console = quiet ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            if (console is null || !console.Profile.Capabilities.Interactive) collection = new CollectionProcessor(store).Run();
            else
            {
                // One pass over the whole store with no per-document signal: a spinner and the time it has taken.
                collection = console.Progress().AutoClear(true)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn(), new ElapsedTimeColumn())
                    .Start(context =>
                    {
                        var task = context.AddTask("collection: times, numbers, entities, quotes, events, stories").IsIndeterminate();
                        var result = new CollectionProcessor(store).Run();
                        task.StopTask();
                        return result;
                    });
            }
            if (!quiet) WriteSummary(output, collection);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Text.Json.JsonException)
        {
            // The stored collection results stay those of the last good run.
            error.WriteLine($"marsad: error: {StoreFactory.Describe(database)}: the collection stage failed, earlier results kept: {e.Message}");
            summary = summary with { Failures = [.. summary.Failures, new InputError(database, "collection stage: " + e.Message)] };
        }
        return (summary, collection);
    }

    internal static void WriteSummary(TextWriter output, CollectionSummary c) =>
        output.WriteLine(c.Ran
            ? string.Create(CultureInfo.InvariantCulture,
                $"collection: {c.Documents} documents — {c.Entities} entities, {c.Stories} stories in {c.Topics} topics, {c.Events} events, {c.Quotes} quotes ({c.Elapsed.TotalSeconds:0.0} s)")
            : $"collection: unchanged since run {c.RunId} ({c.Stories} stories, {c.Entities} entities)");

    internal static void WriteSummary(TextWriter output, ProcessSummary summary, string database)
    {
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-3);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"processed {summary.Processed}, skipped {summary.Skipped} (not Arabic or empty), failed {summary.Failures.Count}, {summary.Links} new links — {summary.Processed / seconds:0} documents/s in {database}"));
    }

    /// <summary>A Spectre.Console progress bar over the pending documents, with counts in its label.</summary>
    private sealed class ProgressObserver : IProcessObserver
    {
        private readonly ProgressTask task;
        private int processed, failed, links;

        private ProgressObserver(ProgressTask task) => this.task = task;

        public static ProcessSummary Run(IAnsiConsole console, Func<IProcessObserver, ProcessSummary> process) =>
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(context => process(new ProgressObserver(context.AddTask("process", maxValue: 1))));

        public void Started(int pending)
        {
            task.MaxValue = Math.Max(pending, 1);
            Describe();
        }

        public void Processed(long documentId, DedupOutcome? outcome)
        {
            processed++;
            links += outcome?.Links.Count ?? 0;
            task.Increment(1);
            if (processed % 16 == 0 || task.Value >= task.MaxValue) Describe();
        }

        public void Failed(InputError error)
        {
            failed++;
            task.Increment(1);
            Describe();
        }

        // The rate over the whole phase so far (documents arrive a batch at a time, so an instant rate would jump).
        private void Describe() =>
            task.Description = string.Create(CultureInfo.InvariantCulture,
                $"text core + dedup: {processed} processed ({processed / Math.Max(task.ElapsedTime?.TotalSeconds ?? 0, 1e-3):0}/s), links {links}, errors {failed}");
    }
}

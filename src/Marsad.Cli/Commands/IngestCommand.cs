using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest SOURCE... [--db FILE]</c>: files, directories, article URLs and RSS/Atom feeds into the
/// store (default the embedded ./marsad.db; a postgres:// URL for server mode). Re-ingesting stored content only records where it was seen again.</summary>
public static class IngestCommand
{
    public const string DefaultDatabase = "marsad.db";

    /// <summary>Everything the command line can set, in one record handed to <see cref="Execute"/>.</summary>
    public sealed record Settings(
        IReadOnlyList<string> Sources, string Database, string? Map, bool AllowPrivate, double TimeoutSeconds, int Retries,
        int HostDelayMilliseconds, bool Quiet, bool Json);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Files (.txt, .html, .json, .jsonl, .csv, .rss/.atom/.xml), directories (searched recursively), article URLs or feed URLs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = new Option<string>("--db") { Description = StoreInputs.DatabaseDescription + " A file is created if missing.", DefaultValueFactory = _ => DefaultDatabase };
        var map = new Option<string?>("--map") { Description = "Record field mapping for JSON/JSONL/CSV, e.g. text=body,published=date (facts: title, text, url, published, source, author)." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow fetching from loopback, link-local and private addresses (refused by default)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one HTTP attempt may take.", DefaultValueFactory = _ => 20 };
        var retries = new Option<int>("--retries") { Description = "Retries after a 5xx answer or a timeout, with exponential back-off.", DefaultValueFactory = _ => 2 };
        var hostDelay = new Option<int>("--host-delay") { Description = "Milliseconds between two requests to the same host.", DefaultValueFactory = _ => 1000 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary; errors still go to standard error." };
        var json = new Option<bool>("--json") { Description = "Machine-readable log: one JSON object per line (stored, error, summary) on standard output." };
        var command = new Command("ingest", $"Read articles into the store (default ./{DefaultDatabase}).")
        {
            sources, db, map, allowPrivate, timeout, retries, hostDelay, quiet, json,
        };
        command.SetAction(parse => Execute(new Settings(
            parse.GetRequiredValue(sources), parse.GetRequiredValue(db), parse.GetValue(map), parse.GetValue(allowPrivate),
            parse.GetValue(timeout), parse.GetValue(retries), parse.GetValue(hostDelay), parse.GetValue(quiet), parse.GetValue(json)),
            output, error));
        return command;
    }

    public static int Execute(Settings settings, TextWriter output, TextWriter error)
    {
        var (fieldMap, mapError) = FieldMap.Parse(settings.Map);
        if (fieldMap is null)
        {
            error.WriteLine($"marsad: --map: {mapError}");
            return MarsadCli.UsageError;
        }
        var options = new IngestOptions
        {
            FieldMap = fieldMap,
            Fetch = new FetchOptions
            {
                AllowPrivate = settings.AllowPrivate,
                Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
                Retries = settings.Retries,
                PerHostDelay = TimeSpan.FromMilliseconds(settings.HostDelayMilliseconds),
                RetryDelay = TimeSpan.FromSeconds(Math.Min(1, settings.TimeoutSeconds / 4)),
            },
        };
        var summary = Run(settings, options, output, error);
        return summary.Failures.Count == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
    }

    internal static IngestSummary Run(Settings settings, IngestOptions options, TextWriter output, TextWriter error)
    {
        using var store = StoreFactory.Open(settings.Database);
        using var fetcher = new WebFetcher(options.Fetch);
        var reader = new ArticleReader(options, fetcher, store);
        IngestSummary summary;
        if (settings.Json)
        {
            summary = Ingest(store, reader, settings.Sources, new JsonLinesObserver(output));
            JsonLinesObserver.WriteSummary(output, summary);
        }
        else if (settings.Quiet)
        {
            summary = Ingest(store, reader, settings.Sources, null);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            summary = ProgressObserver.Run(console, observer => Ingest(store, reader, settings.Sources, observer));
            WriteSummary(output, summary, StoreFactory.Describe(settings.Database));
        }
        if (!settings.Json)
            foreach (var f in summary.Failures) error.WriteLine($"marsad: error: {f.Source}: {f.Reason}");
        return summary;
    }

    private static IngestSummary Ingest(IDocumentStore store, ArticleReader reader, IReadOnlyList<string> sources, IIngestObserver? observer) =>
        new Ingester(store, reader, new LinguaLanguageIdentifier(), observer).RunAsync(sources).GetAwaiter().GetResult();

    internal static void WriteSummary(TextWriter output, IngestSummary summary, string database)
    {
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-3);
        int total = summary.Ingested + summary.Unchanged;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingested {summary.Ingested} ({summary.Stored} new, {summary.NewVersions} new versions), unchanged {summary.Unchanged}, failed {summary.Failures.Count} — {total / seconds:0} articles/s into {database}"));
        foreach (var reason in summary.Failures.GroupBy(f => ReasonKind(f.Reason)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  failed ({reason.Count()}): {reason.Key}");
    }

    /// <summary>A reason without its particulars (sizes, line numbers), to group failures in the summary.</summary>
    private static string ReasonKind(string reason)
    {
        int cut = reason.IndexOfAny(['(', ':']);
        var head = (cut > 0 ? reason[..cut] : reason).Trim();
        return new string(head.Select(c => char.IsDigit(c) ? '#' : c).ToArray());
    }

    /// <summary>One JSON object per line, written as events happen, for scripts.</summary>
    private sealed class JsonLinesObserver(TextWriter output) : IIngestObserver
    {
        private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public void Started(int sources) => Write(new { @event = "started", sources });

        public void Stored(IngestedArticle article, string language, StoreOutcome outcome) => Write(new
        {
            @event = "stored", source = article.Locator, document = outcome.DocumentId,
            outcome = outcome.Status.ToString().ToLowerInvariant(), version = outcome.Version, language, format = article.Format,
        });

        public void Failed(InputError error) => Write(new { @event = "error", source = error.Source, reason = error.Reason });

        public void SourcesDone(int done) { }

        public static void WriteSummary(TextWriter output, IngestSummary summary) => output.WriteLine(JsonSerializer.Serialize(new
        {
            @event = "summary", run = summary.RunId, ingested = summary.Ingested, stored = summary.Stored, new_versions = summary.NewVersions,
            unchanged = summary.Unchanged, failed = summary.Failures.Count, seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        }, Options));

        private void Write(object value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
    }

    /// <summary>A Spectre.Console progress bar: sources read, and counts, rate and errors in its label.</summary>
    private sealed class ProgressObserver : IIngestObserver
    {
        private readonly ProgressTask task;
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        private int stored, unchanged, failed;

        private ProgressObserver(ProgressTask task) => this.task = task;

        public static IngestSummary Run(IAnsiConsole console, Func<IIngestObserver, IngestSummary> ingest) =>
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context => ingest(new ProgressObserver(context.AddTask("ingest", maxValue: 1))));

        public void Started(int sources)
        {
            task.MaxValue = Math.Max(sources, 1);
            Describe();
        }

        public void Stored(IngestedArticle article, string language, StoreOutcome outcome)
        {
            if (outcome.Status is StoreStatus.Stored or StoreStatus.NewVersion) stored++;
            else unchanged++;
            if ((stored + unchanged) % 64 == 0) Describe();
        }

        public void Failed(InputError error)
        {
            failed++;
            Describe();
        }

        public void SourcesDone(int done)
        {
            task.Value = done;
            Describe();
        }

        private void Describe()
        {
            var rate = (stored + unchanged) / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"stored {stored}, unchanged {unchanged}, errors {failed}, {rate:0}/s");
        }
    }
}

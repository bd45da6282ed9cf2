using System.CommandLine;
using System.Text;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stories PATH... | --db FILE [--format text|json] [--out FILE]</c>: the stories of a set of
/// articles, newest first, with their source counts: of files read like <c>analyze</c> (no store needed), or of a
/// store as its last <c>marsad process</c> clustered them.</summary>
public static class StoriesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .html, .json, .jsonl, .csv, .rss/.atom), directories (searched recursively), article or feed URLs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = new Option<string?>("--db") { Description = "List the stories stored in this store instead of analysing files: " + StoreInputs.DatabaseDescription };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one block per story (newest first) with its sources and summary; json: the report's stories and topics.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var outFile = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("stories", "Group articles into stories and topics, with multi-source summaries, corroborated facts and contradictions.")
        {
            paths, db, format, outFile,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(paths) ?? [];
            var database = parse.GetValue(db);
            if (!StoreInputs.PathsOrStore("stories", files, database, error)) return MarsadCli.UsageError;
            return database is null
                ? Execute(files, parse.GetRequiredValue(format), parse.GetValue(outFile), output, error)
                : ExecuteStored(database, parse.GetRequiredValue(format), parse.GetValue(outFile), output, error);
        });
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, string format, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        var (sources, failures) = ArticleInputs.Read(paths);
        var analysis = new CollectionAnalyzer().Analyze(sources, failures);
        foreach (var f in analysis.Errors) error.WriteLine($"marsad: error: {f.Source}: {f.Reason}");
        var report = ReportBuilder.Build(analysis);

        ArticleInputs.Write(outFile, output, writer => Render(report, format, writer));
        return analysis.Errors.Count == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
    }

    public static int ExecuteStored(string database, string format, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        var collection = StoreInputs.ReadCollection("stories", database, error);
        if (collection is null) return MarsadCli.UsageError;
        ArticleInputs.Write(outFile, output, writer => Render(collection.ToReport(), format, writer));
        return MarsadCli.Success;
    }

    private static void Render(AnalysisReport report, string format, TextWriter writer)
    {
        if (format == "json")
        {
            writer.WriteLine(ReportJson.Serialize(report with { Documents = [], SharedPassages = [], DuplicateFamilies = [], Syndication = [] }));
            return;
        }
        writer.WriteLine($"{report.Stories.Count} قصص، {report.Topics.Count} مواضيع");
        foreach (var s in report.Stories)
        {
            writer.WriteLine();
            writer.WriteLine($"{s.Id}  {s.Title}");
            writer.WriteLine($"  topic: {s.Topic ?? "-"}  first: {s.First ?? "-"}  last: {s.Last ?? "-"}");
            writer.WriteLine($"  documents: {s.Documents.Count}  sources: {s.Sources.Count}  independent sources: {s.IndependentSources}");
            writer.WriteLine($"  {string.Join(", ", s.Documents)}");
            foreach (var line in s.Summary) writer.WriteLine($"  - {line.Text}  [{line.Document} {line.Start}-{line.End}]");
            foreach (var f in s.Corroborated) writer.WriteLine($"  corroborated {f.Kind}: {f.Text} ({string.Join(", ", f.Sources)})");
            foreach (var c in s.Contradictions)
                writer.WriteLine($"  contradiction {c.Subject}: {string.Join(" / ", c.Values.Select(v => $"{v.Text} ({string.Join(", ", v.Sources)})"))}");
        }
        var changes = report.StoryLog.Where(l => l.Change is "merged" or "split").ToList();
        if (changes.Count == 0) return;
        writer.WriteLine();
        foreach (var l in changes)
            writer.WriteLine(l.Change == "merged" ? $"merged {l.Other} into {l.Story}" : $"split {l.Other} off {l.Story} ({l.Document})");
    }
}

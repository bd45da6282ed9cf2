using System.CommandLine;
using System.Text;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Report;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze PATH... [--format json|text] [--out FILE]</c>: the text core over files, no store needed.</summary>
public static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .html, .json, .jsonl, .csv, .rss/.atom), directories (searched recursively), article or feed URLs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: json (the machine-readable contract, see docs/report-format.md) or text (a readable Arabic summary).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var outFile = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
        };
        var command = new Command("analyze", "Clean and analyse Arabic articles and print a report.") { paths, format, outFile };
        command.SetAction(parse => Execute(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(format), parse.GetValue(outFile), output, error));
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, string format, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        // Every format ingestion reads (text, HTML, JSON/JSONL/CSV, feeds, URLs), without a store.
        var (sources, failures) = ArticleInputs.Read(paths);

        var analysis = new CollectionAnalyzer().Analyze(sources, failures);
        foreach (var f in analysis.Errors) error.WriteLine($"marsad: error: {f.Source}: {f.Reason}");

        var report = ReportBuilder.Build(analysis);
        ArticleInputs.Write(outFile, output, writer => Render(report, format, writer));
        return analysis.Errors.Count == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
    }

    private static void Render(AnalysisReport report, string format, TextWriter writer)
    {
        if (format == "text") TextReportWriter.Write(report, writer);
        else writer.WriteLine(ReportJson.Serialize(report));
    }
}

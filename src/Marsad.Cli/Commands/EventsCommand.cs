using System.CommandLine;
using System.Text;
using Marsad.Annotation;
using Marsad.Annotation.Events;
using Marsad.Export;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad events PATH... [--format csv|json|geojson] [--out FILE]</c>: conflict events of articles in ACLED's format.</summary>
public static class EventsCommand
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
            Description = "Output format: csv (ACLED's columns), json (an array of rows keyed by those columns) or geojson (a FeatureCollection of located events).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json", "geojson");
        var outFile = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the events to this file instead of standard output.",
        };
        var command = new Command("events", "Extract conflict events (ACLED typology) from Arabic articles.") { paths, format, outFile };
        command.SetAction(parse => Execute(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(format), parse.GetValue(outFile), output, error));
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, string format, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        var (sources, failures) = ArticleInputs.Read(paths);

        var analysis = new CollectionAnalyzer { Stories = null }.Analyze(sources, failures);
        foreach (var f in analysis.Errors) error.WriteLine($"marsad: error: {f.Source}: {f.Reason}");

        var rows = new List<AcledRow>();
        foreach (var document in analysis.Documents)
        {
            var annotations = analysis.Annotations.GetValueOrDefault(document.Source.Id) ?? DocumentAnnotations.Empty;
            var found = EventAnnotator.Annotate(document, annotations);
            rows.AddRange(AcledExport.Rows(found.Events, found.Entities, _ => StoryInputs.SourceName(document.Source)));
        }

        ArticleInputs.Write(outFile, output, writer => Render(rows, format, writer));
        return analysis.Errors.Count == 0 ? MarsadCli.Success : MarsadCli.SomeInputsFailed;
    }

    private static void Render(IReadOnlyList<AcledRow> rows, string format, TextWriter writer)
    {
        if (format == "csv")
        {
            AcledExport.WriteCsv(rows, writer);
            return;
        }
        using var buffer = new MemoryStream();
        if (format == "geojson") AcledExport.WriteGeoJson(rows, buffer);
        else AcledExport.WriteJson(rows, buffer);
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

using System.CommandLine;
using System.Text;
using Marsad.Annotation;
using Marsad.Annotation.Events;
using Marsad.Export;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad events PATH... | --db FILE [--format csv|json|geojson] [--out FILE]</c>: conflict events in ACLED's
/// format, of files read like <c>analyze</c>, or of a store as its last <c>marsad process</c> found them (actors and
/// places resolved across the whole collection).</summary>
public static class EventsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .html, .json, .jsonl, .csv, .rss/.atom), directories (searched recursively), article or feed URLs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = new Option<string?>("--db") { Description = "Export the events stored in this store instead of analysing files: " + StoreInputs.DatabaseDescription };
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
        var command = new Command("events", "Extract conflict events (ACLED typology) from Arabic articles.") { paths, db, format, outFile };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(paths) ?? [];
            var database = parse.GetValue(db);
            if (!StoreInputs.PathsOrStore("events", files, database, error)) return MarsadCli.UsageError;
            if (database is null) return Execute(files, parse.GetRequiredValue(format), parse.GetValue(outFile), output, error);
            var collection = StoreInputs.ReadCollection("events", database, error);
            if (collection is null) return MarsadCli.UsageError;
            ArticleInputs.Write(parse.GetValue(outFile), output, writer => Render(collection.AcledRows, parse.GetRequiredValue(format), writer),
                byteOrderMark: parse.GetRequiredValue(format) == "csv");
            return MarsadCli.Success;
        });
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, string format, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        var (sources, failures) = ArticleInputs.Read(paths);

        var analysis = new CollectionAnalyzer { Stories = null }.Analyze(sources, failures);
        foreach (var f in analysis.Errors) error.WriteLine($"marsad: error: {f.Source}: {f.Reason}");

        var rows = new List<AcledRow>();
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        foreach (var document in analysis.Documents)
        {
            var annotations = analysis.Annotations.GetValueOrDefault(document.Source.Id) ?? DocumentAnnotations.Empty;
            var found = EventAnnotator.Annotate(document, annotations);
            rows.AddRange(AcledExport.Rows(found.Events, found.Entities, _ => StoryInputs.SourceName(document.Source), timestamp: now));
        }

        ArticleInputs.Write(outFile, output, writer => Render(rows, format, writer), byteOrderMark: format == "csv");
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

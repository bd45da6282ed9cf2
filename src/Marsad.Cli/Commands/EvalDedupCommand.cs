using System.CommandLine;
using System.Globalization;
using System.Text;
using Marsad.Dedup;
using Marsad.Dedup.Evaluation;
using Marsad.Language;
using SharpCompress.Compressors.Xz;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval dedup --data FILE [--gold DIR] [--relations FILE]</c>: dedup over a JSON Lines corpus in
/// memory, scored against the rewrite groups and template pairs of eval/dedup/ (see <see cref="CorpusDedupEvaluation"/>).</summary>
public static class EvalDedupCommand
{
    public const string DefaultGold = "eval/dedup";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<FileInfo>("--data", "-d")
        {
            Description = "The corpus: JSON Lines (.jsonl, or .jsonl.xz) with an 'id' field per record.",
            Required = true,
        };
        var gold = new Option<DirectoryInfo>("--gold", "-g")
        {
            Description = "Gold directory with rewrite-groups.tsv and template-pairs.tsv.",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultGold),
        };
        var relations = new Option<FileInfo?>("--relations")
        {
            Description = "Also write every relation found (document, other, kind, similarity; corpus ids) to this TSV file, to sample and read.",
        };
        var examples = new Option<int>("--examples")
        {
            Description = "How many missed pairs and linked template pairs to print.",
            DefaultValueFactory = _ => 20,
        };
        var defaults = DedupOptions.Default;
        var rewriteCoverage = new Option<double>("--rewrite-coverage")
        {
            Description = "Share of the shorter document inside aligned passages, templates aside, for a rewrite (above 1: no rewrites, the rule before rewrites).",
            DefaultValueFactory = _ => defaults.RewriteCoverage,
        };
        var syndicationCoverage = new Option<double>("--syndication-coverage")
        {
            Description = "Share of the shorter document inside shared passages, templates aside, that a syndication link needs (0: none).",
            DefaultValueFactory = _ => defaults.SyndicationCoverage,
        };
        var templateDocuments = new Option<int>("--template-documents")
        {
            Description = "Earlier unrelated documents holding a passage seed that make it a template (very large: no templates).",
            DefaultValueFactory = _ => defaults.TemplateDocuments,
        };
        var templateCopyCoverage = new Option<double>("--template-copy-coverage")
        {
            Description = "Share of the shorter document, templates included, at which a document holding a seed is a copy rather than an unrelated report.",
            DefaultValueFactory = _ => defaults.TemplateCopyCoverage,
        };
        var leadWords = new Option<int>("--syndication-lead-words")
        {
            Description = "Opening words of one of the two documents that shared passages must half cover for a syndication link (0: no such check).",
            DefaultValueFactory = _ => defaults.SyndicationLeadWords,
        };
        var command = new Command("dedup", "Evaluate rewrite and copy detection (pair recall over gold groups, links between different reports).")
        {
            data, gold, relations, examples, rewriteCoverage, syndicationCoverage, templateDocuments, templateCopyCoverage, leadWords,
        };
        command.SetAction(parse => Execute(parse.GetRequiredValue(data), parse.GetRequiredValue(gold), parse.GetValue(relations), parse.GetValue(examples),
            defaults with
            {
                RewriteCoverage = parse.GetValue(rewriteCoverage),
                SyndicationCoverage = parse.GetValue(syndicationCoverage),
                TemplateDocuments = parse.GetValue(templateDocuments),
                TemplateCopyCoverage = parse.GetValue(templateCopyCoverage),
                SyndicationLeadWords = parse.GetValue(leadWords),
            },
            output, error));
        return command;
    }

    public static int Execute(FileInfo data, DirectoryInfo goldDirectory, FileInfo? relationsFile, int examples, DedupOptions options, TextWriter output, TextWriter error)
    {
        CorpusDedupGold gold;
        string corpus;
        try
        {
            gold = CorpusDedupGold.Load(goldDirectory.FullName);
            corpus = ReadCorpus(data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            error.WriteLine($"marsad: eval dedup: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        CorpusDedupReport report;
        try
        {
            report = CorpusDedupEvaluation.Run(corpus, data.FullName, new LinguaLanguageIdentifier(), gold, options);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"marsad: eval dedup: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        report.WriteReport(output, examples);
        if (relationsFile is not null)
        {
            using var writer = new StreamWriter(relationsFile.FullName, append: false, new UTF8Encoding(false));
            foreach (var r in report.Relations)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Document}\t{r.Other}\t{r.Kind.ToString().ToLowerInvariant()}\t{r.Similarity}"));
        }
        return MarsadCli.Success;
    }

    static string ReadCorpus(FileInfo data)
    {
        if (!data.Exists) throw new IOException($"{data.FullName}: no such corpus file");
        using var file = data.OpenRead();
        try
        {
            using Stream stream = data.Name.EndsWith(".xz", StringComparison.OrdinalIgnoreCase) ? new XZStream(file) : file;
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is not IOException and not UnauthorizedAccessException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"{data.FullName}: cannot be decompressed as .xz ({e.Message})", e);
        }
    }
}

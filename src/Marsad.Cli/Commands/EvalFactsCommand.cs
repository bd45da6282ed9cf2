using System.CommandLine;
using System.Text;
using System.Text.Json;
using Marsad.Annotation.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval facts [--gold FILE] [--data FILE] [--samples DIR] [--details]</c>: analyses the documents of
/// an analyst's gold (eval/facts/gold.jsonl) as one collection and prints event precision/recall (type + actors, and
/// with the date), speaker accuracy and figures found (see <see cref="FactsEvaluation"/>), then each further
/// <see cref="IFactsCheck"/>.</summary>
public static class EvalFactsCommand
{
    public const string DefaultGold = "eval/facts/gold.jsonl";
    public const string DefaultSamples = "samples";

    /// <summary>Checks run after the fact scores, over the same gold and analysis; summary checks are added here.</summary>
    public static IReadOnlyList<IFactsCheck> Checks { get; } = [];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var gold = new Option<FileInfo>("--gold", "-g")
        {
            Description = "Gold file: one JSON object a line (doc, events, quotes, numbers); see eval/facts/README.md.",
            DefaultValueFactory = _ => new FileInfo(DefaultGold),
        };
        var data = new Option<FileInfo?>("--data", "-d")
        {
            Description = "JSON Lines corpus with an 'id' field per record, from which the gold's documents are taken (e.g. /tmp/snn/articles.jsonl).",
        };
        var samples = new Option<DirectoryInfo>("--samples")
        {
            Description = "Directory of sample articles (.txt), whose file names without extension are gold ids.",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultSamples),
        };
        var details = new Option<bool>("--details") { Description = "Also list every wrong and missed event, speaker, quote and figure." };
        var command = new Command("facts", "Evaluate events, quote speakers and figures against an analyst's gold.") { gold, data, samples, details };
        command.SetAction(parse => Execute(parse.GetRequiredValue(gold), parse.GetValue(data), parse.GetRequiredValue(samples),
            parse.GetValue(details), output, error));
        return command;
    }

    public static int Execute(FileInfo goldFile, FileInfo? data, DirectoryInfo samples, bool details, TextWriter output, TextWriter error)
    {
        IReadOnlyList<FactsGold> gold;
        try
        {
            gold = FactsGold.Load(goldFile.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            error.WriteLine($"marsad: eval facts: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        var ids = gold.Select(g => g.Document).ToHashSet(StringComparer.Ordinal);
        var paths = new List<string>();
        if (samples.Exists)
            paths.AddRange(samples.EnumerateFiles("*.txt").Where(f => ids.Contains(Path.GetFileNameWithoutExtension(f.Name))).Select(f => f.FullName));
        string? selection = null;
        try
        {
            if (data is not null)
            {
                // Only the gold's records are analysed, each copied to a file named by its id, so that the reader names
                // the document "<id>#1".
                selection = Path.Combine(Path.GetTempPath(), $"marsad-eval-facts-{Environment.ProcessId}");
                Directory.CreateDirectory(selection);
                foreach (var line in File.ReadLines(data.FullName))
                    if (ids.Any(line.Contains) && RecordId(line) is { } id && ids.Contains(id))
                        File.WriteAllText(Path.Combine(selection, id + ".jsonl"), line + "\n", new UTF8Encoding(false));
                paths.Add(selection);
            }
            var (sources, failures) = ArticleInputs.Read(paths);
            var analysis = new CollectionAnalyzer().Analyze(sources, failures);
            foreach (var f in analysis.Errors) error.WriteLine($"marsad: error: {f.Source}: {f.Reason}");
            var analysed = analysis.Documents.Select(d => d.Source.Id).ToHashSet(StringComparer.Ordinal);
            var sourceIds = ids.ToDictionary(id => id, id => analysed.Contains(id) ? id : id + "#1", StringComparer.Ordinal);
            output.WriteLine($"{analysis.Documents.Count} of {gold.Count} gold documents analysed");
            FactsEvaluation.Run(gold, analysis, sourceIds).WriteReport(output, details);
            foreach (var check in Checks)
            {
                output.WriteLine();
                output.WriteLine($"{check.Name}:");
                check.Write(gold, analysis, output);
            }
            return MarsadCli.Success;
        }
        catch (IOException e)
        {
            error.WriteLine($"marsad: eval facts: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        finally
        {
            if (selection is not null && Directory.Exists(selection)) Directory.Delete(selection, recursive: true);
        }
    }

    private static string? RecordId(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("id", out var id) ? id.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Language;
using Marsad.Report;
using Marsad.Storage;
using SharpCompress.Compressors.Xz;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval resolution --data FILE --gold DIR [--db STORE]</c>: entity resolution against the gold of
/// eval/resolution/ (alias pairs, types, place coordinates; see <see cref="ResolutionEvaluator"/>). Without --db the
/// entity stage runs over the JSON Lines corpus in memory (<see cref="CorpusEntities"/>); with --db the entities of a
/// store that ingested that corpus and ran <c>marsad process</c> are read instead.</summary>
public static class EvalResolutionCommand
{
    public const string DefaultGold = "eval/resolution";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<FileInfo>("--data", "-d")
        {
            Description = "The corpus: JSON Lines (.jsonl, or .jsonl.xz) with an 'id' field per record; with --db, the file "
                + "the store ingested (its line numbers name the documents).",
            Required = true,
        };
        var gold = new Option<DirectoryInfo>("--gold", "-g")
        {
            Description = "Gold directory with aliases.tsv, types.tsv and places.tsv.",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultGold),
        };
        var db = new Option<string?>("--db")
        {
            Description = "Read the entities of this processed store instead of computing them. " + StoreInputs.DatabaseDescription,
        };
        var examples = new Option<int>("--examples")
        {
            Description = "How many errors of each kind to print.",
            DefaultValueFactory = _ => 15,
        };
        var command = new Command("resolution", "Evaluate entity resolution (aliases, types, geocoding) against a hand-made gold sample.")
        {
            data, gold, db, examples,
        };
        command.SetAction(parse => Execute(
            parse.GetRequiredValue(data), parse.GetRequiredValue(gold), parse.GetValue(db), parse.GetValue(examples), output, error));
        return command;
    }

    public static int Execute(
        FileInfo data, DirectoryInfo goldDirectory, string? database, int examples, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        ResolutionGold gold;
        string corpus;
        try
        {
            gold = ResolutionGold.Load(goldDirectory.FullName);
            corpus = ReadCorpus(data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            error.WriteLine($"marsad: eval resolution: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"gold: {gold.Aliases.Count} alias pairs, {gold.Types.Count} typed names, "
            + $"{gold.Places.Count} place mentions ({goldDirectory.FullName})"));
        IReadOnlyList<EntityReport> entities;
        Func<string, string?> textOf;
        try
        {
            if (database is null)
            {
                var run = CorpusEntities.Run(corpus, data.FullName, new LinguaLanguageIdentifier());
                output.WriteLine(string.Create(c, $"corpus: {run.Records} records, {run.Duplicates} repeated texts, "
                    + $"{run.Skipped} skipped, {run.Documents} documents analysed in memory"));
                var stages = run.Timings.Stages.Select(s => string.Create(c, $"{s.Stage} {s.Wall.TotalSeconds:0.0} s"));
                output.WriteLine("time: " + string.Join(", ", stages));
                (entities, textOf) = (run.Entities, id => run.Texts.GetValueOrDefault(id));
            }
            else
            {
                var read = ReadStore(database, CorpusIds.Read(corpus, data.FullName), gold, error);
                if (read is null) return MarsadCli.UsageError;
                (entities, textOf) = read.Value;
                output.WriteLine($"store: {StoreFactory.Describe(database)}");
            }
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"marsad: eval resolution: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        output.WriteLine(string.Create(c, $"elapsed before scoring: {clock.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine();
        ResolutionEvaluator.Evaluate(entities, gold, textOf).WriteReport(output, examples);
        return MarsadCli.Success;
    }

    /// <summary>The whole corpus as text: UTF-8 JSON Lines, decompressed first when the name ends in .xz.</summary>
    internal static string ReadCorpus(FileInfo data)
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
            // SharpCompress reports a damaged or foreign stream with its own exception types.
            throw new InvalidDataException($"{data.FullName}: cannot be decompressed as .xz ({e.Message})", e);
        }
    }

    /// <summary>The store's entities with mention documents renamed to corpus ids (by their first locator's line), and
    /// the clean text of the gold's place documents; null after writing why to <paramref name="error"/>.</summary>
    private static (IReadOnlyList<EntityReport>, Func<string, string?>)? ReadStore(
        string database, CorpusIds ids, ResolutionGold gold, TextWriter error)
    {
        var collection = StoreInputs.ReadCollection("eval resolution", database, error);
        if (collection is null) return null;
        using var store = StoreFactory.Open(database);
        var corpusIdOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var storeIdOf = new Dictionary<string, long>(StringComparer.Ordinal);
        int unknown = 0;
        string Map(string document)
        {
            if (corpusIdOf.TryGetValue(document, out var id)) return id;
            long key = StoreKey.IdOf(document);
            id = store.GetLocations(key).Select(ids.OfLocator).FirstOrDefault(i => i is not null);
            if (id is null)
            {
                unknown++;
                id = "store:" + document;
            }
            else storeIdOf.TryAdd(id, key);
            return corpusIdOf[document] = id;
        }
        var entities = collection.Entities
            .Select(e => e with { Mentions = e.Mentions.Select(m => m with { Document = Map(m.Document) }).ToList() })
            .ToList();
        if (unknown > 0)
            error.WriteLine($"marsad: eval resolution: warning: {unknown} stored documents have no locator naming a line of the corpus");
        var texts = gold.Places.Select(p => p.DocumentId).Distinct(StringComparer.Ordinal)
            .Where(storeIdOf.ContainsKey)
            .ToDictionary(id => id, id => store.GetDocument(storeIdOf[id])?.CleanText, StringComparer.Ordinal);
        return (entities, id => texts.GetValueOrDefault(id));
    }
}

using System.CommandLine;
using System.Diagnostics;
using Marsad.Entities.Recognition;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad train ner --data FILE [--out FILE] [--seed N] [--epochs N] [--runs N] [--holdout-last-tenth] [--gazetteer DIR [--variants N]]</c>:
/// trains the stacked named-entity tagger on a CoNLL-style file and writes the model file.
/// </summary>
public static class TrainCommand
{
    public const string DefaultModelPath = "models/ner/marsad-ner.bin";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<FileInfo>("--data", "-d")
        {
            Description = "Training file: 'word TAG' per line, a blank line between sentences, IOB1 or IOB2 tags over PER/PERS, LOC, ORG, MISC.",
            Required = true,
        };
        var outFile = new Option<FileInfo>("--out", "-o")
        {
            Description = $"Where to write the model (default: {DefaultModelPath}, the committed model, relative to the current directory).",
            DefaultValueFactory = _ => new FileInfo(DefaultModelPath),
        };
        var defaults = new NerTrainingOptions();
        var seed = new Option<int>("--seed")
        {
            Description = $"Seed of the sentence shuffling (default: {defaults.Seed}); the same seed and data give the same model bytes.",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var epochs = new Option<int>("--epochs")
        {
            Description = $"Passes over the training data (default: {defaults.Epochs}).",
            DefaultValueFactory = _ => defaults.Epochs,
        };
        var runs = new Option<int>("--runs")
        {
            Description = $"Perceptron runs over differently shuffled data whose weights are averaged (default: {defaults.Runs}).",
            DefaultValueFactory = _ => defaults.Runs,
        };
        var holdout = new Option<bool>("--holdout-last-tenth")
        {
            Description = "Train on the first nine tenths of the sentences only, keeping the last tenth as the development set (see 'marsad eval ner --dev-split').",
        };
        var gazetteer = new Option<DirectoryInfo?>("--gazetteer")
        {
            Description = "Directory with pers.txt, loc.txt and org.txt name lists: adds copies of the training sentences with the names swapped for listed ones (training time only; the model does not contain the lists).",
        };
        var variants = new Option<int>("--variants")
        {
            Description = "Copies of each training sentence with names swapped, when --gazetteer is given (default: 2).",
            DefaultValueFactory = _ => 2,
        };
        var wordDropout = new Option<double>("--word-dropout")
        {
            Description = "Chance that a token's word-identity features sit out a training step (default: 0.1).",
            DefaultValueFactory = _ => new NerTrainingOptions().WordDropout,
        };
        var clusters = ClustersOption();
        var ner = new Command("ner", "Train the Arabic named-entity tagger (two stacked averaged structured perceptrons).") { data, outFile, seed, epochs, runs, holdout, gazetteer, variants, wordDropout, clusters };
        ner.SetAction(parse => UseClusters(parse.GetValue(clusters), error) ? ExecuteNer(
            parse.GetRequiredValue(data), parse.GetRequiredValue(outFile),
            new NerTrainingOptions { Seed = parse.GetValue(seed), Epochs = parse.GetValue(epochs), Runs = parse.GetValue(runs), WordDropout = parse.GetValue(wordDropout) },
            parse.GetValue(holdout), parse.GetValue(gazetteer), parse.GetValue(variants), output, error) : MarsadCli.SomeInputsFailed);
        return new Command("train", "Train a model from annotated data.") { ner, TrainClustersCommand.Create(output, error) };
    }

    /// <summary>The --clusters option of the commands that extract tagger features.</summary>
    internal static Option<FileInfo?> ClustersOption() => new("--clusters")
    {
        Description = "Word-cluster file the features read (default: the committed models/ner/word-clusters.bin built into marsad); a model must be tagged with the clusters it was trained with.",
    };

    /// <summary>Makes the chosen cluster file the one features read; false (and a message) when it cannot be read.</summary>
    internal static bool UseClusters(FileInfo? file, TextWriter error)
    {
        if (file is null) return true;
        try
        {
            Marsad.Entities.Recognition.Clusters.NerWordClusters.Use(Marsad.Entities.Recognition.Clusters.WordClusters.Load(file.FullName));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"marsad: error: {file}: {e.Message}");
            return false;
        }
    }

    public static int ExecuteNer(
        FileInfo data, FileInfo outFile, NerTrainingOptions options, bool holdoutLastTenth, DirectoryInfo? gazetteer, int variants,
        TextWriter output, TextWriter error)
    {
        if (options.Epochs < 1 || options.Runs < 1)
        {
            error.WriteLine("marsad: error: --epochs and --runs must be at least 1");
            return MarsadCli.UsageError;
        }
        if (options.WordDropout is < 0 or >= 1 || double.IsNaN(options.WordDropout))
        {
            error.WriteLine($"marsad: error: --word-dropout must be at least 0 and below 1 (got {options.WordDropout})");
            return MarsadCli.UsageError;
        }
        IReadOnlyList<ConllSentence> sentences;
        NameLists? names;
        try
        {
            sentences = ConllCorpus.ReadFile(data.FullName);
            names = gazetteer is null ? null : NameLists.ReadDirectory(gazetteer.FullName).WithProjectNames();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            error.WriteLine($"marsad: error: {data}: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        if (holdoutLastTenth) sentences = ConllCorpus.SplitLastTenth(sentences).Train;

        var clock = Stopwatch.StartNew();
        var model = NerTrainer.TrainStacked(sentences, names, names is null ? 0 : variants, options, output);
        outFile.Directory?.Create();
        model.Save(outFile.FullName);
        output.WriteLine($"trained on {sentences.Count} sentences ({sentences.Sum(s => s.Words.Count)} tokens) with {(names is null ? 0 : variants)} name-swapped copies, seed {options.Seed}, {options.Epochs} epochs, {options.Runs} runs, {options.Folds} folds, in {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"wrote {outFile.FullName}: {model.FeatureCount} features, {new FileInfo(outFile.FullName).Length} bytes");
        return MarsadCli.Success;
    }
}

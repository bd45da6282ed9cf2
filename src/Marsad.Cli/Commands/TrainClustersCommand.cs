using System.CommandLine;
using System.Diagnostics;
using Marsad.Entities.Recognition;
using Marsad.Entities.Recognition.Clusters;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad train clusters --corpus FILE... [--conll FILE [--holdout-last-tenth]] [--out FILE] [--seed N] ...</c>:
/// learns word vectors with character n-grams from unlabelled text and a binary cluster tree over them, the word
/// clusters the tagger's features read (models/ner/word-clusters.bin).
/// </summary>
public static class TrainClustersCommand
{
    public const string DefaultPath = "models/ner/word-clusters.bin";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var corpus = new Option<FileInfo[]>("--corpus")
        {
            Description = "Plain UTF-8 text files, one paragraph or sentence a line (decompress .xz files first).",
            AllowMultipleArgumentsPerToken = true,
        };
        var conll = new Option<FileInfo?>("--conll")
        {
            Description = "Also learn from the words of a CoNLL-style file (its tags are not read).",
        };
        var holdout = new Option<bool>("--holdout-last-tenth")
        {
            Description = "Read only the first nine tenths of the --conll file's sentences: the development tenth stays out.",
        };
        var outFile = new Option<FileInfo>("--out", "-o")
        {
            Description = $"Where to write the clusters (default: {DefaultPath}).",
            DefaultValueFactory = _ => new FileInfo(DefaultPath),
        };
        var defaults = new WordVectorOptions();
        var seed = new Option<int>("--seed") { Description = "Seed of initialisation, sampling and clustering.", DefaultValueFactory = _ => defaults.Seed };
        var dimensions = new Option<int>("--dimensions") { Description = "Vector size.", DefaultValueFactory = _ => defaults.Dimensions };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the text.", DefaultValueFactory = _ => defaults.Epochs };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no vector or cluster of their own.", DefaultValueFactory = _ => defaults.MinCount };
        var depth = new Option<int>("--depth") { Description = "Levels of the context cluster tree (2^depth leaves).", DefaultValueFactory = _ => 12 };
        var spellingDepth = new Option<int>("--spelling-depth") { Description = "Levels of the spelling cluster tree.", DefaultValueFactory = _ => 10 };
        var command = new Command("clusters", "Learn word clusters for the tagger from unlabelled Arabic text.") { corpus, conll, holdout, outFile, seed, dimensions, epochs, minCount, depth, spellingDepth };
        command.SetAction(parse => Execute(
            parse.GetValue(corpus) ?? [], parse.GetValue(conll), parse.GetValue(holdout), parse.GetRequiredValue(outFile),
            defaults with { Seed = parse.GetValue(seed), Dimensions = parse.GetValue(dimensions), Epochs = parse.GetValue(epochs), MinCount = parse.GetValue(minCount) },
            parse.GetValue(depth), parse.GetValue(spellingDepth), output, error));
        return command;
    }

    public static int Execute(FileInfo[] corpus, FileInfo? conll, bool holdoutLastTenth, FileInfo outFile, WordVectorOptions options, int depth,
        int spellingDepth, TextWriter output, TextWriter error)
    {
        if (corpus.Length == 0 && conll is null)
        {
            error.WriteLine("marsad: error: give at least one --corpus or --conll file");
            return MarsadCli.UsageError;
        }
        if (options.Dimensions < 1 || options.Epochs < 1 || options.MinCount < 1 || depth is < 1 or > 20 || spellingDepth is < 1 or > 20)
        {
            error.WriteLine("marsad: error: --dimensions, --epochs and --min-count must be at least 1, --depth and --spelling-depth 1 to 20");
            return MarsadCli.UsageError;
        }
        var sentences = new List<IReadOnlyList<string>>();
        try
        {
            foreach (var file in corpus)
                foreach (var line in File.ReadLines(file.FullName))
                    if (WordVectorTrainer.Words(line) is { Count: > 0 } words) sentences.Add(words);
            if (conll is not null)
            {
                var labelled = ConllCorpus.ReadFile(conll.FullName);
                if (holdoutLastTenth) labelled = ConllCorpus.SplitLastTenth(labelled).Train;
                foreach (var s in labelled)
                    if (WordVectorTrainer.Words(string.Join(' ', s.Words)) is { Count: > 0 } words) sentences.Add(words);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            error.WriteLine($"marsad: error: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        var clock = Stopwatch.StartNew();
        var vectors = WordVectorTrainer.Train(sentences, options, output);
        var clusters = WordClusters.Build(vectors, depth, spellingDepth, options.Seed);
        outFile.Directory?.Create();
        clusters.Save(outFile.FullName);
        output.WriteLine($"learnt from {sentences.Count} lines, seed {options.Seed}, {options.Dimensions} dimensions, {options.Epochs} epochs, in {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"wrote {outFile.FullName}: {clusters.WordCount} words, depths {depth} and {spellingDepth}, {new FileInfo(outFile.FullName).Length} bytes");
        return MarsadCli.Success;
    }
}

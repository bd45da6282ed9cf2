using System.CommandLine;
using Marsad.Entities.Recognition;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval ner --data FILE [--model FILE] [--dev-split] [--predictions FILE]</c>: tags a CoNLL-style file and prints entity-level
/// precision, recall and F1 (exact span and type, as conlleval counts them), per type and micro, then the most
/// frequent errors; the last line is <c>micro-F1 0.xxxx</c>. Sentences are tagged in documents of
/// <see cref="ConllCorpus.DocumentSentences"/>, as the model was trained.
/// </summary>
public static class EvalCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<FileInfo>("--data", "-d")
        {
            Description = "Gold file: 'word TAG' per line, a blank line between sentences, IOB1 or IOB2 tags over PER/PERS, LOC, ORG, MISC.",
            Required = true,
        };
        var model = new Option<FileInfo?>("--model", "-m")
        {
            Description = "Model file to evaluate (default: the committed model built into marsad).",
        };
        var devSplit = new Option<bool>("--dev-split")
        {
            Description = "Score only the last tenth of the sentences: the development set that 'marsad train ner --holdout-last-tenth' leaves out.",
        };
        var predictions = new Option<FileInfo?>("--predictions")
        {
            Description = "Also write 'word gold predicted' per line (conlleval's input format) to this file, for error analysis.",
        };
        var clusters = TrainCommand.ClustersOption();
        var ner = new Command("ner", "Evaluate the named-entity tagger against a gold file.") { data, model, devSplit, predictions, clusters };
        ner.SetAction(parse => TrainCommand.UseClusters(parse.GetValue(clusters), error) ? ExecuteNer(
            parse.GetRequiredValue(data), parse.GetValue(model), parse.GetValue(devSplit), parse.GetValue(predictions), output, error) : MarsadCli.SomeInputsFailed);
        return new Command("eval", "Evaluate a model against annotated data.") { ner, EvalNerArticlesCommand.Create(output, error), EvalStemmerCommand.Create(output, error), EvalResolutionCommand.Create(output, error), EvalDedupCommand.Create(output, error), EvalStoriesCommand.Create(output, error), EvalFactsCommand.Create(output, error), EvalSummariesCommand.Create(output, error) };
    }

    public static int ExecuteNer(FileInfo data, FileInfo? modelFile, bool devSplit, FileInfo? predictionsFile, TextWriter output, TextWriter error)
    {
        IReadOnlyList<ConllSentence> sentences;
        NamedEntityRecognizer recognizer;
        try
        {
            sentences = ConllCorpus.ReadFile(data.FullName);
            recognizer = modelFile is null ? NamedEntityRecognizer.Default : new NamedEntityRecognizer(NerModel.Load(modelFile.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            error.WriteLine($"marsad: error: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        if (devSplit) sentences = ConllCorpus.SplitLastTenth(sentences).Dev;
        var evaluator = new ConllEvaluator();
        using var predictions = predictionsFile is null ? null : new StreamWriter(predictionsFile.FullName, append: false, new System.Text.UTF8Encoding(false));
        // ANERcorp marks no articles: runs of sentences stand in for them, as in training.
        foreach (var document in ConllCorpus.Documents(sentences))
        {
            var tagged = recognizer.TagDocument(document.Select(s => s.Words).ToArray());
            for (int s = 0; s < document.Count; s++)
            {
                var (sentence, predicted) = (document[s], tagged[s]);
                evaluator.Add(sentence.Tags, predicted);
                if (predictions is null) continue;
                for (int i = 0; i < predicted.Count; i++) predictions.WriteLine($"{sentence.Words[i]} {sentence.Tags[i]} {predicted[i]}");
                predictions.WriteLine();
            }
        }
        evaluator.Result().WriteReport(output);
        return MarsadCli.Success;
    }
}

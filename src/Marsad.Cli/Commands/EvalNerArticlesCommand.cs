using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Entities.Recognition;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval ner-articles --articles FILE --gold FILE [--model FILE] [--clusters FILE] [--min-confidence X]</c>: tags
/// the articles named in a hand-annotated gold file (eval/ner) and prints entity-level precision, recall and F1, as
/// <c>eval ner</c> does; also how precision and recall move when mentions below a confidence are dropped.
/// </summary>
public static class EvalNerArticlesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var articles = new Option<FileInfo>("--articles") { Description = "JSONL articles with 'id' and 'text' (e.g. the decompressed saudinewsnet-dev).", Required = true };
        var gold = new Option<FileInfo>("--gold") { Description = "Gold spans: article id, start, end, type per line (eval/ner/*.tsv).", Required = true };
        var model = new Option<FileInfo?>("--model", "-m") { Description = "Model file to evaluate (default: the committed model built into marsad)." };
        var clusters = TrainCommand.ClustersOption();
        var list = new Option<FileInfo?>("--list") { Description = "Also write each mention found (article, start, end, type, confidence, right or wrong) to this file." };
        var temperature = new Option<double?>("--temperature") { Description = "Score scale of the mentions' confidence (default: the recognizer's)." };
        var command = new Command("ner-articles", "Evaluate the named-entity tagger on hand-annotated articles.") { articles, gold, model, clusters, list, temperature };
        command.SetAction(parse => TrainCommand.UseClusters(parse.GetValue(clusters), error)
            ? Execute(parse.GetRequiredValue(articles), parse.GetRequiredValue(gold), parse.GetValue(model), parse.GetValue(list), parse.GetValue(temperature), output, error)
            : MarsadCli.SomeInputsFailed);
        return command;
    }

    public static int Execute(FileInfo articlesFile, FileInfo goldFile, FileInfo? modelFile, FileInfo? listFile, double? temperature, TextWriter output, TextWriter error)
    {
        List<string> annotated;
        List<GoldEntitySpan> gold;
        NamedEntityRecognizer recognizer;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            (annotated, gold) = NerArticleGold.Read(goldFile.FullName);
            recognizer = modelFile is null ? NamedEntityRecognizer.Default : new NamedEntityRecognizer(NerModel.Load(modelFile.FullName));
            if (temperature is { } t) recognizer = new NamedEntityRecognizer(recognizer.Model) { ConfidenceTemperature = t };
            var wanted = annotated.ToHashSet(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(articlesFile.FullName))
            {
                using var json = JsonDocument.Parse(line);
                string id = json.RootElement.GetProperty("id").GetString() ?? "";
                if (wanted.Contains(id)) texts[id] = json.RootElement.GetProperty("text").GetString() ?? "";
            }
            if (wanted.FirstOrDefault(id => !texts.ContainsKey(id)) is { } missing)
                throw new InvalidDataException($"article {missing} of the gold file is not in {articlesFile.Name}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or JsonException or KeyNotFoundException)
        {
            error.WriteLine($"marsad: error: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }

        var byArticle = annotated.Order(StringComparer.Ordinal).Select(id => (Key: id, Spans: gold.Where(g => g.Article == id).ToList())).ToList();
        output.WriteLine($"{byArticle.Count} articles, {gold.Count} gold entities");
        var all = new ConllEvaluator();
        using var listing = listFile is null ? null : new StreamWriter(listFile.FullName, append: false, new System.Text.UTF8Encoding(false));
        foreach (var article in byArticle)
        {
            var found = NerArticleGold.Add(all, texts[article.Key], article.Spans, recognizer);
            foreach (var m in found)
            {
                bool right = article.Spans.Any(g => g.Start == m.Start && g.End == m.End && g.Type == m.Type.Label());
                listing?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{article.Key}\t{m.Start}\t{m.End}\t{m.Type.Label()}\t{m.Confidence:0.0000}\t{(right ? "right" : "wrong")}"));
            }
        }
        all.Result().WriteReport(output);
        output.WriteLine("with mentions below a confidence dropped:");
        foreach (double threshold in new[] { 0.5, 0.7, 0.9 })
        {
            var kept = new ConllEvaluator();
            foreach (var article in byArticle) NerArticleGold.Add(kept, texts[article.Key], article.Spans, recognizer, threshold);
            var micro = kept.Result().Micro;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  confidence ≥ {threshold:0.0}: precision {micro.Precision:0.0000}, recall {micro.Recall:0.0000}, F1 {micro.F1:0.0000} ({micro.Predicted} found)"));
        }
        return MarsadCli.Success;
    }
}

using System.Globalization;
using Marsad.Entities.Recognition;
using Marsad.Text.Tokens;

namespace Marsad.Evaluation;

/// <summary>One hand-annotated entity of an article: [Start, End) in UTF-16 offsets of the article's text, and its type label.</summary>
public sealed record GoldEntitySpan(string Article, int Start, int End, string Type);

/// <summary>
/// Scores the tagger on running articles against spans annotated by hand (eval/ner): the article's tokens get IOB2
/// tags from the gold spans and from the tagger's mentions alike, and <see cref="ConllEvaluator"/> counts exact
/// span-and-type matches, as for the CoNLL development set.
/// </summary>
public static class NerArticleGold
{
    /// <summary>
    /// Reads 'article, start, end, type' lines (tab-separated; '#' starts a comment); a line with the article id alone
    /// names an article annotated as having no entity. Gives the annotated article ids in file order and the spans.
    /// </summary>
    public static (List<string> Articles, List<GoldEntitySpan> Spans) Read(string path)
    {
        var articles = new List<string>();
        var spans = new List<GoldEntitySpan>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length is not (1 or 4)) throw new FormatException($"expected article, start, end, type (or the article alone): '{line}'");
            if (!articles.Contains(f[0])) articles.Add(f[0]);
            if (f.Length == 4)
                spans.Add(new GoldEntitySpan(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), f[3]));
        }
        return (articles, spans);
    }

    /// <summary>Adds one article to <paramref name="evaluator"/>: its gold spans against the mentions the recognizer gives
    /// with at least <paramref name="minConfidence"/>.</summary>
    /// <returns>The mentions found, for a listing.</returns>
    public static IReadOnlyList<EntityMention> Add(ConllEvaluator evaluator, string text, IEnumerable<GoldEntitySpan> gold, IEntityRecognizer recognizer, double minConfidence = 0)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var mentions = recognizer.Recognize(text, tokens.ConvertAll(t => (t.Start, t.Length)));
        var goldTags = Tags(tokens, gold.Select(g => (g.Start, g.End, g.Type)));
        var predicted = Tags(tokens, mentions.Where(m => minConfidence <= 0 || m.Confidence >= minConfidence).Select(m => (m.Start, m.End, m.Type.Label())));
        evaluator.Add(goldTags, predicted);
        return mentions;
    }

    /// <summary>IOB2 tags of the tokens: B- on the first token a span overlaps, I- on the rest it overlaps.</summary>
    internal static string[] Tags(IReadOnlyList<Token> tokens, IEnumerable<(int Start, int End, string Type)> spans)
    {
        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        foreach (var (start, end, type) in spans.OrderBy(s => s.Start))
        {
            bool first = true;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start + tokens[i].Length <= start || tokens[i].Start >= end) continue;
                tags[i] = (first ? "B-" : "I-") + type;
                first = false;
            }
        }
        return tags;
    }
}

using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Analysis;
using Marsad.Text;
using Marsad.Text.Morphology;

namespace Marsad.Evaluation;

/// <summary>One word of the evaluation list and the class of words it must share a stem key with.</summary>
public sealed record StemmerWord(string Word, string ClassId);

/// <summary>Two words whose keys disagree with their classes, with the keys each got.</summary>
public sealed record StemmerErrorPair(string First, string Second, string FirstKey, string SecondKey);

/// <summary>Errors of one stem-key function over a word list: over-stemming (different classes, same key) and
/// under-stemming (same class, different keys), counted over unordered pairs of distinct words.</summary>
public sealed record StemmerScore(string Name, int Words, int OverStemmingErrors, int UnderStemmingErrors,
    IReadOnlyList<StemmerErrorPair> OverStemmed, IReadOnlyList<StemmerErrorPair> UnderStemmed);

/// <summary>Marsad's analyzer against Lucene's ArabicAnalyzer on the same list.</summary>
public sealed record StemmerComparison(string WordListPath, StemmerScore Marsad, StemmerScore Lucene);

/// <summary>
/// Scores stem-key functions on a word list of <c>word TAB class-id</c> lines (eval/stemmer/words.tsv): words of one
/// class must meet, words of different classes must not. Both analyzers run as real Lucene analyzers, word by word.
/// </summary>
public static class StemmerEvaluation
{
    /// <summary>Reads a word list; blank lines and lines starting with # are skipped; a word listed twice counts once.</summary>
    public static IReadOnlyList<StemmerWord> ReadWordList(string path)
    {
        var words = new List<StemmerWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length < 2) throw new FormatException($"{path}: expected 'word<TAB>class-id', got '{line}'");
            if (seen.Add(parts[0].Trim())) words.Add(new StemmerWord(parts[0].Trim(), parts[1].Trim()));
        }
        return words;
    }

    public static StemmerScore Score(string name, IReadOnlyList<StemmerWord> words, Func<string, string> stemKey)
    {
        var keys = words.Select(w => stemKey(w.Word)).ToArray();
        var over = new List<StemmerErrorPair>();
        var under = new List<StemmerErrorPair>();
        for (int i = 0; i < words.Count; i++)
            for (int j = i + 1; j < words.Count; j++)
            {
                bool sameClass = words[i].ClassId == words[j].ClassId;
                // An empty key (a word the analyzer drops) meets nothing, so it cannot over-stem.
                bool sameKey = keys[i].Length > 0 && keys[i] == keys[j];
                if (sameClass == sameKey) continue;
                var pair = new StemmerErrorPair(words[i].Word, words[j].Word, keys[i], keys[j]);
                (sameKey ? over : under).Add(pair);
            }
        return new StemmerScore(name, words.Count, over.Count, under.Count, over, under);
    }

    /// <summary>Runs Marsad's and Lucene's Arabic analyzers over every word of the list and scores both.</summary>
    public static StemmerComparison Compare(string wordListPath)
    {
        var words = ReadWordList(wordListPath);
        using var marsad = new MarsadWordAnalyzer();
        using var lucene = new ArabicAnalyzer(MarsadArabicAnalyzer.Version);
        return new StemmerComparison(wordListPath,
            Score("Marsad (MarsadArabicAnalyzer filters)", words, w => AnalyzeToKey(marsad, w)),
            Score("Lucene ArabicAnalyzer (light10)", words, w => AnalyzeToKey(lucene, w)));
    }

    /// <summary>The terms an analyzer makes of <paramref name="text"/>, joined by spaces (one term for one word).</summary>
    public static string AnalyzeToKey(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("word", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var key = new StringBuilder();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (key.Length > 0) key.Append(' ');
            key.Append(term.Buffer, 0, term.Length);
        }
        stream.End();
        return key.ToString();
    }

    /// <summary>A table of both error counts, then up to <paramref name="examples"/> error pairs of each kind per analyzer.</summary>
    public static string FormatTable(StemmerComparison comparison, int examples = 10)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(inv, $"Stemmer comparison on {comparison.WordListPath} ({comparison.Marsad.Words} words)");
        table.AppendLine();
        table.AppendLine("| analyzer | over-stemming pairs | under-stemming pairs |");
        table.AppendLine("| --- | ---: | ---: |");
        foreach (var score in new[] { comparison.Marsad, comparison.Lucene })
            table.AppendLine(inv, $"| {score.Name} | {score.OverStemmingErrors} | {score.UnderStemmingErrors} |");
        foreach (var score in new[] { comparison.Marsad, comparison.Lucene })
        {
            AppendExamples(table, $"{score.Name}: over-stemmed (different words, same key)", score.OverStemmed, examples);
            AppendExamples(table, $"{score.Name}: under-stemmed (same word, different keys)", score.UnderStemmed, examples);
        }
        return table.ToString();
    }

    private static void AppendExamples(StringBuilder table, string title, IReadOnlyList<StemmerErrorPair> pairs, int examples)
    {
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"{title}: {pairs.Count}");
        foreach (var pair in pairs.Take(examples))
            table.AppendLine(CultureInfo.InvariantCulture, $"  {pair.First} → {pair.FirstKey}  |  {pair.Second} → {pair.SecondKey}");
    }

    /// <summary>Marsad's filter chain on a whitespace tokenizer: a single word needs no sentence tokenizer, and the
    /// stop list is off so that every word of the list gets a key.</summary>
    private sealed class MarsadWordAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new Lucene.Net.Analysis.Core.WhitespaceTokenizer(MarsadArabicAnalyzer.Version, reader);
            return new TokenStreamComponents(source,
                MarsadArabicAnalyzer.CreateFilters(source, Lucene.Net.Analysis.Util.CharArraySet.Empty, ArabicLexicon.Default));
        }
    }
}

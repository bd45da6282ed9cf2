using System.Text;

namespace Marsad.Bench.Common;

/// <summary>Benchmark text: the project's samples, and longer news text rebuilt from ANERcorp sentences when the
/// shared data is beside the checkout. Nothing here is committed data; it is read at run time.</summary>
public static class BenchCorpus
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("cannot find the Marsad checkout (Marsad.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>ANERcorp's training file: $MARSAD_ANERCORP when set (a checkout that is not beside shared/), else
    /// ../shared/data/anercorp/train.txt beside the checkout.</summary>
    public static string AnercorpPath() =>
        Environment.GetEnvironmentVariable("MARSAD_ANERCORP") is { Length: > 0 } path
            ? path
            : Path.Combine(RepoRoot(), "..", "shared", "data", "anercorp", "train.txt");

    /// <summary>The sample articles' paragraphs.</summary>
    public static IReadOnlyList<string> SampleParagraphs() =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot(), "samples"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    /// <summary>ANERcorp sentences with their tokens joined by spaces (punctuation re-attached), or none if the data is absent.</summary>
    public static IReadOnlyList<string> AnercorpSentences(string? path = null) =>
        AnercorpTaggedSentences(path).Select(s => s.Text).ToList();

    /// <summary>An ANERcorp sentence with the names its gold tags mark: (type, name) with type LOC, PERS, ORG or MISC.</summary>
    public sealed record TaggedSentence(string Text, IReadOnlyList<(string Type, string Name)> Names);

    /// <summary>ANERcorp sentences as <see cref="AnercorpSentences"/> joins them, with their gold names; none if the data is absent.</summary>
    public static IReadOnlyList<TaggedSentence> AnercorpTaggedSentences(string? path = null)
    {
        path ??= AnercorpPath();
        if (!File.Exists(path)) return [];
        var sentences = new List<TaggedSentence>();
        var current = new StringBuilder();
        var names = new List<(string, string)>();
        var name = new StringBuilder();
        string? type = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                CloseName();
                if (current.Length > 0) sentences.Add(new TaggedSentence(current.ToString(), names.ToList()));
                current.Clear();
                names.Clear();
                continue;
            }
            var space = line.LastIndexOf(' ');
            var word = space > 0 ? line[..space] : line;
            string tag = space > 0 ? line[(space + 1)..] : "O";
            bool attach = word is "." or "،" or "," or "؟" or "!" or ":" or "؛" or ")";
            if (current.Length > 0 && !attach) current.Append(' ');
            current.Append(word);
            if (tag.StartsWith("I-", StringComparison.Ordinal) && type == tag[2..]) { name.Append(' ').Append(word); continue; }
            CloseName();
            if (tag.Length > 2 && tag[1] == '-') { type = tag[2..]; name.Append(word); }
        }
        CloseName();
        if (current.Length > 0) sentences.Add(new TaggedSentence(current.ToString(), names.ToList()));
        return sentences;

        void CloseName()
        {
            if (type is not null) names.Add((type, name.ToString()));
            type = null;
            name.Clear();
        }
    }

    /// <summary>Paragraphs of about <paramref name="sentencesPerParagraph"/> sentences until <paramref name="targetChars"/>:
    /// the samples first, then ANERcorp text, cycling.</summary>
    public static IReadOnlyList<string> Paragraphs(int targetChars, int sentencesPerParagraph = 5)
    {
        var result = new List<string>(SampleParagraphs());
        var sentences = AnercorpSentences();
        int total = result.Sum(p => p.Length);
        var samples = result.ToList();
        int i = 0;
        while (total < targetChars)
        {
            string paragraph;
            if (sentences.Count > 0)
            {
                var sb = new StringBuilder();
                for (int k = 0; k < sentencesPerParagraph; k++, i++) sb.Append(sentences[i % sentences.Count]).Append(' ');
                paragraph = sb.ToString().TrimEnd();
            }
            else paragraph = samples[i++ % samples.Count];
            result.Add(paragraph);
            total += paragraph.Length;
        }
        return result;
    }

    /// <summary>News-like articles of about <paramref name="words"/> words: paragraphs of 2–5 ANERcorp sentences dealt
    /// from a deck shuffled with a fixed seed (no sentence repeats until the deck is used up). Same arguments, same articles.</summary>
    public static IEnumerable<string> GeneratedArticleTexts(int count, int words = 500, int seed = 11) =>
        GeneratedTaggedArticles(count, words, seed).Select(a => a.Text);

    /// <summary>A generated article with the character ranges of the names ANERcorp's gold tags mark in it.</summary>
    public sealed record TaggedArticle(string Text, IReadOnlyList<(int Start, int End, string Type)> Names);

    /// <summary>The articles of <see cref="GeneratedArticleTexts"/> with their gold names.</summary>
    public static IEnumerable<TaggedArticle> GeneratedTaggedArticles(int count, int words = 500, int seed = 11)
    {
        var sentences = AnercorpTaggedSentences();
        if (sentences.Count == 0) throw new FileNotFoundException("ANERcorp not found (set MARSAD_ANERCORP)", AnercorpPath());
        var wordCounts = sentences.Select(s => s.Text.Count(c => c == ' ') + 1).ToArray();
        var random = new Random(seed);
        var deck = Enumerable.Range(0, sentences.Count).ToArray();
        int next = deck.Length;
        var text = new StringBuilder();
        var names = new List<(int, int, string)>();
        for (int i = 0; i < count; i++)
        {
            text.Clear();
            names.Clear();
            int written = 0;
            while (written < words)
            {
                if (text.Length > 0) text.Append("\n\n");
                int n = random.Next(2, 6);
                for (int k = 0; k < n && written < words; k++)
                {
                    if (next == deck.Length) { random.Shuffle(deck); next = 0; }
                    var sentence = sentences[deck[next++]];
                    if (k > 0) text.Append(' ');
                    int at = text.Length, from = 0;
                    foreach (var (type, name) in sentence.Names)
                    {
                        // Names are the sentence's own words in order; one that punctuation glued to a word is skipped.
                        int found = sentence.Text.IndexOf(name, from, StringComparison.Ordinal);
                        if (found < 0) continue;
                        names.Add((at + found, at + found + name.Length, type));
                        from = found + name.Length;
                    }
                    text.Append(sentence.Text);
                    written += wordCounts[deck[next - 1]];
                }
            }
            yield return new TaggedArticle(text.ToString(), names.ToList());
        }
    }
}

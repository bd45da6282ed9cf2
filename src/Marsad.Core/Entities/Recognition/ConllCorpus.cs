using System.Text;

namespace Marsad.Entities.Recognition;

/// <summary>One sentence of a CoNLL-style corpus: its words and their tags (type labels made canonical, PERS → PER).</summary>
public sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>
/// Reads CoNLL-style files: one <c>word TAG</c> per line (the word is the first field, the tag the last), a blank
/// line between sentences, IOB1 or IOB2 tags over PER/PERS, LOC, ORG and MISC. <c>-DOCSTART-</c> lines are skipped.
/// </summary>
public static class ConllCorpus
{
    public static IReadOnlyList<ConllSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    public static IReadOnlyList<ConllSentence> Read(TextReader reader)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                Flush();
                continue;
            }
            if (fields[0] == "-DOCSTART-") { Flush(); continue; }
            if (fields.Length < 2) throw new FormatException($"line {lineNumber}: expected 'word TAG', found '{line}'");
            words.Add(fields[0]);
            tags.Add(CanonicalTag(fields[^1]));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0) return;
            sentences.Add(new ConllSentence(words.ToArray(), tags.ToArray()));
            words.Clear();
            tags.Clear();
        }
    }

    /// <summary>Writes sentences back in the same format (used by tests and to export splits).</summary>
    public static void Write(IEnumerable<ConllSentence> sentences, TextWriter writer)
    {
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Words.Count; i++) writer.WriteLine($"{s.Words[i]} {s.Tags[i]}");
            writer.WriteLine();
        }
    }

    /// <summary>B-PERS → B-PER and so on; O and unknown types are kept.</summary>
    public static string CanonicalTag(string tag)
    {
        int dash = tag.IndexOf('-');
        if (dash < 0) return tag;
        string type = tag[(dash + 1)..];
        string canonical = EntityTypeLabels.Canonical(type);
        return ReferenceEquals(canonical, type) || canonical == type ? tag : string.Concat(tag.AsSpan(0, dash + 1), canonical);
    }

    /// <summary>Sentences that stand in for one article: ANERcorp marks no article boundaries, and a news article runs to about this many.</summary>
    public const int DocumentSentences = 20;

    /// <summary>
    /// Consecutive runs of <see cref="DocumentSentences"/> sentences (the last may be shorter), the documents a stacked
    /// model reads a word's other occurrences in when it tags a corpus.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ConllSentence>> Documents(IReadOnlyList<ConllSentence> sentences) =>
        sentences.Chunk(DocumentSentences).Select(chunk => (IReadOnlyList<ConllSentence>)chunk).ToArray();

    /// <summary>
    /// The project's development split: the last tenth of the sentences (rounded down) is held out, the first nine
    /// tenths are for training. Deterministic, by position only.
    /// </summary>
    public static (IReadOnlyList<ConllSentence> Train, IReadOnlyList<ConllSentence> Dev) SplitLastTenth(IReadOnlyList<ConllSentence> sentences)
    {
        int devCount = sentences.Count / 10;
        int trainCount = sentences.Count - devCount;
        return (sentences.Take(trainCount).ToArray(), sentences.Skip(trainCount).ToArray());
    }
}

using System.IO.Compression;
using System.Text;

namespace Marsad.Text.Morphology;

/// <summary>
/// Builds the <see cref="ArabicLexicon"/> file from an Ayaspell <c>ar.dic</c> (hunspell-ar) and ANERcorp's
/// <c>word TAG</c> training text. Only base dictionary entries are read (affix rules are not expanded), which keeps
/// the file small: the stemmer checks inflected forms against these bases itself.
/// Rebuild: <c>dotnet run --project tools/lexicon -- /usr/share/hunspell/ar.dic ../shared/data/anercorp/train.txt models/lexicon/arabic-lexicon.tsv.gz</c>.
/// </summary>
public static class ArabicLexiconBuilder
{
    /// <summary>Ayaspell's ar.dic is a concatenation of files, each introduced by a "::::" banner and its name.</summary>
    private const string StopWordSection = "stopwords.dic";

    public static SortedDictionary<string, LexiconEntry> Build(TextReader dictionary, TextReader corpus)
    {
        var forms = new SortedDictionary<string, LexiconEntry>(StringComparer.Ordinal);
        ReadDictionary(dictionary, forms);
        ReadCorpus(corpus, forms);
        return forms;
    }

    public static void Write(SortedDictionary<string, LexiconEntry> forms, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (form, entry) in forms)
            writer.WriteLine($"{form}\t{(byte)entry.Flags}\t{entry.CorpusFrequency}");
    }

    private static void ReadDictionary(TextReader dictionary, SortedDictionary<string, LexiconEntry> forms)
    {
        string section = "";
        string? previous = null;
        while (dictionary.ReadLine() is { } line)
        {
            if (line.StartsWith("::::", StringComparison.Ordinal)) { previous = line; continue; }
            if (previous is not null && previous.StartsWith("::::", StringComparison.Ordinal) && line.EndsWith(".dic", StringComparison.Ordinal))
            {
                section = line.Trim();
                previous = line;
                continue;
            }
            previous = line;
            int end = line.IndexOfAny(['/', '\t', ' ']);
            var raw = (end < 0 ? line : line[..end]).Trim();
            string? key = ToKey(raw);
            if (key is null) continue;
            var flags = section == StopWordSection ? LexiconFlags.Function
                : IsArticleLookalike(raw) ? LexiconFlags.ArticleLookalike : LexiconFlags.Lemma;
            char last = raw[^1];
            if (last == ArabicLetters.TehMarbuta) flags |= LexiconFlags.TehMarbuta;
            else if (last == ArabicLetters.Heh) flags |= LexiconFlags.RootHeh;
            Add(forms, key, flags, 0);
        }
    }

    private static bool IsArticleLookalike(string raw) =>
        raw.Length > 3 && raw[0] is ArabicLetters.AlefHamzaAbove or ArabicLetters.AlefHamzaBelow or ArabicLetters.AlefMadda && raw[1] == ArabicLetters.Lam;

    private static void ReadCorpus(TextReader corpus, SortedDictionary<string, LexiconEntry> forms)
    {
        var counts = new Dictionary<string, (int Total, int InEntity)>(StringComparer.Ordinal);
        while (corpus.ReadLine() is { } line)
        {
            int space = line.LastIndexOf(' ');
            if (space <= 0) continue;
            string? key = ToKey(line.AsSpan(0, space).Trim());
            if (key is null) continue;
            // Names only: MISC in ANERcorp is mostly nationality adjectives (الإيرانيين), which inflect like any word.
            var tag = line.AsSpan(space + 1).Trim();
            bool inEntity = tag is "B-PERS" or "B-LOC" or "B-ORG";
            counts.TryGetValue(key, out var c);
            counts[key] = (c.Total + 1, c.InEntity + (inEntity ? 1 : 0));
        }
        foreach (var (key, c) in counts)
        {
            // A name with a clitic (ولبنان) is tagged as the name; it must not guard itself against segmentation.
            bool entity = 2 * c.InEntity > c.Total && !IsCliticPlusKnownWord(key, counts, forms);
            Add(forms, key, entity ? LexiconFlags.Entity : LexiconFlags.None, c.Total);
        }
    }

    /// <summary>Whether the name is a proclitic plus a dictionary word or another name (ولبنان، للعراق = ل + العراق).</summary>
    private static bool IsCliticPlusKnownWord(string key, Dictionary<string, (int Total, int InEntity)> counts,
        SortedDictionary<string, LexiconEntry> forms)
    {
        foreach (var proclitic in CliticSegmenter.Proclitics)
        {
            if (key.Length - proclitic.Length < 2 || !key.StartsWith(proclitic, StringComparison.Ordinal)) continue;
            var rest = key[proclitic.Length..];
            if (IsKnown(rest) || (proclitic.EndsWith("لل", StringComparison.Ordinal) && IsKnown("ال" + rest))) return true;
        }
        return false;

        bool IsKnown(string word) =>
            (counts.TryGetValue(word, out var c) && 2 * c.InEntity > c.Total) || (forms.TryGetValue(word, out var e) && e.IsLemma);
    }

    private static void Add(SortedDictionary<string, LexiconEntry> forms, string key, LexiconFlags flags, int frequency)
    {
        forms.TryGetValue(key, out var old);
        forms[key] = new LexiconEntry(old.Flags | flags, old.CorpusFrequency + frequency);
    }

    /// <summary>The match key of an all-Arabic word of two letters or more, else null.</summary>
    private static string? ToKey(ReadOnlySpan<char> raw)
    {
        if (raw.Length < 2) return null;
        Span<char> buffer = stackalloc char[raw.Length];
        int n = MatchKeyNormalizer.Normalize(raw, buffer);
        if (n < 2) return null;
        foreach (char c in buffer[..n])
            if (!ArabicChars.IsArabicLetter(c)) return null;
        return new string(buffer[..n]);
    }
}

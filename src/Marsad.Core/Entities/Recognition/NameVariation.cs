using Marsad.Text;

namespace Marsad.Entities.Recognition;

/// <summary>Name lists used only at training time (e.g. ANERGazet); the model never reads them when tagging.</summary>
public sealed record NameLists(IReadOnlyList<string> Persons, IReadOnlyList<string> Locations, IReadOnlyList<string> Organizations)
{
    /// <summary>Reads pers.txt, loc.txt and org.txt (one name a line) from a directory, skipping lines without an Arabic letter.</summary>
    public static NameLists ReadDirectory(string directory) => new(
        ReadList(Path.Combine(directory, "pers.txt")),
        ReadList(Path.Combine(directory, "loc.txt")),
        ReadList(Path.Combine(directory, "org.txt")));

    /// <summary>
    /// These lists with the names Marsad ships anyway added to the places and organisations (the gazetteer's Arabic
    /// country, feature and exonym names, the actors file's names and aliases), so that the tagger also sees those
    /// names in context, not only as list-membership features.
    /// </summary>
    public NameLists WithProjectNames() => new(
        Persons,
        Clean(Locations.Concat(NerNames.PlaceNames())),
        Clean(Organizations.Concat(NerNames.ActorNames())));

    private static string[] ReadList(string path) => Clean(File.ReadLines(path));

    private static string[] Clean(IEnumerable<string> names) =>
        names
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && line.All(c => ArabicChars.IsArabicLetter(c) || c == ' '))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}

/// <summary>
/// Training-time augmentation: copies of the training sentences in which the person, place and organisation names
/// are swapped for names drawn from lists. The copies keep every context word, so the tagger learns to recognise a
/// name by its surroundings and shape rather than by having seen that very name.
/// </summary>
public static class NameVariation
{
    /// <summary>
    /// For each sentence with a PER, LOC or ORG chunk, <paramref name="copies"/> variants: each token of a person
    /// chunk becomes a random person name (person lists hold single given names and surnames), each place or
    /// organisation chunk becomes a random whole entry. Deterministic for a given <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<ConllSentence> Vary(IReadOnlyList<ConllSentence> sentences, NameLists names, int copies, int seed)
    {
        var random = new Random(seed);
        var variants = new List<ConllSentence>();
        for (int copy = 0; copy < copies; copy++)
        {
            foreach (var sentence in sentences)
            {
                var chunks = ConllChunks.Extract(sentence.Tags);
                if (!chunks.Any(c => Pick(names, c.Type) is { Count: > 0 })) continue;
                var words = new List<string>();
                var tags = new List<string>();
                int next = 0;
                foreach (var chunk in chunks)
                {
                    for (; next < chunk.Start; next++) { words.Add(sentence.Words[next]); tags.Add(sentence.Tags[next]); }
                    var replacement = Replacement(names, chunk, sentence.Words, random);
                    if (replacement is null)
                    {
                        for (; next < chunk.End; next++) { words.Add(sentence.Words[next]); tags.Add(sentence.Tags[next]); }
                        continue;
                    }
                    for (int i = 0; i < replacement.Length; i++)
                    {
                        words.Add(replacement[i]);
                        tags.Add((i == 0 ? "B-" : "I-") + chunk.Type);
                    }
                    next = chunk.End;
                }
                for (; next < sentence.Words.Count; next++) { words.Add(sentence.Words[next]); tags.Add(sentence.Tags[next]); }
                variants.Add(new ConllSentence(words, tags));
            }
        }
        return variants;
    }

    private static string[]? Replacement(NameLists names, EntityChunk chunk, IReadOnlyList<string> words, Random random)
    {
        var list = Pick(names, chunk.Type);
        if (list is not { Count: > 0 }) return null;
        string[] parts;
        if (chunk.Type == "PER")
        {
            parts = new string[chunk.End - chunk.Start];
            for (int i = 0; i < parts.Length; i++)
            {
                string original = words[chunk.Start + i];
                // The joints of a name (عبد الله، محمد بن راشد، أبو علي) stay: only its names vary.
                parts[i] = NameJoints.Contains(MatchKeyNormalizer.Normalize(original)) ? original : list[random.Next(list.Count)];
            }
        }
        else parts = list[random.Next(list.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && chunk.Type != "PER") parts[0] = Attach(Proclitic(words[chunk.Start]), parts[0]);
        return parts;
    }

    /// <summary>Words inside a person's name that are no name themselves (match keys).</summary>
    private static readonly HashSet<string> NameJoints = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "عبد", "ابو", "ام", "ال", "ولد" };

    /// <summary>
    /// The conjunction or preposition written onto a place's or organisation's first word (والعراق، بحلب): the variant
    /// keeps it, so the tagger also learns names behind و، ب، ل. A leading و or ف of a word without the article may be
    /// the name's own letter (ولاية); reading it as a clitic only yields another well-formed variant (و + name).
    /// Person names get no such variants: with و + any given name tagged a person, the tagger took a verb before a
    /// known surname for a first name (ورحبت العبدالله), and lost more than it gained.
    /// </summary>
    private static string Proclitic(string word)
    {
        string key = MatchKeyNormalizer.Normalize(word);
        if (key.Length != word.Length) return "";
        int article = NerFeatures.ArticlePrefixLength(key);
        if (article > 0)
        {
            // لل = ل + ال: what stands before the article is the ل.
            bool doubledLam = key[article - 2] == 'ل' && key[article - 1] == 'ل';
            return doubledLam ? word[..(article - 1)] : word[..(article - 2)];
        }
        return word[..NerFeatures.SingleProcliticLength(key)];
    }

    private static string Attach(string proclitic, string name)
    {
        if (proclitic.Length == 0) return name;
        // ل before the article drops the article's alef (للعراق).
        if (proclitic[^1] == 'ل' && name.StartsWith("ال", StringComparison.Ordinal)) return proclitic + name[1..];
        return proclitic + name;
    }

    private static IReadOnlyList<string>? Pick(NameLists names, string type) => type switch
    {
        "PER" => names.Persons,
        "LOC" => names.Locations,
        "ORG" => names.Organizations,
        _ => null,
    };
}

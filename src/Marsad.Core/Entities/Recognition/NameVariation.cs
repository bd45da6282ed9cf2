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

    private static string[] ReadList(string path) =>
        File.ReadLines(path)
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
                    var replacement = Replacement(names, chunk, random);
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

    private static string[]? Replacement(NameLists names, EntityChunk chunk, Random random)
    {
        var list = Pick(names, chunk.Type);
        if (list is not { Count: > 0 }) return null;
        if (chunk.Type == "PER")
        {
            var parts = new string[chunk.End - chunk.Start];
            for (int i = 0; i < parts.Length; i++) parts[i] = list[random.Next(list.Count)];
            return parts;
        }
        return list[random.Next(list.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static IReadOnlyList<string>? Pick(NameLists names, string type) => type switch
    {
        "PER" => names.Persons,
        "LOC" => names.Locations,
        "ORG" => names.Organizations,
        _ => null,
    };
}

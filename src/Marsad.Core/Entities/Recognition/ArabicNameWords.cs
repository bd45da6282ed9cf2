using System.Collections.Frozen;
using System.IO.Compression;
using Marsad.Text;

namespace Marsad.Entities.Recognition;

/// <summary>Which of the shipped Arabic name lists (data/arabic-names) a word occurs in, and where in the name.</summary>
[Flags]
internal enum NameWordFlags : byte
{
    None = 0,
    /// <summary>A given name: a first-name list entry, or the first word of a listed person (جاسم، ميسون، باراك).</summary>
    Given = 1,
    /// <summary>A family name: a last-name list entry, or a later word of a listed person (أوباما، الحداد).</summary>
    Family = 2,
    /// <summary>First word of a listed place (city, region, county, country).</summary>
    PlaceFirst = 4,
    /// <summary>A later word of a listed place.</summary>
    PlaceInner = 8,
    /// <summary>First word of a listed sports club or league (نادي، ريال).</summary>
    ClubFirst = 16,
    /// <summary>A later word of a listed club or league.</summary>
    ClubInner = 32,
    /// <summary>A nationality adjective in any of its forms (مكسيكي، المكسيكية، مكسيكيون).</summary>
    Nationality = 64,
}

/// <summary>
/// Word-level membership in the Arabic name lists shipped with Marsad (data/arabic-names: persons and given/family
/// names, places, sports clubs, nationality adjectives; MIT and Unicode licences, notices beside them). They are read
/// at run time, unlike ANERGazet. Keys are article-stripped match keys (<see cref="NerFeatures.ArticlePrefixLength"/>),
/// as for <see cref="NerNames"/>, so للمكسيكي and والمكسيك find their entries.
/// </summary>
internal static class ArabicNameWords
{
    private static readonly Lazy<FrozenDictionary<string, NameWordFlags>.AlternateLookup<ReadOnlySpan<char>>> LazyLookup =
        new(() => LoadEmbedded().GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The flags of an article-stripped match-key word; <see cref="NameWordFlags.None"/> when no list has it.</summary>
    public static NameWordFlags Classify(ReadOnlySpan<char> stem) =>
        LazyLookup.Value.TryGetValue(stem, out var flags) ? flags : NameWordFlags.None;

    /// <summary>Word flags of the given lists, each entry a name of one or more words.</summary>
    internal static FrozenDictionary<string, NameWordFlags> Build(
        IEnumerable<string> persons, IEnumerable<string> familyNames, IEnumerable<string> places, IEnumerable<string> clubs, IEnumerable<string> nationalities)
    {
        var words = new Dictionary<string, NameWordFlags>(StringComparer.Ordinal);
        AddPhrases(persons, NameWordFlags.Given, NameWordFlags.Family);
        AddPhrases(familyNames, NameWordFlags.Family, NameWordFlags.Family);
        AddPhrases(places, NameWordFlags.PlaceFirst, NameWordFlags.PlaceInner);
        AddPhrases(clubs, NameWordFlags.ClubFirst, NameWordFlags.ClubInner);
        foreach (var name in nationalities)
            foreach (var key in Words(name)) Add(key, NameWordFlags.Nationality);
        return words.ToFrozenDictionary(StringComparer.Ordinal);

        void AddPhrases(IEnumerable<string> names, NameWordFlags first, NameWordFlags inner)
        {
            foreach (var name in names)
            {
                var parts = Words(name);
                for (int i = 0; i < parts.Count; i++) Add(parts[i], i == 0 ? first : inner);
            }
        }

        void Add(string key, NameWordFlags flag) => words[key] = words.GetValueOrDefault(key) | flag;
    }

    /// <summary>The article-stripped match keys of a name's Arabic words.</summary>
    private static List<string> Words(string name)
    {
        var result = new List<string>();
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string key = MatchKeyNormalizer.Normalize(part);
            // One-letter words and digits (50 سنت) carry nothing the Arabic features could use.
            if (key.Length < 2 || !key.Any(ArabicChars.IsArabicLetter)) continue;
            result.Add(key[NerFeatures.ArticlePrefixLength(key)..]);
        }
        return result;
    }

    private static FrozenDictionary<string, NameWordFlags> LoadEmbedded()
    {
        var persons = ReadEmbedded("per");
        // The last-name list holds family names alone; every other person entry starts with a given name.
        static bool IsFamilyList(string source) => source.Contains("last-names", StringComparison.Ordinal);
        return Build(
            persons.Where(e => !IsFamilyList(e.Source)).Select(e => e.Name),
            persons.Where(e => IsFamilyList(e.Source)).Select(e => e.Name),
            ReadEmbedded("loc").Select(e => e.Name),
            ReadEmbedded("org").Select(e => e.Name),
            ReadEmbedded("nat").Select(e => e.Name));
    }

    /// <summary>The Arabic name and source of each entry of one embedded list (per, loc, org, nat).</summary>
    private static List<(string Name, string Source)> ReadEmbedded(string list)
    {
        using var stream = typeof(ArabicNameWords).Assembly.GetManifestResourceStream($"Marsad.Entities.Recognition.{list}.tsv.gz")
            ?? throw new InvalidOperationException($"The name list {list}.tsv.gz is not embedded in Marsad.Core.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var entries = new List<(string, string)>();
        reader.ReadLine(); // header: arabic, english_key, source
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields[0].Length > 0) entries.Add((fields[0], fields.Length > 2 ? fields[2] : ""));
        }
        return entries;
    }
}

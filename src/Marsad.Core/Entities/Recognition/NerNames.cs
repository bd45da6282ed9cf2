using System.Collections.Frozen;
using System.Reflection;
using Marsad.Entities.Resolution;
using Marsad.Text;

namespace Marsad.Entities.Recognition;

/// <summary>Which of the project's own name lists a word occurs in, and where in the name.</summary>
[Flags]
internal enum NameListFlags : byte
{
    None = 0,
    /// <summary>First word of a country, curated feature or exonym name (سوريا، الفرات، حلب).</summary>
    PlaceFirst = 1,
    /// <summary>A later word of such a name (the المتحدة of الولايات المتحدة).</summary>
    PlaceInner = 2,
    /// <summary>First word of an actor's name or alias (data/actors: حزب الله، قوات سوريا الديمقراطية).</summary>
    ActorFirst = 4,
    /// <summary>A later word of an actor's name or alias.</summary>
    ActorInner = 8,
}

/// <summary>
/// Word-level membership in the name lists Marsad ships anyway (the gazetteer's Arabic country, feature and exonym
/// names, and the actors file), so that a list name the training text never showed still gets a shared feature.
/// Keys are the article-stripped match keys of the words (<see cref="NerFeatures.ArticlePrefixLength"/>), so ولسوريا
/// and السودان find سوريا and سودان. The ANERGazet lists are training-time only and never read here.
/// </summary>
internal static class NerNames
{
    private static readonly Lazy<FrozenDictionary<string, NameListFlags>> LazyWords = new(LoadEmbedded);
    private static readonly Lazy<FrozenDictionary<string, NameListFlags>.AlternateLookup<ReadOnlySpan<char>>> LazyLookup =
        new(() => LazyWords.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The flags of an article-stripped match-key word; <see cref="NameListFlags.None"/> when no list has it.</summary>
    public static NameListFlags Classify(ReadOnlySpan<char> stem) =>
        LazyLookup.Value.TryGetValue(stem, out var flags) ? flags : NameListFlags.None;

    /// <summary>Word flags for the given place names and actor names (each a phrase of one or more words).</summary>
    internal static FrozenDictionary<string, NameListFlags> Build(IEnumerable<string> places, IEnumerable<string> actors)
    {
        var words = new Dictionary<string, NameListFlags>(StringComparer.Ordinal);
        Add(places, NameListFlags.PlaceFirst, NameListFlags.PlaceInner);
        Add(actors, NameListFlags.ActorFirst, NameListFlags.ActorInner);
        return words.ToFrozenDictionary(StringComparer.Ordinal);

        void Add(IEnumerable<string> names, NameListFlags first, NameListFlags inner)
        {
            foreach (var name in names)
            {
                var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int i = 0; i < parts.Length; i++)
                {
                    string key = MatchKeyNormalizer.Normalize(parts[i]);
                    // Latin aliases (SDF) and one-letter words carry nothing the Arabic features could use.
                    if (key.Length < 2 || !key.Any(ArabicChars.IsArabicLetter)) continue;
                    string stem = key[NerFeatures.ArticlePrefixLength(key)..];
                    words[stem] = words.GetValueOrDefault(stem) | (i == 0 ? first : inner);
                }
            }
        }
    }

    private static FrozenDictionary<string, NameListFlags> LoadEmbedded() => Build(PlaceNames(), ActorNames());

    /// <summary>The gazetteer's Arabic country, curated feature and exonym names.</summary>
    internal static List<string> PlaceNames()
    {
        var assembly = typeof(NerNames).Assembly;
        var places = new List<string>();
        // countries.tsv: code, Arabic names (|), ...; curated-features.tsv: id, kind, Arabic names (|), ...; exonyms.tsv: Arabic names (|), ...
        places.AddRange(Column(assembly, "countries.tsv", 1));
        places.AddRange(Column(assembly, "curated-features.tsv", 2));
        places.AddRange(Column(assembly, "exonyms.tsv", 0));
        return places;
    }

    /// <summary>The names and aliases of the actors file.</summary>
    internal static IEnumerable<string> ActorNames() => ActorCatalog.Default.Actors.SelectMany(a => a.Aliases.Prepend(a.Name));

    private static IEnumerable<string> Column(Assembly assembly, string file, int column)
    {
        using var stream = assembly.GetManifestResourceStream($"Marsad.Entities.Geo.{file}")
            ?? throw new InvalidOperationException($"The gazetteer resource {file} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length > column) names.AddRange(fields[column].Split('|', StringSplitOptions.RemoveEmptyEntries));
        }
        return names;
    }
}

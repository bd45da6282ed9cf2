using System.IO.Compression;
using System.Text;

namespace Marsad.Text.Morphology;

/// <summary>
/// The compact word list behind clitic and stem guards: match-key forms with <see cref="LexiconFlags"/> and an
/// ANERcorp frequency. Derived from Debian's hunspell-ar (Ayaspell) and ANERcorp by <see cref="ArabicLexiconBuilder"/>;
/// see models/lexicon/README.md. The committed file is embedded in the assembly, so nothing is needed at run time.
/// File format (UTF-8, gzip): one <c>form TAB flags TAB frequency</c> line per form, flags as a decimal byte.
/// </summary>
public sealed class ArabicLexicon
{
    private const string ResourceName = "Marsad.Text.Morphology.arabic-lexicon.tsv.gz";
    private static readonly Lazy<ArabicLexicon> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<string, LexiconEntry> entries;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> spanLookup;

    public ArabicLexicon(IEnumerable<KeyValuePair<string, LexiconEntry>> forms)
    {
        entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var (form, entry) in forms) entries[form] = entry;
        spanLookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped inside Marsad.Core.</summary>
    public static ArabicLexicon Default => LazyDefault.Value;

    /// <summary>An empty lexicon: every guard then falls back to the length rules alone.</summary>
    public static ArabicLexicon Empty { get; } = new([]);

    public int Count => entries.Count;

    /// <summary>
    /// This lexicon with only what the dictionary says: ANERcorp frequencies and entity flags dropped, and forms known
    /// only from ANERcorp left out. For features of a model scored on part of ANERcorp, which must not see that part.
    /// </summary>
    public ArabicLexicon DictionaryOnly() =>
        new(entries.Where(e => (e.Value.Flags & ~LexiconFlags.Entity) != 0)
            .Select(e => KeyValuePair.Create(e.Key, new LexiconEntry(e.Value.Flags & ~LexiconFlags.Entity, 0))));

    /// <summary>The entry of a match-key form, or default (no flags, frequency 0) when unknown. Does not allocate.</summary>
    public LexiconEntry Lookup(ReadOnlySpan<char> matchKey) =>
        spanLookup.TryGetValue(matchKey, out var entry) ? entry : default;

    public bool Contains(ReadOnlySpan<char> matchKey) => spanLookup.ContainsKey(matchKey);

    /// <summary>Reads the lexicon format (plain or gzip, detected by the gzip magic bytes).</summary>
    public static ArabicLexicon Load(Stream stream)
    {
        var buffered = new BufferedStream(stream);
        Span<byte> magic = stackalloc byte[2];
        bool gzip = buffered.Read(magic) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        buffered.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(gzip ? new GZipStream(buffered, CompressionMode.Decompress) : buffered, Encoding.UTF8);
        return new ArabicLexicon(ReadLines(reader));
    }

    private static IEnumerable<KeyValuePair<string, LexiconEntry>> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length < 3) continue;
            yield return new(parts[0], new LexiconEntry((LexiconFlags)byte.Parse(parts[1]), int.Parse(parts[2])));
        }
    }

    private static ArabicLexicon LoadEmbedded()
    {
        using var stream = typeof(ArabicLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; see models/lexicon/README.md.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return Load(copy);
    }
}

using Marsad.Text;

namespace Marsad.Annotation;

/// <summary>
/// A word list keyed by match key, looked up with a span (no allocation). Entries are written in display form
/// and folded once when the lexicon is built, so lexicon files stay readable.
/// </summary>
internal sealed class KeyLexicon<T>
{
    /// <summary>Proclitics that attach to a noun or number: conjunctions and prepositions (و ف ب ل ك and pairs).</summary>
    public static readonly string[] Proclitics = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

    /// <summary>Proclitics ending in the definite article, for lexicons whose entries are written without it.</summary>
    public static readonly string[] DefiniteProclitics = ["وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"];

    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public KeyLexicon(IEnumerable<(string Surface, T Value)> entries)
    {
        foreach (var (surface, value) in entries) _entries[MatchKeyNormalizer.Normalize(surface)] = value;
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);

    /// <summary>Looks the key up as it is, then with one of <paramref name="prefixes"/> removed; the rest must keep two letters.</summary>
    public bool TryGet(ReadOnlySpan<char> key, string[] prefixes, out T value, out int prefixLength)
    {
        prefixLength = 0;
        if (_lookup.TryGetValue(key, out value!)) return true;
        foreach (var prefix in prefixes)
        {
            if (key.Length - prefix.Length >= 2 && key.StartsWith(prefix) && _lookup.TryGetValue(key[prefix.Length..], out value!))
            {
                prefixLength = prefix.Length;
                return true;
            }
        }
        return false;
    }
}

namespace Marsad.Entities.Recognition.Clusters;

/// <summary>
/// The context-tree leaves of the clustered words, as one block of characters with an open-addressing index over it:
/// loading the clusters then allocates three arrays, not a string and a dictionary entry per word (61,000 of them),
/// and a lookup by span hashes the word once and compares it in place. Words are kept in ordinal order, the file's.
/// Immutable, so thread-safe.
/// </summary>
internal sealed class WordLeafTable
{
    private readonly char[] _text;      // every word, one after the other
    private readonly int[] _ends;       // word i is _text[_ends[i - 1] .. _ends[i]] (the first from 0)
    private readonly int[] _leaves;
    private readonly int[] _slots;      // word index + 1, 0 for an empty slot
    private readonly int _mask;

    /// <param name="text">The words, one after the other, in ordinal order.</param>
    /// <param name="ends">Where each word ends in <paramref name="text"/>.</param>
    /// <param name="leaves">Each word's leaf.</param>
    public WordLeafTable(char[] text, int[] ends, int[] leaves)
    {
        if (ends.Length != leaves.Length) throw new ArgumentException("one leaf per word expected", nameof(leaves));
        _text = text;
        _ends = ends;
        _leaves = leaves;
        int capacity = 16;
        while (capacity < 2 * ends.Length) capacity *= 2;
        _slots = new int[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < ends.Length; i++)
        {
            var word = Word(i);
            if (i > 0 && word.SequenceCompareTo(Word(i - 1)) <= 0) throw new ArgumentException("words in ordinal order, each once, expected", nameof(text));
            int slot = (int)NerFeatures.Hash(word) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = i + 1;
        }
    }

    /// <summary>A table of the given words and leaves, in any order.</summary>
    public static WordLeafTable Of(IEnumerable<KeyValuePair<string, int>> words)
    {
        var sorted = words.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var text = new char[sorted.Sum(p => p.Key.Length)];
        var ends = new int[sorted.Length];
        var leaves = new int[sorted.Length];
        int at = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i].Key.CopyTo(text.AsSpan(at));
            ends[i] = at += sorted[i].Key.Length;
            leaves[i] = sorted[i].Value;
        }
        return new WordLeafTable(text, ends, leaves);
    }

    public int Count => _ends.Length;

    public ReadOnlySpan<char> Word(int index) => _text.AsSpan(index == 0 ? 0 : _ends[index - 1], _ends[index] - (index == 0 ? 0 : _ends[index - 1]));

    public int Leaf(int index) => _leaves[index];

    /// <summary>The leaf of a listed word, or 0.</summary>
    public int LeafOf(ReadOnlySpan<char> word)
    {
        int slot = (int)NerFeatures.Hash(word) & _mask;
        while (_slots[slot] is var entry and not 0)
        {
            if (Word(entry - 1).SequenceEqual(word)) return _leaves[entry - 1];
            slot = (slot + 1) & _mask;
        }
        return 0;
    }
}

namespace Marsad.Entities.Recognition;

/// <summary>
/// Feature hash → weight row, as an open-addressing table with linear probing. The hashes are already well mixed,
/// so their low bits index the table directly; at most half full, a lookup is one or two probes into flat arrays,
/// several times cheaper than a Dictionary's buckets and entries, and tagging is mostly these lookups.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;     // row + 1; 0 marks an empty slot
    private readonly int _mask;

    /// <summary>A table in which key <c>keys[i]</c> has row <c>i</c>; the keys must be distinct.</summary>
    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        int capacity = 16;
        while (capacity < 2 * keys.Length) capacity *= 2;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = (int)keys[row] & _mask;
            while (_rows[slot] != 0)
            {
                if (_keys[slot] == keys[row]) throw new ArgumentException("feature hashes must be distinct", nameof(keys));
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = keys[row];
            _rows[slot] = row + 1;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or −1 when the table does not have it.</summary>
    public int Row(ulong key)
    {
        int slot = (int)key & _mask;
        while (true)
        {
            int row = _rows[slot];
            if (row == 0) return -1;
            if (_keys[slot] == key) return row - 1;
            slot = (slot + 1) & _mask;
        }
    }
}

using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Feature hash → where its weights are, as an open-addressing table with linear probing. The hashes are already well
/// mixed, so their low bits index the table directly; at most half full, a lookup is one or two probes. A slot holds
/// the key and the weights' place together, so a lookup touches one cache line: tagging is mostly these lookups, and
/// each one that misses the cache costs more than the arithmetic around it.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>
    /// A table in which key <c>keys[i]</c> has its weights at <paramref name="starts"/>[i] in the model's packed array:
    /// <paramref name="firstCounts"/>[i] entries of the first pass, then <paramref name="secondCounts"/>[i] of the
    /// second. Keys must be distinct.
    /// </summary>
    public FeatureTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> starts, ReadOnlySpan<byte> firstCounts, ReadOnlySpan<byte> secondCounts)
    {
        if (starts.Length != keys.Length || firstCounts.Length != keys.Length || secondCounts.Length != keys.Length)
            throw new ArgumentException("one start and two counts per key expected", nameof(starts));
        int capacity = 16;
        while (capacity < 2 * keys.Length) capacity *= 2;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            if (starts[row] < 0) throw new ArgumentOutOfRangeException(nameof(starts), "weight positions are never negative");
            int slot = (int)keys[row] & _mask;
            while (_slots[slot].StartPlusOne != 0)
            {
                if (_slots[slot].Key == keys[row]) throw new ArgumentException("feature hashes must be distinct", nameof(keys));
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot { Key = keys[row], StartPlusOne = starts[row] + 1, First = firstCounts[row], Second = secondCounts[row] };
        }
    }

    /// <summary>Where the weights of <paramref name="key"/> are; both counts 0 when the table does not have it.</summary>
    public FeatureWeights Weights(ulong key)
    {
        int index = (int)key & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[index];
            if (slot.StartPlusOne == 0) return default;
            if (slot.Key == key) return new FeatureWeights(slot.StartPlusOne - 1, slot.First, slot.Second);
            index = (index + 1) & _mask;
        }
    }

    /// <summary>How many keys ahead <see cref="Lookup"/> prefetches: enough misses in flight to keep the memory busy, few enough that a line is still cached when its turn comes.</summary>
    internal const int PrefetchDistance = 32;

    /// <summary>
    /// <see cref="Weights"/> of every key of <paramref name="keys"/> into <paramref name="weights"/>, each key's home slot
    /// prefetched <see cref="PrefetchDistance"/> keys ahead. The table is far bigger than the cache: a lookup that
    /// waits for its own miss before the next one starts spends most of tagging waiting; prefetched, misses overlap.
    /// </summary>
    public unsafe void Lookup(ReadOnlySpan<ulong> keys, Span<FeatureWeights> weights)
    {
        fixed (Slot* slots = _slots)
            for (int f = 0; f < keys.Length; f++)
            {
                if (Sse.IsSupported && f + PrefetchDistance < keys.Length) Sse.Prefetch0(slots + ((int)keys[f + PrefetchDistance] & _mask));
                if (f == 0 && Sse.IsSupported)
                    for (int k = 1; k < Math.Min(PrefetchDistance, keys.Length); k++) Sse.Prefetch0(slots + ((int)keys[k] & _mask));
                weights[f] = Weights(keys[f]);
            }
    }

    /// <summary>16 bytes: four slots to a cache line.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Key;
        public int StartPlusOne;    // 0 marks an empty slot
        public byte First;
        public byte Second;
    }
}

/// <summary>A feature's weights in the model's packed array: <see cref="First"/> entries from <see cref="Start"/>, then <see cref="Second"/>.</summary>
internal readonly record struct FeatureWeights(int Start, int First, int Second);

using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Marsad.Dedup;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the first <c>Bands × Rows</c> values are cut into bands,
/// each band hashed (XxHash3) to a 32-bit key; two documents are candidates when any band key is equal.
/// With 24 bands of 5 rows a pair of Jaccard s is found with probability 1 − (1 − s⁵)²⁴: 0.99993 at s = 0.8,
/// 0.53 at 0.5, 0.0002 at 0.1 (the S-curve's midpoint is near 0.53).
/// <para>Compact by design (no per-document objects): per band one open-addressing table of packed
/// (key, last document) slots, and one shared array <c>next[doc × Bands + band]</c> that chains earlier documents
/// with the same key. A document costs 4 bytes per band in <c>next</c> plus 8 bytes per band per table slot
/// (load 0.5–0.75). Adding and querying touch only the document's own band keys: never a scan.</para>
/// </summary>
public sealed partial class LshIndex
{
    public const int DefaultBands = 24, DefaultRows = 5;
    const double MaxLoad = 0.75;

    readonly BandTable[] tables;
    int[] next;

    public LshIndex(int bands = DefaultBands, int rows = DefaultRows)
    {
        if (bands <= 0 || rows <= 0) throw new ArgumentOutOfRangeException(nameof(bands));
        Bands = bands;
        Rows = rows;
        tables = new BandTable[bands];
        for (int b = 0; b < bands; b++) tables[b] = new BandTable(1024);
        next = new int[bands * 64];
    }

    public int Bands { get; }
    public int Rows { get; }

    /// <summary>Number of documents added; documents are numbered 0, 1, 2, … in the order they were added.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes held by the index arrays (tables and chains), excluding signatures and shingle sets.</summary>
    public long MemoryBytes
    {
        get
        {
            long bytes = (long)next.Length * sizeof(int);
            foreach (var t in tables) bytes += (long)t.Slots.Length * sizeof(ulong);
            return bytes;
        }
    }

    /// <summary>The band keys of a signature (what the index stores; also what a store may persist per document).</summary>
    public uint[] BandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new uint[Bands];
        BandKeys(signature, keys);
        return keys;
    }

    public void BandKeys(ReadOnlySpan<uint> signature, Span<uint> keys) => BandKeys(signature, Bands, Rows, keys);

    /// <summary>The band keys of a signature for a given banding, without an index.</summary>
    public static void BandKeys(ReadOnlySpan<uint> signature, int bands, int rows, Span<uint> keys)
    {
        if (signature.Length < bands * rows) throw new ArgumentException($"signature needs at least {bands * rows} values", nameof(signature));
        for (int b = 0; b < bands; b++)
        {
            var band = MemoryMarshal.AsBytes(signature.Slice(b * rows, rows));
            uint key = (uint)XxHash3.HashToUInt64(band, b);
            keys[b] = key == 0 ? 1u : key;
        }
    }

    /// <summary>Adds a document and returns its number.</summary>
    public int Add(ReadOnlySpan<uint> signature)
    {
        Span<uint> keys = stackalloc uint[Bands];
        BandKeys(signature, keys);
        return AddKeys(keys);
    }

    /// <summary>Adds a document by its band keys (as computed by <see cref="BandKeys(ReadOnlySpan{uint})"/>).</summary>
    public int AddKeys(ReadOnlySpan<uint> keys)
    {
        int doc = Count;
        if ((long)(doc + 1) * Bands > next.Length)
            Array.Resize(ref next, (int)Math.Min(Array.MaxLength, Math.Max((long)(doc + 1) * Bands, (long)next.Length * 3 / 2)));
        for (int b = 0; b < Bands; b++)
            next[doc * Bands + b] = tables[b].Put(keys[b], doc + 1);
        Count = doc + 1;
        return doc;
    }

    /// <summary>Appends to <paramref name="candidates"/> the documents sharing at least one band with the signature,
    /// distinct and ascending.</summary>
    public void Query(ReadOnlySpan<uint> signature, List<int> candidates)
    {
        Span<uint> keys = stackalloc uint[Bands];
        BandKeys(signature, keys);
        QueryKeys(keys, candidates);
    }

    public void QueryKeys(ReadOnlySpan<uint> keys, List<int> candidates)
    {
        int first = candidates.Count;
        for (int b = 0; b < Bands; b++)
            for (int d = tables[b].Get(keys[b]); d != 0; d = next[(d - 1) * Bands + b])
                candidates.Add(d - 1);
        if (candidates.Count - first > 1)
        {
            candidates.Sort(first, candidates.Count - first, null);
            int w = first + 1;
            for (int i = first + 1; i < candidates.Count; i++)
                if (candidates[i] != candidates[w - 1]) candidates[w++] = candidates[i];
            candidates.RemoveRange(w, candidates.Count - w);
        }
    }

    /// <summary>Open addressing, linear probing; a slot packs key (high 32 bits) and last document + 1 (low 32).
    /// Table size need not be a power of two: the home slot is the multiply–shift reduction of the key, so the
    /// table can grow by half rather than double (keeps memory per document low).</summary>
    sealed class BandTable(int capacity)
    {
        public ulong[] Slots = new ulong[capacity];
        public int Used;

        public int Get(uint key)
        {
            var slots = Slots;
            int i = Home(key, slots.Length);
            while (true)
            {
                ulong slot = slots[i];
                if (slot == 0) return 0;
                if ((uint)(slot >> 32) == key) return (int)(uint)slot;
                if (++i == slots.Length) i = 0;
            }
        }

        /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> and returns the value it replaced (0 if none).</summary>
        public int Put(uint key, int value)
        {
            if (Used + 1 > Slots.Length * MaxLoad) Grow();
            var slots = Slots;
            int i = Home(key, slots.Length);
            while (true)
            {
                ulong slot = slots[i];
                if (slot == 0) { slots[i] = Pack(key, value); Used++; return 0; }
                if ((uint)(slot >> 32) == key) { slots[i] = Pack(key, value); return (int)(uint)slot; }
                if (++i == slots.Length) i = 0;
            }
        }

        void Grow()
        {
            var old = Slots;
            var slots = new ulong[old.Length + old.Length / 2];
            foreach (ulong slot in old)
            {
                if (slot == 0) continue;
                int i = Home((uint)(slot >> 32), slots.Length);
                while (slots[i] != 0) if (++i == slots.Length) i = 0;
                slots[i] = slot;
            }
            Slots = slots;
        }

        static int Home(uint key, int length) => (int)(((ulong)key * (uint)length) >> 32);

        static ulong Pack(uint key, int value) => ((ulong)key << 32) | (uint)value;
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Text.Morphology;

/// <summary>
/// A bounded memo of <see cref="LightStemmer.StemWithoutCache"/> for one lexicon: news vocabulary is Zipfian, so a
/// few tens of thousands of match keys cover nearly every token, and a hit costs one hash and one comparison instead
/// of dozens of lexicon lookups. It stores exactly what the stemmer computed, so it cannot change a stem.
/// <list type="bullet">
/// <item>Eight-way set-associative, a set being 256 aligned bytes (four cache lines of two 32-byte entries). An entry
/// that is used more than the one before it moves forward, so the frequent keys that make up most hits are found in
/// the first line. No allocation after construction, on hits or on misses.</item>
/// <item>Keys of 1 to <see cref="MaxKeyLength"/> letters of the Arabic block (U+0600–U+06FF) are stored, one byte a
/// letter, as a 16-byte form compared whole with the looked-up key (exact: the hash only picks the set). Stems of
/// up to <see cref="MaxStemLength"/> letters are stored; other keys are computed every time.</item>
/// <item>A full set replaces its less used entry (a small use count per entry, which every replacement in the set
/// wears down), so frequent words stay while rare ones come and go. The content depends only on the sequence of keys
/// stemmed: deterministic, with a hash of our own rather than the per-process randomised string hash.</item>
/// <item>Not thread-safe: <see cref="LightStemmer.Stem(ReadOnlySpan{char}, Span{char}, ArabicLexicon?)"/> uses one
/// cache per thread (<see cref="ForCurrentThread"/>), so no locks are needed. A caller that stems many words on one
/// thread can fetch that cache once and call <see cref="Stem"/> itself.</item>
/// </list>
/// </summary>
public sealed class StemCache
{
    /// <summary>Entries per thread by default (32 bytes each, 2 MB in all): more than twice the distinct words of a
    /// large news corpus (ANERcorp has ~27,000 match keys), so that few sets overflow.</summary>
    public const int DefaultCapacity = 1 << 16;

    /// <summary>Longest key an entry holds.</summary>
    public const int MaxKeyLength = 16;

    /// <summary>Longest stem an entry holds.</summary>
    public const int MaxStemLength = KeyLengthAt - StemAt;

    private const int Ways = 8;
    private const int SlotSize = 32, SetSize = Ways * SlotSize;
    private const int MaxCapacity = 1 << 24;

    // Entry layout in bytes: [stem letters (13), key length (0 marks an empty entry), stem length, uses, key form (16)],
    // letters as offsets from U+0600. Uses count hits, saturating, and wear down when the set replaces an entry.
    // Each half is one 16-byte load: the key form to compare, the stem to widen into the destination.
    private const int StemAt = 0, KeyLengthAt = 13, StemLengthAt = 14, UsesAt = 15, KeyFormAt = 16;
    private const char BlockStart = '\u0600';

    [ThreadStatic] private static StemCache? threadCache;

    // Pinned so that the alignment of the sets to cache lines, found once from its address, holds for its lifetime.
    private readonly byte[] memory;
    private readonly int firstSet;
    private readonly int setMask;

    /// <param name="capacity">Maximum number of entries, rounded up to a power of two (at least the eight ways of one set).</param>
    public StemCache(ArabicLexicon lexicon, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, MaxCapacity);
        Lexicon = lexicon;
        Capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, Ways));
        memory = GC.AllocateArray<byte>(Capacity * SlotSize + SetSize, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(memory, 0);
        firstSet = (int)((SetSize - (address & (SetSize - 1))) & (SetSize - 1));
        setMask = Capacity / Ways - 1;
    }

    /// <summary>The lexicon the stems were computed with.</summary>
    public ArabicLexicon Lexicon { get; private set; }

    public int Capacity { get; }

    /// <summary>Entries currently held; never more than <see cref="Capacity"/>.</summary>
    public int Count { get; private set; }

    public long Hits { get; private set; }

    public long Misses { get; private set; }

    /// <summary>This thread's cache for <paramref name="lexicon"/>; a thread that switches lexicon empties its cache.</summary>
    public static StemCache ForCurrentThread(ArabicLexicon lexicon)
    {
        var cache = threadCache;
        if (cache is null) return threadCache = new StemCache(lexicon);
        if (!ReferenceEquals(cache.Lexicon, lexicon)) cache.Rebind(lexicon);
        return cache;
    }

    /// <summary>Same contract as <see cref="LightStemmer.StemWithoutCache"/>: stems <paramref name="matchKey"/> into
    /// <paramref name="destination"/> (at least as long; may be the same memory) and returns the length. Characters of
    /// <paramref name="destination"/> past the returned length may be overwritten.</summary>
    public int Stem(ReadOnlySpan<char> matchKey, Span<char> destination)
    {
        if (!TryKeyForm(matchKey, out var form))
            return LightStemmer.StemWithoutCache(matchKey, destination, Lexicon);
        var set = memory.AsSpan(firstSet + SetOf(form, matchKey.Length) * SetSize, SetSize);
        for (int way = 0; way < Ways; way++)
        {
            var slot = set.Slice(way * SlotSize, SlotSize);
            if (slot[KeyLengthAt] != matchKey.Length || Vector128.Create<byte>(slot[KeyFormAt..]) != form) continue;
            Hits++;
            if (slot[UsesAt] != byte.MaxValue) slot[UsesAt]++;
            if (way > 0 && slot[UsesAt] > set[(way - 1) * SlotSize + UsesAt]) slot = MoveForward(set, way);
            int stemLength = slot[StemLengthAt];
            if (destination.Length >= 16)
            {
                // All 16 bytes in two stores, rather than a loop whose length the branch predictor cannot guess.
                var letters = Vector128.Create<byte>(slot);
                var block = Vector128.Create((ushort)BlockStart);
                var chars = MemoryMarshal.Cast<char, ushort>(destination);
                (Vector128.WidenLower(letters) + block).CopyTo(chars);
                (Vector128.WidenUpper(letters) + block).CopyTo(chars[8..]);
                return stemLength;
            }
            var stem = slot.Slice(StemAt, stemLength);
            var output = destination[..stem.Length];
            for (int i = 0; i < output.Length; i++) output[i] = (char)(BlockStart + stem[i]);
            return stemLength;
        }
        Misses++;
        var entry = ClaimSlot(set);
        int n = LightStemmer.StemWithoutCache(matchKey, destination, Lexicon);
        if (n > MaxStemLength || !IsInBlock(destination[..n])) return n; // the claimed entry stays empty
        form.CopyTo(entry[KeyFormAt..]);
        for (int i = 0; i < n; i++) entry[StemAt + i] = (byte)(destination[i] - BlockStart);
        entry[KeyLengthAt] = (byte)matchKey.Length;
        entry[StemLengthAt] = (byte)n;
        entry[UsesAt] = 0;
        Count++;
        return n;
    }

    /// <summary>Swaps the entry at <paramref name="way"/> with the one before it, which is used less: frequent keys
    /// gather at the front of their set, so their hits compare once and read the set's first line only.
    /// Returns the entry's new place.</summary>
    private static Span<byte> MoveForward(Span<byte> set, int way)
    {
        var entry = set.Slice(way * SlotSize, SlotSize);
        var before = set.Slice((way - 1) * SlotSize, SlotSize);
        var moving = Vector256.Create<byte>(entry);
        Vector256.Create<byte>(before).CopyTo(entry);
        moving.CopyTo(before);
        return before;
    }

    /// <summary>An empty way of the set, else its less used one (the first among equals); the others wear down by
    /// one use, so an entry that was frequent once cannot stay forever. The old entry is emptied before reuse.</summary>
    private Span<byte> ClaimSlot(Span<byte> set)
    {
        int victim = -1;
        for (int way = 0; way < Ways; way++)
            if (set[way * SlotSize + KeyLengthAt] == 0) return set.Slice(way * SlotSize, SlotSize);
        for (int way = 0; way < Ways; way++)
            if (victim < 0 || set[way * SlotSize + UsesAt] < set[victim * SlotSize + UsesAt]) victim = way;
        for (int way = 0; way < Ways; way++)
        {
            ref byte uses = ref set[way * SlotSize + UsesAt];
            if (uses > 0) uses--;
        }
        var slot = set.Slice(victim * SlotSize, SlotSize);
        slot[KeyLengthAt] = 0;
        Count--;
        return slot;
    }

    /// <summary>Empties the cache and binds it to another lexicon (stems depend on the lexicon).</summary>
    private void Rebind(ArabicLexicon lexicon)
    {
        Array.Clear(memory);
        Count = 0;
        Lexicon = lexicon;
    }

    private static bool IsInBlock(ReadOnlySpan<char> letters)
    {
        foreach (char c in letters)
            if ((uint)(c - BlockStart) > 0xFF) return false;
        return true;
    }

    /// <summary>The set of a key: a multiply-xor hash of its form and length, top bits (all input bits reach them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SetOf(Vector128<byte> form, int length)
    {
        var words = form.AsUInt64();
        ulong h = (words.GetElement(0) ^ (ulong)length) * 0x9E3779B97F4A7C15;
        h = (h ^ words.GetElement(1) ^ (h >> 32)) * 0xC2B2AE3D27D4EB4F;
        return (int)(h >> 40) & setMask;
    }

    private const ulong HighBytes = 0xFF00_FF00_FF00_FF00, BlockHighBytes = 0x0600_0600_0600_0600;

    /// <summary>The 16 bytes an entry compares: the key's letters as offsets from U+0600, read as two overlapping halves
    /// (first 8 and last 8 letters, or first 4 and last 4, or first, middle and last) so that no loop runs per
    /// letter; together with the length this is exact. False for the empty key, keys longer than
    /// <see cref="MaxKeyLength"/> and keys with a character outside the Arabic block (Latin letters, digits,
    /// supplement letters), which go straight to the stemmer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryKeyForm(ReadOnlySpan<char> key, out Vector128<byte> form)
    {
        var units = MemoryMarshal.Cast<char, ushort>(key);
        int n = units.Length;
        if (n >= 8)
        {
            if (n > MaxKeyLength) return Fail(out form);
            var head = Vector128.Create<ushort>(units);
            var tail = Vector128.Create<ushort>(units[(n - 8)..]);
            var high = Vector128.Create((ushort)0xFF00);
            var block = Vector128.Create((ushort)BlockStart);
            if (!Vector128.EqualsAll(head & high, block) || !Vector128.EqualsAll(tail & high, block)) return Fail(out form);
            form = Vector128.Narrow(head, tail);
            return true;
        }
        if (n >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(units);
            ulong head = MemoryMarshal.Read<ulong>(bytes);
            ulong tail = MemoryMarshal.Read<ulong>(bytes[((n - 4) * 2)..]);
            if ((head & HighBytes) != BlockHighBytes || (tail & HighBytes) != BlockHighBytes) return Fail(out form);
            form = Vector128.Narrow(Vector128.Create(head, tail).AsUInt16(), Vector128<ushort>.Zero);
            return true;
        }
        if (n >= 1)
        {
            uint first = (uint)(units[0] - BlockStart), middle = (uint)(units[n >> 1] - BlockStart), last = (uint)(units[n - 1] - BlockStart);
            if ((first | middle | last) > 0xFF) return Fail(out form);
            form = Vector128.CreateScalar(first | middle << 8 | last << 16).AsByte();
            return true;
        }
        return Fail(out form);
    }

    private static bool Fail(out Vector128<byte> form)
    {
        form = default;
        return false;
    }
}

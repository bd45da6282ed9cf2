using System.Numerics;
using System.Runtime.CompilerServices;

namespace Marsad.Text.Morphology;

/// <summary>
/// A bounded memo of <see cref="LightStemmer.StemWithoutCache"/> for one lexicon: news vocabulary is Zipfian, so a
/// few tens of thousands of match keys cover nearly every token, and a hit costs one hash and one comparison instead
/// of dozens of lexicon lookups. It stores exactly what the stemmer computed, so it cannot change a stem.
/// <list type="bullet">
/// <item>Eight-way set-associative table in flat arrays: no allocation after construction, on hits or on misses.</item>
/// <item>An entry is 32 bytes: key and stem letters of the Arabic block (U+0600–U+06FF) stored as one byte each, at most
/// <see cref="SlotLetters"/> together. Keys with other letters, and longer pairs, are computed every time.
/// A hit is memory-bound, so the small entry is what makes it fast.</item>
/// <item>A full set replaces its least used entry (a small use count per entry, which every replacement in the set
/// wears down), so frequent words stay while rare ones come and go. The content depends only on the sequence of keys
/// stemmed: deterministic, with a hash of our own rather than the per-process randomised string hash.</item>
/// <item>Not thread-safe: <see cref="LightStemmer.Stem(ReadOnlySpan{char}, Span{char}, ArabicLexicon?)"/> uses one
/// cache per thread (<see cref="ForCurrentThread"/>), so no locks are needed.</item>
/// </list>
/// </summary>
public sealed class StemCache
{
    /// <summary>Entries per thread by default (36 bytes each with the hash, 2.4 MB in all): more than twice the distinct
    /// words of a large news corpus (ANERcorp has ~27,000 match keys), so that few sets overflow.</summary>
    public const int DefaultCapacity = 1 << 16;

    /// <summary>Letters of key and stem together that one entry holds (a stem is never longer than its key, so keys of
    /// 14 letters always fit).</summary>
    public const int SlotLetters = SlotStride - SlotHeader;

    private const int Ways = 8;

    // Entry layout in bytes: [key length, stem length, uses, key..., stem...], letters as offsets from U+0600.
    // Uses count hits, saturating, and wear down when the set replaces an entry.
    private const int SlotStride = 32;
    private const int SlotHeader = 3;
    private const int KeyLengthAt = 0, StemLengthAt = 1, UsesAt = 2;
    private const char BlockStart = '\u0600';

    [ThreadStatic] private static StemCache? threadCache;

    private readonly uint[] hashes; // by slot, 0 marks an empty one; a set is Ways consecutive slots
    private readonly byte[] slots;
    private readonly int setMask;

    /// <param name="capacity">Maximum number of entries, rounded up to a power of two (at least the 8 ways of one set).</param>
    public StemCache(ArabicLexicon lexicon, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Lexicon = lexicon;
        Capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, Ways));
        hashes = new uint[Capacity];
        slots = new byte[Capacity * SlotStride];
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
    /// <paramref name="destination"/> (at least as long; may be the same memory) and returns the length.</summary>
    public int Stem(ReadOnlySpan<char> matchKey, Span<char> destination)
    {
        if (matchKey.Length > SlotLetters || matchKey.Length == 0 || !TryHash(matchKey, out uint hash))
            return LightStemmer.StemWithoutCache(matchKey, destination, Lexicon);
        int first = (int)(hash & (uint)setMask) * Ways;
        var set = hashes.AsSpan(first, Ways);
        for (int way = 0; way < set.Length; way++)
        {
            if (set[way] != hash) continue;
            var slot = slots.AsSpan((first + way) * SlotStride, SlotStride);
            if (slot[KeyLengthAt] != matchKey.Length || !SameLetters(slot.Slice(SlotHeader, matchKey.Length), matchKey)) continue;
            Hits++;
            if (slot[UsesAt] != byte.MaxValue) slot[UsesAt]++;
            int stemLength = slot[StemLengthAt];
            var stem = slot.Slice(SlotHeader + matchKey.Length, stemLength);
            for (int i = 0; i < stem.Length; i++) destination[i] = (char)(BlockStart + stem[i]);
            return stemLength;
        }
        Misses++;
        int victim = ClaimSlot(first);
        var entry = slots.AsSpan(victim * SlotStride, SlotStride);
        // Store the key before stemming: destination may be the same memory as matchKey.
        var payload = entry[SlotHeader..];
        for (int i = 0; i < matchKey.Length; i++) payload[i] = (byte)(matchKey[i] - BlockStart);
        int n = LightStemmer.StemWithoutCache(matchKey, destination, Lexicon);
        if (matchKey.Length + n > SlotLetters || !IsInBlock(destination[..n])) return n; // the claimed slot stays empty
        for (int i = 0; i < n; i++) payload[matchKey.Length + i] = (byte)(destination[i] - BlockStart);
        entry[KeyLengthAt] = (byte)matchKey.Length;
        entry[StemLengthAt] = (byte)n;
        entry[UsesAt] = 0;
        hashes[victim] = hash;
        Count++;
        return n;
    }

    /// <summary>An empty way of the set, else its least used one (the first among equals); the others wear down by
    /// one use, so an entry that was frequent once cannot stay forever. The old entry is invalidated before reuse.</summary>
    private int ClaimSlot(int first)
    {
        for (int slot = first; slot < first + Ways; slot++)
            if (hashes[slot] == 0) return slot;
        int victim = first;
        for (int slot = first; slot < first + Ways; slot++)
            if (slots[slot * SlotStride + UsesAt] < slots[victim * SlotStride + UsesAt]) victim = slot;
        for (int slot = first; slot < first + Ways; slot++)
        {
            ref byte uses = ref slots[slot * SlotStride + UsesAt];
            if (uses > 0) uses--;
        }
        hashes[victim] = 0;
        Count--;
        return victim;
    }

    /// <summary>Empties the cache and binds it to another lexicon (stems depend on the lexicon).</summary>
    private void Rebind(ArabicLexicon lexicon)
    {
        Array.Clear(hashes);
        Count = 0;
        Lexicon = lexicon;
    }

    private static bool SameLetters(ReadOnlySpan<byte> stored, ReadOnlySpan<char> key)
    {
        for (int i = 0; i < key.Length; i++)
            if (stored[i] != (byte)(key[i] - BlockStart)) return false;
        return true;
    }

    private static bool IsInBlock(ReadOnlySpan<char> letters)
    {
        foreach (char c in letters)
            if ((uint)(c - BlockStart) > 0xFF) return false;
        return true;
    }

    /// <summary>FNV-1a over the characters with a final avalanche (murmur3 fmix32), never 0 (which marks empty slots);
    /// false when a character is outside the Arabic block, so the key cannot be stored (keys with Latin letters,
    /// digits or supplement letters go straight to the stemmer, which passes the non-Arabic ones through).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHash(ReadOnlySpan<char> key, out uint hash)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            if ((uint)(c - BlockStart) > 0xFF)
            {
                hash = 0;
                return false;
            }
            h = (h ^ c) * 16777619;
        }
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        hash = h == 0 ? 1 : h;
        return true;
    }
}

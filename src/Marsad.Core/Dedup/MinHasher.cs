using System.Buffers.Binary;
using System.Numerics;

namespace Marsad.Dedup;

/// <summary>
/// MinHash signatures over 64-bit shingle hashes. Each of the <see cref="HashCount"/> functions is
/// h(x) = a·x + b mod 2³² on the 32-bit fold of the shingle hash (a odd, so each h is a permutation of the
/// already well-mixed XxHash values); the signature keeps the minimum of each. The inner loop runs over
/// <see cref="Vector{T}"/> lanes, so one shingle updates 8 (AVX2) or 16 functions per instruction.
/// Coefficients come from a fixed seed: signatures are deterministic across runs and machines.
/// </summary>
public sealed class MinHasher
{
    public const int DefaultHashCount = 128;
    public const ulong DefaultSeed = 0x6D61727361642D31;

    readonly Vector<uint>[] multipliers, offsets;

    public MinHasher(int hashCount = DefaultHashCount, ulong seed = DefaultSeed)
    {
        if (hashCount <= 0 || hashCount % Vector<uint>.Count != 0 || hashCount % 16 != 0)
            throw new ArgumentOutOfRangeException(nameof(hashCount), "must be a positive multiple of 16");
        HashCount = hashCount;
        var a = new uint[hashCount];
        var b = new uint[hashCount];
        ulong state = seed;
        for (int i = 0; i < hashCount; i++)
        {
            a[i] = (uint)SplitMix64(ref state) | 1u;
            b[i] = (uint)SplitMix64(ref state);
        }
        int lanes = Vector<uint>.Count;
        multipliers = new Vector<uint>[hashCount / lanes];
        offsets = new Vector<uint>[hashCount / lanes];
        for (int v = 0; v < multipliers.Length; v++)
        {
            multipliers[v] = new Vector<uint>(a, v * lanes);
            offsets[v] = new Vector<uint>(b, v * lanes);
        }
    }

    public int HashCount { get; }

    /// <summary>The signature of a shingle set (order and repeats do not matter). An empty set gives all uint.MaxValue.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[HashCount];
        Signature(shingles, signature);
        return signature;
    }

    public void Signature(ReadOnlySpan<ulong> shingles, Span<uint> destination)
    {
        if (destination.Length < HashCount) throw new ArgumentException("destination too short", nameof(destination));
        int groups = multipliers.Length;
        Span<Vector<uint>> mins = groups <= 32 ? stackalloc Vector<uint>[groups] : new Vector<uint>[groups];
        mins.Fill(new Vector<uint>(uint.MaxValue));
        var a = multipliers.AsSpan();
        var b = offsets.AsSpan();
        foreach (ulong shingle in shingles)
        {
            var x = new Vector<uint>((uint)shingle ^ (uint)(shingle >> 32));
            for (int g = 0; g < mins.Length; g++)
                mins[g] = Vector.Min(mins[g], x * a[g] + b[g]);
        }
        int lanes = Vector<uint>.Count;
        for (int g = 0; g < mins.Length; g++) mins[g].CopyTo(destination.Slice(g * lanes, lanes));
    }

    /// <summary>The fraction of positions where two signatures agree: an unbiased estimate of the Jaccard similarity.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length || a.IsEmpty) throw new ArgumentException("signatures differ in length");
        int equal = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }

    /// <summary>The signature as little-endian bytes (4 per hash), for storing.</summary>
    public static byte[] ToBytes(ReadOnlySpan<uint> signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (int i = 0; i < signature.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        return bytes;
    }

    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 4 != 0) throw new ArgumentException("length is not a multiple of 4", nameof(bytes));
        var signature = new uint[bytes.Length / 4];
        for (int i = 0; i < signature.Length; i++) signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        return signature;
    }

    internal static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}

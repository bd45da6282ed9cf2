using Marsad.Dedup;
using Marsad.Text;

namespace Marsad.Tests.Dedup;

public class MinHashLshTests
{
    static ulong[] Shingles(string text) => WordShingles.SortedSet(MatchKeyWords.Hashes(text));

    [Fact]
    public void Signature_is_the_same_from_two_hashers_with_the_default_seed()
    {
        var shingles = Shingles(Articles.Join(Articles.Economy));
        Assert.Equal(new MinHasher().Signature(shingles), new MinHasher().Signature(shingles));
    }

    [Fact]
    public void Signature_does_not_depend_on_shingle_order()
    {
        var shingles = Shingles(Articles.Join(Articles.Economy));
        var reversed = shingles.Reverse().ToArray();
        Assert.Equal(new MinHasher().Signature(shingles), new MinHasher().Signature(reversed));
    }

    [Fact]
    public void Signature_estimate_is_close_to_the_exact_jaccard()
    {
        var a = Shingles(Articles.Join(Articles.Economy));
        var b = Shingles(Articles.Join(Articles.Economy[2..]));
        var hasher = new MinHasher();
        double estimate = MinHasher.EstimateJaccard(hasher.Signature(a), hasher.Signature(b));
        Assert.InRange(estimate - ShingleSetSimilarity.Jaccard(a, b), -0.15, 0.15);
    }

    [Fact]
    public void Signature_bytes_round_trip()
    {
        var signature = new MinHasher().Signature(Shingles(Articles.Economy[0]));
        Assert.Equal(signature, MinHasher.FromBytes(MinHasher.ToBytes(signature)));
    }

    [Fact]
    public void Index_finds_a_near_copy_and_not_an_unrelated_text()
    {
        var hasher = new MinHasher();
        var index = new LshIndex();
        index.Add(hasher.Signature(Shingles(Articles.Join(Articles.Football))));
        index.Add(hasher.Signature(Shingles(Articles.Join(Articles.Economy))));

        var candidates = new List<int>();
        index.Query(hasher.Signature(Shingles(Articles.Join(Articles.Economy.Skip(1)))), candidates);

        Assert.Equal([1], candidates);
    }

    [Fact]
    public void Index_read_back_from_bytes_answers_like_the_original()
    {
        var hasher = new MinHasher();
        var index = new LshIndex();
        var random = new Random(7);
        for (int i = 0; i < 3000; i++)
            index.Add(hasher.Signature(Enumerable.Range(0, 50).Select(_ => (ulong)random.NextInt64()).ToArray()));
        var probe = hasher.Signature(Shingles(Articles.Join(Articles.Economy)));
        index.Add(probe);

        using var stream = new MemoryStream();
        index.WriteTo(stream);
        stream.Position = 0;
        var restored = LshIndex.ReadFrom(stream);

        List<int> before = [], after = [];
        index.Query(probe, before);
        restored.Query(probe, after);
        Assert.Equal(index.Count, restored.Count);
        Assert.Equal([3000], after);
        Assert.Equal(before, after);
        Assert.Equal(3001, restored.Add(probe));
    }
}

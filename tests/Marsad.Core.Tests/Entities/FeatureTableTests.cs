using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class FeatureTableTests
{
    private static FeatureTable Table(params ulong[] keys) =>
        new(keys, Enumerable.Range(0, keys.Length).Select(i => 10 * i).ToArray(), Enumerable.Repeat((byte)2, keys.Length).ToArray(), Enumerable.Repeat((byte)3, keys.Length).ToArray());

    [Fact]
    public void Each_key_finds_where_its_weights_are() =>
        Assert.Equal([0, 10, 20], new[] { 7UL, 99UL, 12345UL }.Select(k => Table(7UL, 99UL, 12345UL).Weights(k).Start));

    [Fact]
    public void Each_key_keeps_its_two_passes_counts() =>
        Assert.Equal(new FeatureWeights(10, 2, 3), Table(7UL, 99UL).Weights(99UL));

    [Fact]
    public void A_key_not_in_the_table_has_no_weights() =>
        Assert.Equal(default, Table(7UL, 99UL).Weights(8UL));

    [Fact]
    public void Keys_with_the_same_low_bits_keep_their_own_weights()
    {
        ulong a = 5, b = 5 + (1UL << 40), c = 5 + (1UL << 50);

        var table = Table(a, b, c);

        Assert.Equal([0, 10, 20], new[] { a, b, c }.Select(k => table.Weights(k).Start));
    }

    [Fact]
    public void The_same_key_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => Table(7UL, 7UL));

    [Fact]
    public void An_empty_table_has_no_weights() => Assert.Equal(default, Table().Weights(0UL));
}

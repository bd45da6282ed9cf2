using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class FeatureTableTests
{
    [Fact]
    public void Each_key_finds_its_row() =>
        Assert.Equal([0, 1, 2], new[] { 7UL, 99UL, 12345UL }.Select(new FeatureTable([7UL, 99UL, 12345UL]).Row));

    [Fact]
    public void A_key_not_in_the_table_has_no_row() =>
        Assert.Equal(-1, new FeatureTable([7UL, 99UL]).Row(8UL));

    [Fact]
    public void Keys_with_the_same_low_bits_keep_their_own_rows()
    {
        ulong a = 5, b = 5 + (1UL << 40), c = 5 + (1UL << 50);

        var table = new FeatureTable([a, b, c]);

        Assert.Equal([0, 1, 2], new[] { a, b, c }.Select(table.Row));
    }

    [Fact]
    public void An_empty_table_has_no_rows() => Assert.Equal(-1, new FeatureTable([]).Row(0UL));
}

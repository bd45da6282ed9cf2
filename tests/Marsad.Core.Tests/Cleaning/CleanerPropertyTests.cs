using CsCheck;
using Marsad.Cleaning;

namespace Marsad.Tests.Cleaning;

public class CleanerPropertyTests
{
    private static readonly Gen<string> ArticleLike = Gen.OneOf<string>(
        "قال", " الوزير", " في", " باسم", "،", ".", "؟", "\n", "\n\n", " ", "XS", "Skip to content", "تحديث 16:45 ت.غ",
        "— اسم (@handle) May 1, 2020", "RT @x: نص", "#وسم", "pic.twitter.com/a", "—", "اقرأ أيضا", "©", "\u200F", "\uFEFB",
        "\r\n", "\t", "1.5", "«", "»", "\uD800").Array[0, 80].Select(string.Concat);

    [Fact]
    public void CleanNeverThrowsAndIsDeterministic() =>
        ArticleLike.Sample(raw =>
        {
            var first = PlainTextCleaner.Clean(raw);
            var second = PlainTextCleaner.Clean(raw);
            Assert.Equal(first.Text, second.Text);
            Assert.Equal(first.Title, second.Title);
            Assert.Equal(first.Removed, second.Removed);
            Assert.Equal(first.Metadata, second.Metadata);
        });

    [Fact]
    public void CleanNeverThrowsOnArbitraryCharacters() =>
        Gen.String[Gen.Char, 0, 200].Sample(raw => { PlainTextCleaner.Clean(raw); });

    [Fact]
    public void CleanTextHasNoSurroundingWhitespace() =>
        ArticleLike.Sample(raw =>
        {
            string text = PlainTextCleaner.Clean(raw).Text;
            Assert.Equal(text.Trim(), text);
        });
}

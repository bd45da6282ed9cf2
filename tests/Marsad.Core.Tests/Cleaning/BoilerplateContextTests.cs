using Marsad.Cleaning;
using Marsad.Pipeline;
using static Marsad.Tests.Cleaning.CleanerAssertions;

namespace Marsad.Tests.Cleaning;

public class BoilerplateContextTests
{
    private static readonly string[] Collection =
    [
        "تابع آخر الأخبار لحظة بلحظة\n" + FirstParagraph,
        "تابع آخر الأخبار لحظة بلحظة\n" + SecondParagraph,
        "تابِع آخرَ الأخبار لحظة بلحظة\n" + ThirdParagraph,
        "خبر بلا شريط\n" + ThirdParagraph + " " + FirstParagraph,
    ];

    [Fact]
    public void CountsDocumentsPerLineIgnoringDiacritics() =>
        Assert.Equal(3, BoilerplateContext.FromDocuments(Collection).DocumentsContaining("تابع آخر الأخبار لحظة بلحظة"));

    [Fact]
    public void ThresholdIsTheLargerOfMinimumDocumentsAndShare()
    {
        var context = BoilerplateContext.FromDocuments(Enumerable.Repeat("سطر", 20));
        Assert.Equal(6, context.Threshold);
    }

    [Fact]
    public void ShortLineCommonToEnoughDocumentsIsRemovedAsBoilerplate()
    {
        var context = BoilerplateContext.FromDocuments(Collection);
        var result = PlainTextCleaner.Clean(Collection[0] + "\n" + SecondParagraph, context);
        Assert.Equal("repeated across documents", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }

    [Fact]
    public void LineInTooFewDocumentsIsKept()
    {
        var context = BoilerplateContext.FromDocuments(Collection.Take(2));
        Assert.False(context.IsFurniture("تابع آخر الأخبار لحظة بلحظة"));
    }
}

using Marsad.Pipeline;
using static Marsad.Tests.Cleaning.CleanerAssertions;

namespace Marsad.Tests.Cleaning;

public class FurnitureTests
{
    [Fact]
    public void SizeToggleLinesAreBoilerplate()
    {
        var result = Clean(FirstParagraph, "", SecondParagraph, "", "A+", "A-");
        Assert.Equal([("A+", "size toggle"), ("A-", "size toggle")],
            result.Removed.Where(r => r.Kind == RemovalKind.Boilerplate).Select(r => (r.Text, r.Reason)));
        Assert.DoesNotContain("A+", result.Text);
    }

    [Fact]
    public void ShortLatinLineInArabicArticleIsBoilerplate()
    {
        var result = Clean("Jump to main story", "", FirstParagraph, "", SecondParagraph);
        Assert.Equal("Jump to main story", SingleRemoved(result, RemovalKind.Boilerplate).Text);
        Assert.StartsWith("أعلنت", result.Text);
    }

    [Fact]
    public void ArabicShareLabelsAreBoilerplate()
    {
        var result = Clean(FirstParagraph, "", "شارك عبر واتساب", "", SecondParagraph);
        Assert.Equal("share/follow widget", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }

    [Fact]
    public void EnglishFollowLabelsAreBoilerplate()
    {
        var result = Clean(FirstParagraph, "", "Follow us on Telegram", "", SecondParagraph);
        Assert.Equal("Follow us on Telegram", SingleRemoved(result, RemovalKind.Boilerplate).Text);
    }

    [Fact]
    public void SentenceThatMentionsSharingIsKept()
    {
        var result = Clean(FirstParagraph, "", "وشارك في الافتتاح عدد من المسؤولين المحليين.", "", SecondParagraph);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void ReadAlsoHeaderAndItsLinkLinesAreBoilerplate()
    {
        var result = Clean(FirstParagraph, "", "اقرأ أيضاً:", "افتتاح جسر جديد فوق النهر", "ارتفاع أسعار الخبز في الأسواق", "",
            SecondParagraph);
        Assert.Equal(["read-also box", "read-also link", "read-also link"], result.Removed.Select(r => r.Reason));
        Assert.Equal(FirstParagraph + "\n\n" + SecondParagraph, result.Text);
    }

    [Fact]
    public void ReadAlsoLinksStopAtTheNextRealParagraph()
    {
        var result = Clean(FirstParagraph, "", "للمزيد:", "حريق في سوق الخضار", SecondParagraph);
        Assert.Equal(2, result.Removed.Count);
        Assert.Contains(SecondParagraph, result.Text);
    }

    [Fact]
    public void CopyrightLineWithSymbolIsBoilerplate()
    {
        var result = Clean(FirstParagraph, "", "© 2024 شبكة الأنباء المحلية");
        Assert.Equal("copyright", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }

    [Fact]
    public void RightsReservedLineIsBoilerplate()
    {
        var result = Clean(FirstParagraph, "", "جميع الحقوق محفوظة لموقع الأخبار");
        Assert.Equal("copyright", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }

    [Fact]
    public void CookieNoticeIsBoilerplate()
    {
        var result = Clean(FirstParagraph, "", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك، وبالاستمرار في التصفح فإنك توافق على ذلك.");
        Assert.Equal("cookie notice", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }

    [Fact]
    public void BlockOfVeryShortLinesIsAMenu()
    {
        var result = Clean("محليات", "سياسة", "اقتصاد", "رياضة", "", FirstParagraph);
        Assert.Equal(4, result.Removed.Count(r => r.Kind == RemovalKind.Boilerplate && r.Reason == "menu block"));
        Assert.Equal(FirstParagraph, result.Text);
    }

    [Fact]
    public void LineOfSymbolsOnlyIsBoilerplate()
    {
        var result = Clean(FirstParagraph, "", "=====", "", SecondParagraph);
        Assert.Equal("symbol line", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }
}

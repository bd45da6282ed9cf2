using Marsad.Pipeline;
using static Marsad.Tests.Cleaning.CleanerAssertions;

namespace Marsad.Tests.Cleaning;

public class EmbedTests
{
    private const string Attribution = "— وزارة النقل (@TransportMin) March 3, 2021";

    [Fact]
    public void AttributionLineIsEmbed()
    {
        var result = Clean(FirstParagraph, "وصل القطار الأول إلى المحطة الجديدة #النقل", Attribution, SecondParagraph);
        Assert.Contains(result.Removed, r => r.Kind == RemovalKind.Embed && r.Text == Attribution && r.Reason == "post attribution");
    }

    [Fact]
    public void AttributionWithHyphenAndArabicDigitsIsEmbed()
    {
        var result = Clean(FirstParagraph, "- محمد سالم (@m_salem) ٣ مارس، ٢٠٢١", SecondParagraph);
        Assert.Contains(result.Removed, r => r.Kind == RemovalKind.Embed && r.Reason == "post attribution");
    }

    [Fact]
    public void PostBodyBeforeAttributionIsEmbed()
    {
        const string body = "وصل القطار الأول إلى المحطة الجديدة اليوم #النقل @city_rail";
        var result = Clean(FirstParagraph, body, Attribution, SecondParagraph);
        Assert.Contains(result.Removed, r => r.Kind == RemovalKind.Embed && r.Text == body && r.Reason == "embedded post body");
        Assert.Equal(FirstParagraph + "\n\n" + SecondParagraph, result.Text);
    }

    [Fact]
    public void ArticleSentenceIntroducingThePostWithColonIsKept()
    {
        var result = Clean("وكتبت الوزارة على حسابها:", Attribution, SecondParagraph);
        Assert.StartsWith("وكتبت الوزارة على حسابها:", result.Text);
    }

    [Fact]
    public void RetweetLineIsEmbed()
    {
        var result = Clean(FirstParagraph, "RT @city_rail: بدء التشغيل التجريبي للخط الثاني", SecondParagraph);
        Assert.Equal("retweet line", SingleRemoved(result, RemovalKind.Embed).Reason);
    }

    [Fact]
    public void LineOfMediaLinksIsEmbed()
    {
        var result = Clean(FirstParagraph, "pic.twitter.com/Ab12Cd34", SecondParagraph);
        Assert.Equal("embedded media link", SingleRemoved(result, RemovalKind.Embed).Reason);
    }

    [Fact]
    public void ShortLinkInsideAParagraphIsCutOutAndReported()
    {
        var result = Clean("افتتحت المحطة رسميا https://t.co/xY12ab صباح اليوم.");
        Assert.Equal("https://t.co/xY12ab", SingleRemoved(result, RemovalKind.Embed).Text);
        Assert.Equal("افتتحت المحطة رسميا صباح اليوم.", result.Text);
    }

    [Fact]
    public void TrailingLoneDashIsEmbed()
    {
        var result = Clean(FirstParagraph, SecondParagraph, "—");
        Assert.Equal("lone dash", SingleRemoved(result, RemovalKind.Embed).Reason);
    }
}

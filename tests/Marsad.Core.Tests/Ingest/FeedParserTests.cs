using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class FeedParserTests
{
    private static string Rss(string items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>جريدة الوطن</title><link>https://news.example/</link><description>آخر الأخبار</description>
        {items}
        </channel></rss>
        """;

    [Fact]
    public void Content_encoded_is_taken_as_the_full_text()
    {
        var xml = Rss($"""
            <item><title>خطة لدعم المزارعين</title><link>https://news.example/a/1</link>
            <description>ملخص قصير</description>
            <content:encoded><![CDATA[<p>{ArabicPages.Paragraph1}</p><p>{ArabicPages.Paragraph2}</p>]]></content:encoded>
            <pubDate>Sun, 10 Mar 2024 09:15:00 +0300</pubDate></item>
            """);
        var (entries, error) = FeedParser.Parse(xml, "feed.rss");
        Assert.Null(error);
        var article = FeedParser.ToArticle(Assert.Single(entries!), 0)!;
        Assert.Equal(ArabicPages.Paragraph1 + "\n\n" + ArabicPages.Paragraph2, article.Text);
        Assert.Equal("https://news.example/a/1", article.Locator);
        Assert.Equal("خطة لدعم المزارعين", article.Title);
    }

    [Theory]
    [InlineData("Mon, 11 Mar 2024 14:30 EST", 2024, 3, 11, 19, 30)]
    [InlineData("11 Mar 2024 14:30:00 GMT", 2024, 3, 11, 14, 30)]
    [InlineData("Tue, 11 Mar 2024 14:30:00 +03:00", 2024, 3, 11, 11, 30)]
    [InlineData("Mon, 5 Feb 24 08:00:00 +0000", 2024, 2, 5, 8, 0)]
    public void Faulty_rfc822_dates_are_read_leniently(string date, int y, int mo, int d, int h, int mi)
    {
        var xml = Rss($"<item><title>خبر</title><link>https://news.example/a/2</link><pubDate>{date}</pubDate></item>");
        var (entries, error) = FeedParser.Parse(xml, "feed.rss");
        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.Zero), Assert.Single(entries!).Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void An_item_without_content_keeps_its_link_for_fetching()
    {
        var xml = Rss("<item><title>خبر</title><link>https://news.example/a/3</link><description>ملخص</description></item>");
        var entry = Assert.Single(FeedParser.Parse(xml, "feed.rss").Entries!);
        Assert.Null(FeedParser.ToArticle(entry, 0));
        Assert.Equal("https://news.example/a/3", entry.Link);
    }

    [Fact]
    public void Atom_entries_with_html_content_are_read()
    {
        var xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>الوطن</title><id>urn:x</id><updated>2024-03-10T09:00:00Z</updated>
            <entry><title>خطة لدعم المزارعين</title><id>urn:1</id><link href="https://news.example/a/4"/>
            <updated>2024-03-10T09:15:00Z</updated><published>2024-03-10T09:10:00Z</published>
            <author><name>سمير الخطيب</name></author>
            <content type="html">&lt;p&gt;{ArabicPages.Paragraph1}&lt;/p&gt;</content></entry></feed>
            """;
        var entry = Assert.Single(FeedParser.Parse(xml, "feed.atom").Entries!);
        var article = FeedParser.ToArticle(entry, 0)!;
        Assert.Equal(ArabicPages.Paragraph1, article.Text);
        Assert.Equal("سمير الخطيب", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 10, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void A_feed_that_is_not_xml_is_an_error_naming_the_problem()
    {
        var (entries, error) = FeedParser.Parse("<html><body>خطأ 500 <br></body", "feed.rss");
        Assert.Null(entries);
        Assert.StartsWith("not an RSS/Atom feed", error);
    }
}

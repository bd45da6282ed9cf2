using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class HtmlArticleExtractorTests
{
    private static IngestedArticle Extract(string html)
    {
        var item = HtmlArticleExtractor.Extract(html, "page.html", null);
        Assert.Null(item.Error);
        return item.Article!;
    }

    [Fact]
    public void Main_content_of_an_arabic_page_keeps_every_paragraph()
    {
        var article = Extract(ArabicPages.NewsPage());
        Assert.Contains(ArabicPages.Paragraph1, article.Text);
        Assert.Contains(ArabicPages.Paragraph2, article.Text);
        Assert.Contains(ArabicPages.Paragraph3, article.Text);
    }

    [Fact]
    public void Menus_cookie_banners_related_lists_and_comments_are_left_out()
    {
        var text = Extract(ArabicPages.NewsPage()).Text;
        Assert.DoesNotContain(ArabicPages.Cookie, text);
        Assert.DoesNotContain("رياضة", text);
        Assert.DoesNotContain(ArabicPages.Related, text);
        Assert.DoesNotContain(ArabicPages.Comment, text);
        Assert.DoesNotContain("جميع الحقوق محفوظة", text);
    }

    [Fact]
    public void Paragraphs_are_separated_by_a_blank_line()
    {
        var text = Extract(ArabicPages.NewsPage()).Text;
        Assert.Contains(ArabicPages.Paragraph1 + "\n\n" + ArabicPages.Paragraph2, text);
    }

    [Fact]
    public void Open_graph_and_article_meta_give_title_site_author_canonical_and_date()
    {
        var article = Extract(ArabicPages.NewsPage());
        Assert.Equal("خطة لدعم صغار المزارعين", article.Title);
        Assert.Equal("جريدة الوطن", article.SiteName);
        Assert.Equal("سمير الخطيب", article.Author);
        Assert.Equal("https://news.example/economy/farmers-plan", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 9, 15, 0, TimeSpan.FromHours(3)), article.Published);
    }

    [Fact]
    public void Json_ld_news_article_gives_the_date_when_meta_tags_do_not()
    {
        const string head = """
            <title>خبر</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"الوطن"},
              {"@type":"NewsArticle","headline":"عنوان من البيانات المنظمة","datePublished":"2023-11-02T18:40:00+02:00",
               "author":{"@type":"Person","name":"ليلى حسن"},"publisher":{"@type":"Organization","name":"جريدة الوطن"}}]}</script>
            """;
        var article = Extract(ArabicPages.NewsPage(head));
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 18, 40, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("عنوان من البيانات المنظمة", article.Title);
        Assert.Equal("ليلى حسن", article.Author);
    }

    [Fact]
    public void Dublin_core_date_is_read()
    {
        var article = Extract(ArabicPages.NewsPage("<meta name=\"DC.date.issued\" content=\"2022-05-01\">"));
        Assert.Equal(new DateTimeOffset(2022, 5, 1, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void A_time_element_gives_the_date_when_nothing_else_does()
    {
        var body = $"<time datetime=\"2021-08-15T07:00:00Z\">15 أغسطس 2021</time><p>{ArabicPages.Paragraph1}</p><p>{ArabicPages.Paragraph2}</p>";
        var article = Extract(ArabicPages.NewsPage("<title>خبر</title>", body));
        Assert.Equal(new DateTimeOffset(2021, 8, 15, 7, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Truncated_html_still_yields_the_paragraphs_it_has()
    {
        var page = ArabicPages.NewsPage();
        var cut = page[..(page.IndexOf(ArabicPages.Paragraph3, StringComparison.Ordinal) + 40)];
        var article = Extract(cut);
        Assert.Contains(ArabicPages.Paragraph2, article.Text);
    }

    [Fact]
    public void A_page_of_menus_and_link_lists_is_an_error_not_an_article()
    {
        var item = HtmlArticleExtractor.Extract(ArabicPages.IndexPage, "economy.html", null);
        Assert.Null(item.Article);
        Assert.Equal("economy.html", item.Error!.Source);
        Assert.Contains("menus, lists or teasers only", item.Error.Reason);
    }
}

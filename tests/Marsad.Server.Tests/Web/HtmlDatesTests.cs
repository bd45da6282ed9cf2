using Marsad.Browse;
using Marsad.Server.Web;

namespace Marsad.Server.Tests.Web;

public sealed class HtmlDatesTests
{
    private static readonly DateTimeOffset Ingested = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_undated_article_is_shown_undated_with_its_ingest_day_said_to_be_that() =>
        Assert.Equal("غير مؤرخ · أُضيفت 2026-12-02", Html.Date(new DocumentCard("1", "خبر", "مصدر", null, Ingested, Published: false)));

    [Fact]
    public void An_article_dated_by_its_events_says_so() =>
        Assert.Equal("2018-11-27 (تاريخ الأحداث)",
            Html.Date(new DocumentCard("1", "خبر", "مصدر", null, new DateTimeOffset(2018, 11, 27, 0, 0, 0, TimeSpan.Zero), Published: false) { DateKind = CardDate.Events }));

    [Fact]
    public void A_published_article_shows_its_publication_day() =>
        Assert.Equal("2018-11-27", Html.Date(new DocumentCard("1", "خبر", "مصدر", null, new DateTimeOffset(2018, 11, 27, 8, 0, 0, TimeSpan.Zero), Published: true)));

    [Fact]
    public void A_search_hit_without_a_publication_date_is_undated() =>
        Assert.StartsWith("غير مؤرخ", Html.Date(Ingested, published: false));
}

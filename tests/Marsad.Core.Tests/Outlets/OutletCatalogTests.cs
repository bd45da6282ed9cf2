using Marsad.Outlets;

namespace Marsad.Tests.Outlets;

public class OutletCatalogTests
{
    private static readonly OutletCatalog Catalog = OutletCatalog.Default;

    [Fact]
    public void A_record_source_field_is_named_by_the_catalogue() => Assert.Equal("الشرق الأوسط", Catalog.NameOf("aawsat", null));

    [Fact]
    public void A_site_name_in_any_letter_case_is_named_by_the_catalogue() => Assert.Equal("عنب بلدي", Catalog.NameOf("Enab Baladi", null));

    [Fact]
    public void A_url_host_is_named_by_the_catalogue() => Assert.Equal("الحرة", Catalog.NameOf(null, "https://www.alhurra.com/syria/2018/09/11/x"));

    [Fact]
    public void A_host_with_a_section_is_named_by_the_section() => Assert.Equal("بي بي سي عربي", Catalog.NameOf(null, "https://www.bbc.com/arabic/middleeast-1"));

    [Fact]
    public void A_known_host_wins_over_an_unknown_feed_title() => Assert.Equal("الحرة", Catalog.NameOf("أخبار الشرق الأوسط", "https://www.alhurra.com/a"));

    [Fact]
    public void An_unknown_site_keeps_its_own_name() => Assert.Equal("صحيفة محلية", Catalog.NameOf("صحيفة محلية", null));

    [Fact]
    public void An_unknown_host_is_shown_without_www() => Assert.Equal("example.org", Catalog.NameOf(null, "https://www.example.org/news/1"));

    [Fact]
    public void An_agency_credit_in_the_dateline_names_the_agency() =>
        Assert.Equal("رويترز", Catalog.NameOf(null, null, "بيروت (رويترز) - قال مسؤولون إن الاشتباكات توقفت مساء أمس."));

    [Fact]
    public void An_agency_credit_in_closing_brackets_names_the_agency() =>
        Assert.Equal("وكالة الصحافة الفرنسية", Catalog.NameOf(null, null, "قال مسؤولون إن الاشتباكات توقفت مساء أمس. (أ ف ب)"));

    [Fact]
    public void An_agency_cited_inside_the_text_is_not_the_publisher() =>
        Assert.Equal("", Catalog.NameOf(null, null, "قال المتحدث باسم القوات في اتصال هاتفي مع وكالة رويترز اليوم إن الحملة ستتسارع."));

    [Fact]
    public void A_user_file_adds_an_outlet()
    {
        var catalog = OutletCatalog.From(new StringReader("local\tالصحيفة المحلية\tsy\tar\thttps://local.example\tlocal.example|المحلية\n"));
        Assert.Equal("الصحيفة المحلية", catalog.NameOf(null, "https://local.example/a/1"));
        Assert.Equal("sy", catalog.Find("المحلية")!.Country);
    }
}

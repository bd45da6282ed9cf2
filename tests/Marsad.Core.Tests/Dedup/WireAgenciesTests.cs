using Marsad.Dedup;

namespace Marsad.Tests.Dedup;

public class WireAgenciesTests
{
    [Theory]
    [InlineData("وقال المتحدث لوكالة رويترز إن القوات تقدمت.", "reuters")]
    [InlineData("دمشق - أ ف ب: قالت مصادر محلية", "afp")]
    [InlineData("وأشار في تصريح لفرانس برس إلى وجود غرفة عمليات", "afp")]
    [InlineData("ذكرت وكالة الأنباء السعودية أن الاجتماع عقد أمس", "spa")]
    [InlineData("أنقرة (الأناضول) - أعلنت وزارة الدفاع", "anadolu")]
    [InlineData("نقلت د ب أ عن مصادر أمنية", "dpa")]
    public void Credit_or_citation_names_its_agency(string text, string agency) =>
        Assert.Equal([agency], WireAgencies.Default.FindIn(text));

    [Theory]
    [InlineData("رام الله (وفا) - أعلنت وزارة الصحة الفلسطينية", "wafa")]
    [InlineData("وقالت وكالة وفا إن قوات الاحتلال اقتحمت البلدة", "wafa")]
    [InlineData("عمان - بترا: افتتح وزير السياحة", "petra")]
    public void Short_agency_name_that_is_also_a_word_counts_in_a_credits_form(string text, string agency) =>
        Assert.Equal([agency], WireAgencies.Default.FindIn(text));

    [Theory]
    [InlineData("وتصدر سهم وفا للتأمين قائمة الأسهم الأكثر ارتفاعا بنسبة 23 في المائة.")]
    [InlineData("وزار الوفد مدينة بترا الأثرية في جنوب الأردن.")]
    public void Short_agency_name_used_as_a_company_or_place_is_no_credit(string text) =>
        Assert.Empty(WireAgencies.Default.FindIn(text));

    [Fact]
    public void Text_without_agency_names_has_no_credit() =>
        Assert.Empty(WireAgencies.Default.FindIn("قال وزير الخارجية في مؤتمر صحافي إن المفاوضات ستستأنف الأسبوع المقبل."));

    [Fact]
    public void Agency_list_has_arabic_and_latin_names_for_the_main_agencies()
    {
        var reuters = WireAgencies.Default.All.Single(a => a.Id == "reuters");
        Assert.Contains("رويترز", reuters.Aliases);
        Assert.Contains("Reuters", reuters.Aliases);
    }
}

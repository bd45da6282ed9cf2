using Marsad.Language;

namespace Marsad.Tests.Language;

public sealed class ArabicOrthographyTests
{
    [Fact]
    public void Arabic_news_sentence_is_decided_by_its_letters()
    {
        Assert.True(ArabicOrthography.IsUnambiguouslyArabic("قالت وزارة الصحة في بيان إن الحكومة قررت إغلاق المدارس في المدينة حتى نهاية الأسبوع الجاري."));
    }

    [Fact]
    public void Persian_letters_leave_the_decision_to_the_model()
    {
        Assert.False(ArabicOrthography.IsUnambiguouslyArabic("وزارت بهداشت ایران گفت که مدرسه‌ها در پایتخت تا پایان هفته تعطیل خواهند بود و دولت تصمیم گرفت."));
    }

    [Fact]
    public void Urdu_letters_leave_the_decision_to_the_model()
    {
        Assert.False(ArabicOrthography.IsUnambiguouslyArabic("حکومت نے کہا کہ شہر میں تمام اسکول ہفتے کے آخر تک بند رہیں گے اور وزارت صحت نے بیان جاری کیا۔"));
    }

    [Fact]
    public void English_page_quoting_an_Arabic_name_is_not_Arabic()
    {
        Assert.False(ArabicOrthography.IsUnambiguouslyArabic("The ministry of health said the schools in the capital would close; the statement was titled وزارة الصحة الكويتية in the original."));
    }

    [Fact]
    public void Short_text_with_few_letters_is_not_decided()
    {
        Assert.False(ArabicOrthography.IsUnambiguouslyArabic("في بيت"));
    }

    [Fact]
    public void Identifier_labels_Persian_as_Persian_even_with_the_fast_path()
    {
        Assert.Equal("fa", new LinguaLanguageIdentifier().Identify("وزارت بهداشت ایران گفت که مدرسه‌ها در پایتخت تا پایان هفته تعطیل خواهند بود و دولت تصمیم گرفت."));
    }
}

using Marsad.Stories;

namespace Marsad.Tests.Stories;

public class SummaryOpenersTests
{
    [Theory]
    [InlineData("وكان الوزير قد زار المدينة المنكوبة العام الماضي برفقة وفد حكومي.")]
    [InlineData("وبعد ساعات عدة، أعلنت وزارة الداخلية فتح تحقيق في الحادث.")]
    [InlineData("وبعد ذلك توجه الوفد إلى مقر المحافظة للقاء المسؤولين.")]
    [InlineData("وفي وقت لاحق، أكد متحدث باسم الشرطة اعتقال ثلاثة مشتبه بهم.")]
    [InlineData("من جهته، رحب رئيس البلدية بالقرار الجديد.")]
    [InlineData("ويأتي ذلك بعد أسبوع من اشتباكات عنيفة في الحي.")]
    public void A_background_or_sequence_opener_points_back(string sentence) =>
        Assert.True(SummaryOpeners.PointsBack(sentence));

    [Fact]
    public void A_reporting_verb_with_a_bare_surname_points_back_to_where_the_name_was_given() =>
        Assert.True(SummaryOpeners.PointsBack("وأوضح العمري أن القوات ستنسحب من المدينة خلال أيام."));

    [Fact]
    public void A_reporting_verb_with_a_full_subject_stands_alone() =>
        Assert.False(SummaryOpeners.PointsBack("وأوضحت وزارة الخارجية الأردنية أن السفير سيعود إلى عمله الأسبوع المقبل."));

    [Fact]
    public void A_subject_named_in_quotation_marks_is_not_a_quotation() =>
        Assert.False(SummaryOpeners.PointsBack("وذكرت \"وكالة الأنباء الرسمية\"، عبر موقعها، أن الاجتماع انتهى دون اتفاق."));

    [Fact]
    public void A_quotation_right_after_the_verb_leaves_the_speaker_out() =>
        Assert.True(SummaryOpeners.PointsBack("وتابع: \"لن نتراجع عن مطالبنا مهما طال الوقت\"."));

    [Theory]
    [InlineData("من جهة أخرى، افتتح المحافظ مستشفى جديدا في الريف الجنوبي.")]
    [InlineData("وفي سياق آخر، ارتفعت أسعار الخبز في الأسواق المحلية.")]
    public void An_opener_that_turns_to_another_subject_shifts_the_topic(string sentence) =>
        Assert.True(SummaryOpeners.ShiftsTopic(sentence));

    [Fact]
    public void A_plain_report_neither_points_back_nor_shifts_the_topic()
    {
        const string sentence = "أعلنت وزارة الصحة تسجيل عشر إصابات جديدة بالكوليرا في محافظة الحديدة.";
        Assert.False(SummaryOpeners.PointsBack(sentence));
        Assert.False(SummaryOpeners.ShiftsTopic(sentence));
    }
}

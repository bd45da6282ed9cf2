using Marsad.Pipeline;
using static Marsad.Tests.Cleaning.CleanerAssertions;

namespace Marsad.Tests.Cleaning;

public class ParagraphTests
{
    [Fact]
    public void EmptyInputGivesEmptyText()
    {
        var result = Clean("");
        Assert.Equal("", result.Text);
        Assert.Null(result.Title);
        Assert.Empty(result.Removed);
        Assert.Empty(result.Metadata);
    }

    [Fact]
    public void ParagraphsAreSeparatedByOneBlankLine() =>
        Assert.Equal(FirstParagraph + "\n\n" + SecondParagraph, Clean(FirstParagraph, "", "", "", SecondParagraph).Text);

    [Fact]
    public void OneParagraphPerLineWithoutBlankLinesKeepsEveryParagraph() =>
        Assert.Equal(FirstParagraph + "\n\n" + SecondParagraph + "\n\n" + ThirdParagraph,
            Clean(FirstParagraph, SecondParagraph, ThirdParagraph).Text);

    [Fact]
    public void UnpunctuatedParagraphLinesWithoutWrapEvidenceStaySeparate() =>
        Assert.Equal("وصلت المساعدات إلى المدينة صباح اليوم\n\nوتوزعت على الأحياء المتضررة بعد الظهر",
            Clean("وصلت المساعدات إلى المدينة صباح اليوم", "وتوزعت على الأحياء المتضررة بعد الظهر").Text);

    [Fact]
    public void LineEndingWithPrepositionJoinsTheNextLine() =>
        Assert.Equal("وصل الوفد الحكومي إلى مدينة حلب صباح الثلاثاء.",
            Clean("وصل الوفد الحكومي إلى", "مدينة حلب صباح الثلاثاء.").Text);

    [Fact]
    public void LineEndingWithCommaJoinsTheNextLine() =>
        Assert.Equal("وقال الوزير، في مؤتمر صحفي، إن الخطة جاهزة.",
            Clean("وقال الوزير، في مؤتمر صحفي،", "إن الخطة جاهزة.").Text);

    [Fact]
    public void LineEndingWithFullStopDoesNotJoin() =>
        Assert.Equal("انتهى الاجتماع مساء.\n\nوغادر الوفد إلى عمان.", Clean("انتهى الاجتماع مساء.", "وغادر الوفد إلى عمان.").Text);

    [Fact]
    public void HardWrappedParagraphsAtFixedWidthAreRejoinedAndBlankLinesStayBreaks()
    {
        string[] lines =
        [
            "أعلنت السلطات المحلية في المحافظة الجنوبية إغلاق المدارس ثلاثة أيام بسبب",
            "العاصفة الرملية التي ضربت المنطقة منذ فجر الأحد وأدت إلى تعطل حركة النقل",
            "بين المدن الرئيسية.",
            "",
            "وأوضح بيان صادر عن مديرية التربية أن الدوام سيستأنف يوم الأربعاء المقبل إذا",
            "تحسنت الأحوال الجوية وأعلنت الأرصاد انتهاء موجة الغبار التي غطت الأجواء",
            "طوال الأسبوع.",
        ];
        var result = Clean(lines);
        Assert.Equal(
            string.Join(' ', lines[..3]) + "\n\n" + string.Join(' ', lines[4..]),
            result.Text);
    }

    [Fact]
    public void LinesCutAtTheSameWidthAreRejoinedEvenWithoutAParticleAtTheCut()
    {
        string[] lines =
        [
            "وتواصل فرق الدفاع المدني عمليات البحث عن المفقودين تحت الأنقاض",
            "في الأحياء القديمة التي تضررت بشدة جراء الزلزال الذي وقع فجرا",
            "وبلغت قوته ست درجات على مقياس ريختر بحسب مرصد الزلازل الوطني",
            "الذي حذر السكان من هزات ارتدادية خلال الساعات المقبلة.",
        ];
        Assert.Equal(string.Join(' ', lines), Clean(lines).Text);
    }

    [Fact]
    public void ShortTitleAboveHardWrappedTextStaysApart()
    {
        var result = Clean("عاصفة رملية تغلق المدارس", "",
            "أعلنت السلطات المحلية في المحافظة الجنوبية إغلاق المدارس ثلاثة أيام بسبب",
            "العاصفة الرملية التي ضربت المنطقة منذ فجر الأحد.");
        Assert.Equal("عاصفة رملية تغلق المدارس", result.Title);
        Assert.Equal("أعلنت السلطات المحلية في المحافظة الجنوبية إغلاق المدارس ثلاثة أيام بسبب العاصفة الرملية التي ضربت المنطقة منذ فجر الأحد.", result.Text);
    }

    [Fact]
    public void ExactlyRepeatedParagraphIsRemoved()
    {
        var result = Clean(FirstParagraph, "", SecondParagraph, "", FirstParagraph);
        var repeat = SingleRemoved(result, RemovalKind.RepeatedParagraph);
        Assert.Equal(FirstParagraph, repeat.Text);
        Assert.Equal(FirstParagraph + "\n\n" + SecondParagraph, result.Text);
    }

    [Fact]
    public void RepeatedParagraphWithDifferentDiacriticsHamzaAndSpacingIsRemoved()
    {
        const string variant = "اعلنت وزارة  الصحّة في العاصمة عن افتتاح مستشفى جديد يتسع لمئتي سرير في الحي الشمالي .";
        var result = Clean(FirstParagraph, SecondParagraph, variant);
        // Reported as it reads after display normalisation (the double space collapsed).
        Assert.Equal(variant.Replace("  ", " "), SingleRemoved(result, RemovalKind.RepeatedParagraph).Text);
    }

    [Fact]
    public void BlockOfParagraphsRepeatedOnOneLineIsRemoved()
    {
        var result = Clean(FirstParagraph, SecondParagraph, ThirdParagraph, FirstParagraph + " " + SecondParagraph);
        Assert.Single(result.Removed, r => r.Kind == RemovalKind.RepeatedParagraph);
        Assert.Equal(FirstParagraph + "\n\n" + SecondParagraph + "\n\n" + ThirdParagraph, result.Text);
    }

    [Fact]
    public void ShortRepeatedLineIsKept()
    {
        var result = Clean("وأضاف:", "«الوضع مستقر.»", "وأضاف:", "«سنواصل العمل.»");
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void RemovedItemsAreReportedInDocumentOrder()
    {
        var result = Clean("Skip to content", FirstParagraph, "تحديث 10:00 ت.غ", SecondParagraph, FirstParagraph, "XS");
        Assert.Equal(["Skip to content", "تحديث 10:00 ت.غ", FirstParagraph, "XS"], result.Removed.Select(r => r.Text));
    }
}

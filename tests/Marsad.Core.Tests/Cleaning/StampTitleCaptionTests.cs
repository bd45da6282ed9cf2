using Marsad.Pipeline;
using static Marsad.Tests.Cleaning.CleanerAssertions;

namespace Marsad.Tests.Cleaning;

public class StampTitleCaptionTests
{
    [Fact]
    public void UpdateStampGoesToMetadata()
    {
        var result = Clean(FirstParagraph, "", "تحديث 09:20 ت.غ", "", SecondParagraph);
        Assert.Equal("09:20 ت.غ", result.Metadata["updated"]);
        Assert.DoesNotContain("09:20", result.Text);
    }

    [Fact]
    public void LastUpdatedStampWithColonAndDateGoesToMetadata()
    {
        var result = Clean(FirstParagraph, "آخر تحديث: الأحد 12 مايو 2024", SecondParagraph);
        Assert.Equal("الأحد 12 مايو 2024", result.Metadata["updated"]);
    }

    [Fact]
    public void PublishStampGoesToMetadata()
    {
        var result = Clean("نشر في 14/05/2024 - 10:05", FirstParagraph);
        Assert.Equal("14/05/2024 - 10:05", result.Metadata["published"]);
    }

    [Fact]
    public void StampIsReportedAsRemovedFurniture()
    {
        var result = Clean(FirstParagraph, "", "تحديث 09:20 ت.غ");
        Assert.Equal("update stamp", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }

    [Fact]
    public void SentenceStartingWithPublishVerbIsNotAStamp()
    {
        var result = Clean(FirstParagraph, "نشر الجيش 300 جندي على الحدود الشرقية.");
        Assert.Empty(result.Metadata);
        Assert.Contains("نشر الجيش 300 جندي", result.Text);
    }

    [Fact]
    public void HeadlineFollowedByBlankLineIsTheTitle()
    {
        var result = Clean("افتتاح مستشفى جديد في الحي الشمالي", "", FirstParagraph, "", SecondParagraph);
        Assert.Equal("افتتاح مستشفى جديد في الحي الشمالي", result.Title);
        Assert.StartsWith("أعلنت", result.Text);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void HeadlineDirectlyAboveALongParagraphIsTheTitle()
    {
        var result = Clean("الصحة تفتتح مستشفى جديدا", FirstParagraph, SecondParagraph);
        Assert.Equal("الصحة تفتتح مستشفى جديدا", result.Title);
    }

    [Fact]
    public void FirstLineEndingWithFullStopIsNotATitle()
    {
        var result = Clean(FirstParagraph, "", SecondParagraph);
        Assert.Null(result.Title);
    }

    [Fact]
    public void FirstLineCutAfterAConstructWordIsNotATitle()
    {
        var result = Clean("وقالت متحدثة باسم", "الوزارة إن المستشفى سيفتتح الشهر المقبل.");
        Assert.Null(result.Title);
        Assert.Equal("وقالت متحدثة باسم الوزارة إن المستشفى سيفتتح الشهر المقبل.", result.Text);
    }

    [Fact]
    public void ShortLineBetweenTitleAndFirstParagraphIsACaption()
    {
        var result = Clean("افتتاح مستشفى جديد", "", "مدخل المستشفى الجديد", "", FirstParagraph, "", SecondParagraph);
        var caption = SingleRemoved(result, RemovalKind.Boilerplate);
        Assert.Equal(("مدخل المستشفى الجديد", "caption"), (caption.Text, caption.Reason));
    }

    [Fact]
    public void ShortUnpunctuatedLineBetweenPunctuatedParagraphsIsACaption()
    {
        var result = Clean("افتتاح مستشفى جديد", "", FirstParagraph, "", "أطباء في قسم الطوارئ", "", SecondParagraph, "", ThirdParagraph);
        Assert.Equal("caption", SingleRemoved(result, RemovalKind.Boilerplate).Reason);
    }

    [Fact]
    public void ShortParagraphWithFullStopIsNotACaption()
    {
        var result = Clean("افتتاح مستشفى جديد", "", FirstParagraph, "", "ولم تعلن الكلفة.", "", SecondParagraph);
        Assert.Empty(result.Removed);
        Assert.Contains("ولم تعلن الكلفة.", result.Text);
    }
}

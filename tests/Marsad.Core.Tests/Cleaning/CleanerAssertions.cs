using Marsad.Cleaning;
using Marsad.Pipeline;

namespace Marsad.Tests.Cleaning;

/// <summary>Short-hands the cleaning specifications share.</summary>
internal static class CleanerAssertions
{
    /// <summary>Two prose paragraphs written for the tests, each a complete sentence with a full stop.</summary>
    public const string FirstParagraph = "أعلنت وزارة الصحة في العاصمة عن افتتاح مستشفى جديد يتسع لمئتي سرير في الحي الشمالي.";
    public const string SecondParagraph = "وقال مدير المستشفى إن الطواقم الطبية ستبدأ استقبال المرضى مطلع الشهر المقبل.";
    public const string ThirdParagraph = "وأشار إلى أن المشروع استغرق ثلاث سنوات بتمويل مشترك بين الحكومة وجهات مانحة.";

    public static CleanedText Clean(params string[] lines) => PlainTextCleaner.Clean(string.Join("\n", lines));

    public static RemovedText SingleRemoved(CleanedText result, RemovalKind kind) =>
        Assert.Single(result.Removed, r => r.Kind == kind);
}

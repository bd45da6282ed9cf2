using Marsad.Stories;
using Marsad.Text.Sentences;

namespace Marsad.Tests.Stories;

public class StoryTopicsTests
{
    // Ten names each article mentions once, all spelled before the shared ones, as a tagger's one-off mistakes are.
    private static readonly string[] OneOffsA = ["ابراهيم", "احمد", "اسامه", "امين", "انور", "باسل", "بشير", "ثامر", "جابر", "جمال"];
    private static readonly string[] OneOffsB = ["اياد", "ادهم", "اكرم", "الياس", "ايمن", "بدر", "بلال", "تامر", "جاد", "جميل"];
    private static readonly string[] Shared = ["مجلس نينوي", "منظمه يونيسف", "وزاره صحه"];

    private static StoryDocument Article(string id, string text, string[] oneOffs) =>
        new(id, text, null, null, SentenceSplitter.Split(text),
            [.. oneOffs, .. Shared, .. Shared, .. Shared], [], id);

    [Fact]
    public void Stories_that_keep_naming_the_same_actors_are_one_topic_despite_one_off_names()
    {
        var a = Article("a", "افتتحت وزارة الصحة مستشفى جديدا للأطفال في الموصل بدعم من منظمة يونيسف ومجلس نينوى.", OneOffsA);
        var b = Article("b", "حذرت منظمة يونيسف من نقص اللقاحات في مخيمات النازحين، وطالبت وزارة الصحة ومجلس نينوى بالتحرك.", OneOffsB);

        var analysis = StoryBuilder.Analyze([a, b]);

        Assert.Equal(2, analysis.Stories.Count);
        Assert.Single(analysis.Topics);
    }
}

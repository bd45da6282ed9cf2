using Marsad.Evaluation;
using Marsad.Language;

namespace Marsad.Tests.Evaluation;

public class CorpusEntitiesTests
{
    // Sentences written for this test (no corpus text).
    private const string Corpus =
        "{\"id\": \"t-1\", \"title\": \"زيارة\", \"text\": \"وصل وزير الخارجية عادل الجبير إلى القاهرة اليوم، والتقى الجبير في القاهرة نظيره المصري سامح شكري.\"}\n" +
        "\n" +
        "{\"id\": \"t-2\", \"title\": \"فارغ\", \"text\": \"\"}\n" +
        "{\"id\": \"t-3\", \"title\": \"زيارة\", \"text\": \"وصل وزير الخارجية عادل الجبير إلى القاهرة اليوم، والتقى الجبير في القاهرة نظيره المصري سامح شكري.\"}\n" +
        "{\"title\": \"الرياض\", \"text\": \"أعلنت وزارة الصحة في الرياض تسجيل حالات جديدة، وقال المتحدث باسم وزارة الصحة إن الوضع مستقر في الرياض وجدة.\"}\n";

    [Fact]
    public void Names_documents_by_record_id_or_line_and_keeps_one_document_per_text()
    {
        var run = CorpusEntities.Run(Corpus, "test.jsonl", new ScriptLanguageIdentifier());

        Assert.Equal((4, 1, 1, 2), (run.Records, run.Skipped, run.Duplicates, run.Documents));
        Assert.Equal(["#5", "t-1"], run.Texts.Keys.Order(StringComparer.Ordinal));
        var cairo = run.Entities.Single(e => e.Name == "القاهرة");
        Assert.All(cairo.Mentions, m => Assert.Equal("القاهرة", run.Texts[m.Document][m.Start..m.End]));
        Assert.NotNull(cairo.Geo);
    }

    [Fact]
    public void Ids_come_from_the_id_field_by_line_number()
    {
        var ids = CorpusIds.Read(Corpus, "test.jsonl");

        Assert.Equal(("t-1", "t-3", "#5", null), (ids.OfLocator("x.jsonl#1"), ids.OfLocator("/a/b.jsonl#4"), ids.OfLocator("b#5"), ids.OfLocator("b#2")));
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\"", "c.jsonl:2: not valid JSON")]
    [InlineData("[1, 2]", "c.jsonl:1: not a JSON object")]
    [InlineData("{\"id\": \"a\"}\n\n{\"id\": \"a\"}", "c.jsonl:3: id 'a' already used on line 1")]
    public void A_bad_line_names_the_file_and_line(string text, string message) =>
        Assert.StartsWith(message, Assert.Throws<InvalidDataException>(() => CorpusIds.Read(text, "c.jsonl")).Message);
}

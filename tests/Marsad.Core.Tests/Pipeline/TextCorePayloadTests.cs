using Marsad.Pipeline;

namespace Marsad.Tests.Pipeline;

public sealed class TextCorePayloadTests
{
    private static AnalyzedDocument Document(string? title = "عنوان المصدر") => new(
        new SourceDocument("1", "a.txt", "ignored: the payload does not hold the text") { Title = title },
        "ar",
        new CleanedText(
            "قال الوزير إن الاقتصاد ينمو.",
            "الاقتصاد ينمو",
            [new RemovedText(RemovalKind.Boilerplate, "طباعة", "print label"), new RemovedText(RemovalKind.Embed, "— @user", "tweet attribution")],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["updated"] = "16:45 ت.غ" }),
        [new TextSpan(0, 28)],
        5);

    [Fact]
    public void A_round_trip_through_json_keeps_every_field()
    {
        var written = TextCorePayload.From(Document());

        var read = TextCorePayload.Parse(written.ToJson());

        Assert.Null(read.SkipReason);
        Assert.Equal(written.Language, read.Language);
        Assert.Equal(written.Title, read.Title);
        Assert.Equal(written.CleanTitle, read.CleanTitle);
        Assert.Equal(written.TokenCount, read.TokenCount);
        Assert.Equal(written.Sentences, read.Sentences);
        Assert.Equal(written.Removed, read.Removed);
        Assert.Equal(written.Metadata, read.Metadata);
    }

    [Fact]
    public void ToJson_writes_the_format_the_store_has_always_held_with_arabic_unescaped()
    {
        // The bytes StoreProcessor has stored since the text core's first version (a null title written, not left
        // out): stores written before this record existed must read the same as new ones.
        const string stored = """{"language":"ar","title":null,"tokens":5,"sentences":[[0,28]],"removed":[{"kind":"Boilerplate","reason":"print label","text":"طباعة"},{"kind":"Embed","reason":"tweet attribution","text":"— @user"}],"metadata":{"updated":"16:45 ت.غ"},"clean_title":"الاقتصاد ينمو"}""";

        Assert.Equal(stored, TextCorePayload.From(Document(title: null)).ToJson());
    }

    [Fact]
    public void A_skipped_payload_is_written_as_its_reason_alone_and_read_back_as_skipped()
    {
        var json = TextCorePayload.Skipped("لا نص عربي").ToJson();

        Assert.Equal("""{"skipped":"لا نص عربي"}""", json);
        Assert.Equal("لا نص عربي", TextCorePayload.Parse(json).SkipReason);
    }

    [Fact]
    public void Strict_parse_of_a_payload_without_sentences_throws_invalid_data_naming_the_field()
    {
        const string json = """{"language":"ar","title":null,"tokens":5,"removed":[],"metadata":{},"clean_title":null}""";

        var error = Assert.Throws<InvalidDataException>(() => TextCorePayload.Parse(json));

        Assert.Contains("\"sentences\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_parse_of_text_that_is_not_json_throws_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => TextCorePayload.Parse("{\"language\":"));
    }

    [Fact]
    public void Lenient_parse_of_malformed_json_gives_null()
    {
        Assert.Null(TextCorePayload.ParseLenient("{\"title\":"));
    }

    [Fact]
    public void Lenient_parse_of_the_older_form_keeps_the_title_and_has_no_removed_list()
    {
        // The first stores kept counts where lists are now; readers fall back (re-cleaning) on a null list.
        const string older = """{"language":"ar","title":"عنوان","sentences":3,"tokens":40,"removed":2,"characters":180}""";

        var read = TextCorePayload.ParseLenient(older);

        Assert.NotNull(read);
        Assert.Equal("عنوان", read.Title);
        Assert.Null(read.Removed);
    }
}

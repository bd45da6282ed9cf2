using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class RecordReaderTests
{
    [Fact]
    public void Json_lines_give_one_article_per_line_with_default_field_names()
    {
        var jsonl = """
            {"title":"خبر أول","body":"نص الخبر الأول عن الزراعة.","url":"https://news.example/1","date":"2024-01-02","site":"الوطن","author":"ليلى"}

            {"headline":"خبر ثان","content":"نص الخبر الثاني عن الاقتصاد."}
            """;
        var items = RecordReader.ReadJsonLines(new StringReader(jsonl), "news.jsonl", FieldMap.Default).ToList();
        Assert.Equal(2, items.Count);
        var first = items[0].Article!;
        Assert.Equal(("news.jsonl#1", "نص الخبر الأول عن الزراعة.", "خبر أول"), (first.Locator, first.Text, first.Title));
        Assert.Equal(("https://news.example/1", "الوطن", "ليلى"), (first.Url, first.SiteName, first.Author));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("news.jsonl#3", items[1].Article!.Locator);
    }

    [Fact]
    public void The_map_option_points_a_fact_at_another_field()
    {
        var (map, error) = FieldMap.Parse("text=matn,published=waqt");
        Assert.Null(error);
        var item = RecordReader.ReadJsonLines(new StringReader("""{"matn":"النص هنا","waqt":"2024-05-06T10:00:00Z","text":""}"""), "a.jsonl", map!).Single();
        Assert.Equal("النص هنا", item.Article!.Text);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 10, 0, 0, TimeSpan.Zero), item.Article.Published);
    }

    [Fact]
    public void A_map_naming_an_unknown_fact_is_refused()
    {
        Assert.Null(FieldMap.Parse("colour=blue").Map);
        Assert.Null(FieldMap.Parse("text").Map);
    }

    [Fact]
    public void A_record_without_text_is_one_error_naming_its_line()
    {
        var jsonl = "{\"title\":\"بلا نص\"}\n{\"text\":\"نص موجود\"}";
        var items = RecordReader.ReadJsonLines(new StringReader(jsonl), "a.jsonl", FieldMap.Default).ToList();
        Assert.Equal("a.jsonl#1", items[0].Error!.Source);
        Assert.Contains("no text field", items[0].Error!.Reason);
        Assert.Equal("نص موجود", items[1].Article!.Text);
    }

    [Fact]
    public void A_record_whose_text_is_empty_is_reported_as_empty_not_missing()
    {
        var jsonl = "{\"title\":\"نص فارغ\",\"text\":\"  \"}";
        var items = RecordReader.ReadJsonLines(new StringReader(jsonl), "a.jsonl", FieldMap.Default).ToList();
        Assert.Equal("record's text field 'text' is empty", items[0].Error!.Reason);
    }

    [Fact]
    public void A_json_array_gives_one_article_per_object()
    {
        var items = RecordReader.ReadJson("""[{"text":"الأول"},{"text":"الثاني"}]""", "a.json", FieldMap.Default).ToList();
        Assert.Equal(["الأول", "الثاني"], items.Select(i => i.Article!.Text));
        Assert.Equal("a.json#2", items[1].Article!.Locator);
    }

    [Fact]
    public void Csv_quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var csv = "title,text,date\n\"خبر، أول\",\"سطر أول\nسطر \"\"ثان\"\"\",2024-02-03\nخبر ثان,نص قصير,\n";
        var items = RecordReader.ReadCsv(new StringReader(csv), "a.csv", FieldMap.Default).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("خبر، أول", items[0].Article!.Title);
        Assert.Equal("سطر أول\nسطر \"ثان\"", items[0].Article!.Text);
        Assert.Equal("نص قصير", items[1].Article!.Text);
    }
}

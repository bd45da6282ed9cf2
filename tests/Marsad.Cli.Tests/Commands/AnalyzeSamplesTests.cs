using System.Text.Json;

namespace Marsad.Tests.Commands;

/// <summary>
/// What the foundation and dedup issues promise on the project's five sample articles, checked through the CLI's JSON
/// report. The code reaches these outcomes by general rules; these tests only look at the result.
/// </summary>
public sealed class AnalyzeSamplesTests
{
    private static readonly Lazy<JsonDocument> Report = new(() =>
    {
        var run = CliRun.Of("analyze", RepositoryPaths.Samples(), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Output);
    });

    private static JsonElement Document(string idPrefix) =>
        Report.Value.RootElement.GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("id").GetString()!.StartsWith(idPrefix, StringComparison.Ordinal));

    private static string Text(string idPrefix) => Document(idPrefix).GetProperty("text").GetString()!;

    private static List<(string Kind, string Text)> Removed(string idPrefix) =>
        Document(idPrefix).GetProperty("removed").EnumerateArray()
            .Select(r => (r.GetProperty("kind").GetString()!, r.GetProperty("text").GetString()!)).ToList();

    [Fact]
    public void All_five_samples_are_analysed_as_Arabic()
    {
        var docs = Report.Value.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(5, docs.Count);
        Assert.All(docs, d => Assert.Equal("ar", d.GetProperty("language").GetString()));
    }

    [Fact]
    public void Page_furniture_of_002_is_removed_and_reported()
    {
        var text = Text("002");
        var removed = Removed("002");
        foreach (var furniture in new[] { "Accessibility links", "XS", "SM", "MD", "LG" })
        {
            Assert.DoesNotContain(furniture, text);
            Assert.Contains(removed, r => r.Kind == "boilerplate" && r.Text == furniture);
        }
    }

    [Fact]
    public void Update_stamp_of_002_becomes_metadata()
    {
        Assert.Equal("16:45 ت.غ", Document("002").GetProperty("metadata").GetProperty("updated").GetString());
        Assert.DoesNotContain("تحديث 16:45", Text("002"));
    }

    [Fact]
    public void Embedded_tweets_of_003_are_removed_and_reported()
    {
        var text = Text("003");
        Assert.DoesNotContain("@USAbilAraby", text);
        Assert.DoesNotContain("RT @", text);
        Assert.True(Removed("003").Count(r => r.Kind == "embed") >= 4);
    }

    [Fact]
    public void Hard_wraps_of_000_are_repaired()
    {
        var text = Text("000");
        Assert.Contains("قال متحدث باسم قوات سوريا الديمقراطية،", text);
        Assert.Contains("تنظيم الدولة في الرقة أمس الثلاثاء", text);
        Assert.DoesNotContain("باسم\n", text);
    }

    [Fact]
    public void Repeated_paragraphs_of_004_are_removed_and_reported()
    {
        var text = Text("004");
        var repeated = Removed("004").Where(r => r.Kind == "repeated-paragraph").ToList();
        Assert.NotEmpty(repeated);
        foreach (var (_, paragraph) in repeated)
        {
            int first = text.IndexOf(paragraph[..40], StringComparison.Ordinal);
            Assert.True(first >= 0, "the first copy stays");
            Assert.Equal(-1, text.IndexOf(paragraph[..40], first + 1, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_sentence_span_lies_inside_its_text()
    {
        foreach (var doc in Report.Value.RootElement.GetProperty("documents").EnumerateArray())
        {
            int length = doc.GetProperty("text").GetString()!.Length, previousEnd = 0;
            foreach (var s in doc.GetProperty("sentences").EnumerateArray())
            {
                int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
                Assert.InRange(start, previousEnd, end - 1);
                Assert.InRange(end, start + 1, length);
                previousEnd = end;
            }
        }
    }

    [Fact]
    public void The_Reuters_report_and_its_rewrite_are_one_syndicated_report()
    {
        var links = Document("000").GetProperty("duplicates").EnumerateArray().ToList();
        Assert.Contains(links, l => l.GetProperty("document").GetString()!.StartsWith("004") && l.GetProperty("kind").GetString() == "syndicated");
        var group = Assert.Single(Report.Value.RootElement.GetProperty("syndication").EnumerateArray());
        Assert.StartsWith("000", group.GetProperty("original").GetString());
    }

    [Fact]
    public void Sentences_shared_by_000_and_004_are_recorded_with_spans_in_both()
    {
        AssertSharedPassage("000", "004", "ستتسارع الآن بعد هزيمة التنظيم المتشدد");
    }

    [Fact]
    public void Passages_shared_by_001_and_002_are_recorded_without_calling_them_copies()
    {
        AssertSharedPassage("001", "002", "غرفة عمليات مشتركة");
        Assert.DoesNotContain(Document("001").GetProperty("duplicates").EnumerateArray(),
            l => l.GetProperty("document").GetString()!.StartsWith("002"));
    }

    [Fact]
    public void Sample_003_is_a_copy_of_nothing()
    {
        Assert.Empty(Document("003").GetProperty("duplicates").EnumerateArray());
        Assert.DoesNotContain(Report.Value.RootElement.GetProperty("shared_passages").EnumerateArray(),
            p => p.GetProperty("documents").EnumerateArray().Any(l => l.GetProperty("document").GetString()!.StartsWith("003")));
    }

    [Fact]
    public void Syndicated_copies_count_once_among_independent_sources()
    {
        Assert.Equal(4, Report.Value.RootElement.GetProperty("independent_sources").GetInt32());
    }

    [Fact]
    public void Date_of_003_resolves_to_the_27th_of_November_2018()
    {
        Assert.Equal("2018-11-27", Document("003").GetProperty("event_date").GetString());
        Assert.Contains(Report.Value.RootElement.GetProperty("times").EnumerateArray(), t =>
            t.GetProperty("document").GetString()!.StartsWith("003") && t.GetProperty("text").GetString()!.Contains("تشرين الثاني")
            && t.GetProperty("value").GetString() == "2018-11-27");
    }

    [Theory]
    [InlineData("003", "ألفي", 2000, "عنصر", null)]
    [InlineData("001", "نحو ثلاثين", 30, "قرية", "about")]
    [InlineData("002", "نحو 30", 30, "قرية", "about")]
    public void Counted_quantities_are_tied_to_what_they_count(string doc, string text, double value, string unit, string? comparator)
    {
        var number = Report.Value.RootElement.GetProperty("numbers").EnumerateArray().Single(n =>
            n.GetProperty("document").GetString()!.StartsWith(doc) && n.GetProperty("text").GetString()!.EndsWith(text));
        Assert.Equal(value, number.GetProperty("value").GetDouble());
        Assert.Equal(unit, number.GetProperty("unit").GetString());
        Assert.Equal(comparator, number.GetProperty("comparator").GetString());
    }

    private static JsonElement EntityNamed(string name) =>
        Report.Value.RootElement.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("aliases").EnumerateArray().Any(a => a.GetString() == name));

    [Fact]
    public void Spellings_and_acronym_of_the_SDF_are_one_entity()
    {
        var sdf = EntityNamed("قسد");
        var aliases = sdf.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("قوات سوريا الديمقراطية", aliases);
        Assert.Contains("قوات سورية الديموقراطية", aliases);
        Assert.Equal("ORG", sdf.GetProperty("type").GetString());
    }

    [Fact]
    public void A_spokesman_spelled_two_ways_is_one_person_with_his_role()
    {
        var person = EntityNamed("طلال سيلو");
        Assert.Equal(person.GetProperty("id").GetString(), EntityNamed("طلال سلو").GetProperty("id").GetString());
        Assert.Contains(person.GetProperty("roles").EnumerateArray(), r => r.GetProperty("of").GetString() == EntityNamed("قسد").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("هجين", 34.69, 40.83)]
    [InlineData("مركدة", 35.73, 40.77)]
    [InlineData("دير الزور", 35.33, 40.14)]
    [InlineData("البوكمال", 34.45, 40.92)]
    [InlineData("الرقة", 35.95, 39.01)]
    [InlineData("الميادين", 35.02, 40.45)]
    [InlineData("الحسكة", 36.50, 40.75)]
    public void Places_are_placed_on_the_map(string name, double lat, double lon)
    {
        var geo = EntityNamed(name).GetProperty("geo");
        Assert.InRange(geo.GetProperty("lat").GetDouble(), lat - 0.09, lat + 0.09);
        Assert.InRange(geo.GetProperty("lon").GetDouble(), lon - 0.11, lon + 0.11);
    }

    [Fact]
    public void The_samples_make_three_stories_in_one_topic()
    {
        var stories = Report.Value.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => string.Join(",", s.GetProperty("documents").EnumerateArray().Select(d => d.GetString()![..3]).Order()))
            .Order().ToList();
        Assert.Equal(["000,004", "001,002", "003"], stories);
        Assert.Single(Report.Value.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("topic").GetString()).Distinct());
    }

    [Theory]
    [InlineData("000", "ريان ديلون", "هدفنا")]
    [InlineData("001", "جيم ماتيس", "أرسل الفرنسيون")]
    [InlineData("002", "هيذر ناورت", "القتال سيكون صعبا")]
    public void Quotes_are_tied_to_their_speakers(string doc, string speaker, string words)
    {
        var speakerId = EntityNamed(speaker).GetProperty("id").GetString();
        Assert.Contains(Report.Value.RootElement.GetProperty("quotes").EnumerateArray(), q =>
            q.GetProperty("document").GetString()!.StartsWith(doc) && q.GetProperty("speaker").GetString() == speakerId
            && q.GetProperty("text").GetString()!.Contains(words));
    }

    [Fact]
    public void The_landmine_killing_is_a_remote_explosive_event_with_one_death()
    {
        Assert.Contains(Report.Value.RootElement.GetProperty("events").EnumerateArray(), e =>
            e.GetProperty("document").GetString()!.StartsWith("004") && e.GetProperty("event_type").GetString() == "Explosions/Remote violence"
            && e.GetProperty("fatalities").GetInt32() == 1);
    }

    [Fact]
    public void Announcements_about_the_future_are_not_events()
    {
        var texts = Report.Value.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!);
        foreach (var e in Report.Value.RootElement.GetProperty("events").EnumerateArray())
        {
            var sentence = texts[e.GetProperty("document").GetString()!][e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()];
            Assert.DoesNotContain("ستتسارع", sentence);
            Assert.DoesNotContain("سيتوغل", sentence);
        }
    }

    private static void AssertSharedPassage(string a, string b, string phrase)
    {
        var texts = new Dictionary<string, string> { [a] = Text(a), [b] = Text(b) };
        var passages = Report.Value.RootElement.GetProperty("shared_passages").EnumerateArray()
            .Select(p => p.GetProperty("documents").EnumerateArray()
                .Select(l => (Doc: l.GetProperty("document").GetString()![..3], Start: l.GetProperty("start").GetInt32(), End: l.GetProperty("end").GetInt32()))
                .ToList())
            .Where(p => p.Any(l => l.Doc == a) && p.Any(l => l.Doc == b))
            .ToList();
        Assert.Contains(passages, p => p.Where(l => l.Doc == a || l.Doc == b)
            .All(l => texts[l.Doc][l.Start..l.End].Contains(phrase, StringComparison.Ordinal)));
    }
}

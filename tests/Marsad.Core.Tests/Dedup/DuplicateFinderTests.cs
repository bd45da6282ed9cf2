using Marsad.Dedup;

namespace Marsad.Tests.Dedup;

public class DuplicateFinderTests
{
    static DuplicateFinder FinderWith(params (string Id, string Text)[] documents)
    {
        var finder = new DuplicateFinder();
        foreach (var (id, text) in documents) finder.Add(new DedupDocument(id, text));
        return finder;
    }

    [Fact]
    public void Same_text_with_diacritics_hamza_digits_and_spacing_changed_is_an_exact_family()
    {
        const string first = "أعلنت الحكومة إلى الشعب  أن الموازنة بلغت ٢٠٢٤ مليار دينار.\nوقالت إنها ستنشر التفاصيل.";
        const string second = "أَعْلَنَتِ الحكومة الى الشعب أن الموازنة بلغت 2024 مليار دينار. وقالت انها ستنشر التفاصيل.";
        var finder = FinderWith(("a", first), ("b", second));

        Assert.Equal(new DuplicateLink("a", DuplicateKind.Exact, 1), Assert.Single(finder.LinksOf("b")));
        Assert.Equal(["a", "b"], finder.FamilyOf("b").Members);
    }

    [Fact]
    public void Copy_with_one_sentence_deleted_is_a_near_duplicate()
    {
        string original = Articles.Join(Articles.Economy);
        string shortened = Articles.Join(Articles.Economy.Where((_, i) => i != 5));
        var finder = FinderWith(("original", original), ("copy", shortened));

        var link = Assert.Single(finder.LinksOf("copy"));
        Assert.Equal(DuplicateKind.Near, link.Kind);
        Assert.InRange(link.Similarity, DedupOptions.Default.NearThreshold, 0.999);
    }

    [Fact]
    public void Short_rewrite_inside_a_long_article_is_contained()
    {
        string brief = Articles.Join(Articles.Economy[..5]);
        string roundup = Articles.Join(Articles.Football.Concat(Articles.Economy[..5]).Concat(Articles.Economy[6..]));
        var finder = FinderWith(("brief", brief), ("roundup", roundup));

        var link = Assert.Single(finder.LinksOf("roundup"));
        Assert.Equal(DuplicateKind.Contained, link.Kind);
        Assert.Equal("brief", link.Document);
    }

    [Fact]
    public void Unrelated_articles_are_not_linked()
    {
        var finder = FinderWith(("economy", Articles.Join(Articles.Economy)), ("football", Articles.Join(Articles.Football)));

        Assert.Empty(finder.LinksOf("football"));
        Assert.Empty(finder.SharedPassages());
    }

    [Fact]
    public void Shared_passage_is_found_despite_spelling_variants_and_one_changed_word()
    {
        const string sentence = "وقالت قوات سوريا الديمقراطية إن مقاتليها سيطروا على ثلاث قرى في شرق دير الزور بعد معارك عنيفة مع التنظيم استمرت يومين.";
        const string variant = "وقالت قوات سورية الديمقراطية إن عناصرها سيطروا على ثلاث قرى في شرقي دير الزور بعد معارك عنيفة مع التنظيم استمرت يومين.";
        string first = Articles.Join(Articles.Economy[..3]) + " " + sentence + " " + Articles.Join(Articles.Football[..2]);
        string second = Articles.Join(Articles.Football[4..]) + " " + variant;
        var finder = FinderWith(("first", first), ("second", second));

        var passage = Assert.Single(finder.SharedPassages());
        Assert.Collection(passage.Locations,
            l => Assert.Equal(first.IndexOf("وقالت قوات سوريا", StringComparison.Ordinal), l.Start),
            l => Assert.Equal(second.IndexOf("وقالت قوات سورية", StringComparison.Ordinal), l.Start));
        Assert.All(passage.Locations, l => Assert.True(l.End - l.Start > sentence.Length * 3 / 4));
    }

    [Fact]
    public void Uncredited_rewrite_of_a_credited_wire_report_is_syndicated_with_the_report_as_original()
    {
        string report = "بيروت (رويترز) - " + Articles.Join(Articles.Economy[..6]);
        string rewrite = "قالت مصادر مصرفية إن " + Articles.Join(Articles.Economy[1..3]) + " " + Articles.Join(Articles.Football[..4]);
        var finder = FinderWith(("report", report), ("rewrite", rewrite));

        var group = finder.SyndicationGroupOf("rewrite");
        Assert.NotNull(group);
        Assert.Equal("report", group.Original);
        Assert.Equal(["rewrite"], group.Copies);
        Assert.Equal(["reuters"], group.Agencies);
    }

    [Fact]
    public void Shared_passage_without_any_agency_credit_is_not_syndication()
    {
        string first = Articles.Join(Articles.Economy[..6]);
        string second = Articles.Join(Articles.Economy[1..3]) + " " + Articles.Join(Articles.Football[..4]);
        var finder = FinderWith(("first", first), ("second", second));

        Assert.NotEmpty(finder.SharedPassages());
        Assert.Null(finder.SyndicationGroupOf("second"));
    }

    [Fact]
    public void Adding_a_document_reports_its_links_to_earlier_documents()
    {
        var finder = FinderWith(("economy", Articles.Join(Articles.Economy)), ("football", Articles.Join(Articles.Football)));

        var outcome = finder.Add(new DedupDocument("late copy", Articles.Join(Articles.Economy.Skip(1))));

        Assert.Equal(["economy"], outcome.Links.Select(l => l.Document));
        Assert.Contains(finder.LinksOf("economy"), l => l.Document == "late copy");
    }

    [Fact]
    public void Earliest_published_member_is_the_canonical_of_a_family()
    {
        var finder = new DuplicateFinder();
        finder.Add(new DedupDocument("later", Articles.Join(Articles.Economy), new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero)));
        finder.Add(new DedupDocument("earlier", Articles.Join(Articles.Economy.Skip(1)), new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal("earlier", finder.FamilyOf("later").Canonical);
    }

    [Fact]
    public void Adding_the_same_id_twice_is_refused()
    {
        var finder = FinderWith(("a", Articles.Economy[0]));
        Assert.Throws<ArgumentException>(() => finder.Add(new DedupDocument("a", Articles.Economy[1])));
    }
}

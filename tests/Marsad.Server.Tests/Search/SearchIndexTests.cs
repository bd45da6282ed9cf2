using Marsad.Search;

namespace Marsad.Server.Tests.Search;

/// <summary>The index's search behaviours, on small in-memory indexes of sentences written for each test.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchIndex index = SearchIndex.InMemory();
    private static readonly DateTimeOffset Day = new(2024, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private void Add(long id, string body, string? title = null, string source = "", DateTimeOffset? date = null, string? story = null)
    {
        index.Put(new SearchDocument(id, title, body, source, null, date ?? Day, "ar") { Story = story });
        index.Commit();
    }

    private List<long> Ids(string? query, Func<SearchRequest, SearchRequest>? refine = null)
    {
        var request = new SearchRequest(query) { Limit = 50 };
        var outcome = index.Search(refine?.Invoke(request) ?? request);
        Assert.True(outcome.Error is null, outcome.Error);
        return outcome.Results!.Hits.Select(h => h.Id).Order().ToList();
    }

    [Fact]
    public void A_query_spelled_with_teh_marbuta_finds_the_alef_spelling()
    {
        Add(1, "وصلت المساعدات إلى سوريا صباح اليوم.");
        Add(2, "ارتفعت أسعار النفط في الأسواق العالمية.");
        Assert.Equal([1], Ids("سورية"));
    }

    [Fact]
    public void A_query_with_the_article_finds_the_word_with_a_pronoun_suffix()
    {
        Add(1, "أعادت القيادة نشر مقاتليها على الجبهة الشرقية.");
        Add(2, "افتتح الوزير معرض الكتاب في العاصمة.");
        Assert.Equal([1], Ids("المقاتلين"));
    }

    [Fact]
    public void A_phrase_matches_only_words_side_by_side()
    {
        Add(1, "تقدمت قوات سوريا الديمقراطية نحو المدينة.");
        Add(2, "قالت سوريا إن قوات الجيش الديمقراطية في بياناتها تقدمت.");
        Assert.Equal([1], Ids("\"قوات سوريا الديمقراطية\""));
        Assert.Equal([1, 2], Ids("قوات سوريا الديمقراطية"));
    }

    [Fact]
    public void Not_excludes_and_or_widens()
    {
        Add(1, "زار الوفد بغداد ثم دمشق.");
        Add(2, "زار الوفد دمشق وحدها.");
        Add(3, "زار الوفد عمان.");
        Assert.Equal([2], Ids("دمشق NOT بغداد"));
        Assert.Equal([1, 2, 3], Ids("دمشق OR عمان"));
    }

    [Fact]
    public void The_source_filter_keeps_only_that_source()
    {
        Add(1, "انعقدت القمة العربية في الرياض.", source: "الجزيرة");
        Add(2, "انعقدت القمة العربية وسط إجراءات أمنية.", source: "بي بي سي");
        Assert.Equal([2], Ids("القمة", r => r with { Sources = ["بي بي سي"] }));
    }

    [Fact]
    public void The_date_range_is_inclusive_and_excludes_what_lies_outside()
    {
        Add(1, "هطلت أمطار غزيرة على المدينة.", date: Day);
        Add(2, "هطلت أمطار غزيرة على الساحل.", date: Day.AddDays(5));
        Add(3, "هطلت أمطار غزيرة على الجبال.", date: Day.AddDays(30));
        Assert.Equal([1, 2], Ids("أمطار", r => r with { From = Day, To = Day.AddDays(5) }));
    }

    [Fact]
    public void The_story_filter_keeps_only_documents_of_that_story()
    {
        Add(1, "بدأت المفاوضات بين الطرفين.", story: "s-7");
        Add(2, "بدأت المفاوضات التجارية في جنيف.", story: "s-9");
        Assert.Equal([1], Ids("المفاوضات", r => r with { Story = "s-7" }));
    }

    [Theory]
    [InlineData("\"قوات دمشق")]
    [InlineData("(دمشق OR بغداد")]
    [InlineData("دمشق AND")]
    [InlineData("دمشق/بغداد")]
    [InlineData("دمشق: الوفد")]
    [InlineData("دمشق)")]
    public void Syntax_the_parser_refuses_is_searched_as_text(string query)
    {
        Add(1, "زار الوفد دمشق.");
        Add(2, "هطلت أمطار على الساحل.");
        Assert.Equal([1], Ids(query));
    }

    [Fact]
    public void Any_word_finds_a_document_and_one_with_every_word_ranks_first()
    {
        Add(1, "وصل الوفد إلى دير الزور صباحًا.");
        Add(2, "تحسن الوضع الاقتصادي في المدينة.");
        Add(3, "الوضع في دير الزور هادئ بعد الاشتباكات.");
        var hits = index.Search(new SearchRequest("الوضع دير الزور")).Results!.Hits;
        Assert.Equal([1, 2, 3], hits.Select(h => h.Id).Order());
        Assert.Equal(3, hits[0].Id);
    }

    [Fact]
    public void The_words_side_by_side_rank_above_the_same_words_apart()
    {
        Add(1, "قال مجلس الأمن إن المدينة تحتاج إلى مجلس محلي جديد.");
        Add(2, "قال مجلس المدينة إن الأمن مستتب بعد أسابيع.");
        Assert.Equal(1, index.Search(new SearchRequest("مجلس الأمن")).Results!.Hits[0].Id);
    }

    [Fact]
    public void A_question_is_searched_by_its_content_words()
    {
        Add(1, "تواصلت الاشتباكات في دير الزور شرقي سوريا.");
        Add(2, "افتتح معرض الكتاب في الرياض.");
        Assert.Equal([1], Ids("ما هو الوضع في دير الزور؟"));
        Assert.Equal([1], Ids("ما هو الوضع في دير الزور?"));
    }

    [Fact]
    public void A_misspelt_word_that_finds_nothing_gets_the_collection_word_it_is_closest_to()
    {
        Add(1, "أعلنت وزارة الصحة افتتاح المستشفى الجديد.");
        Assert.Empty(Ids("المستشغى"));
        Assert.Equal("المستشفى", index.DidYouMean("المستشغى"));
        Assert.Null(index.DidYouMean("المستشفى"));
    }

    [Fact]
    public void A_match_through_an_alias_marks_the_name_the_text_uses()
    {
        index.Put(new SearchDocument(1, null, "تقدمت قوات سوريا الديمقراطية نحو البلدة.", "", null, Day, "ar")
        {
            Entities = ["قوات سوريا الديمقراطية", "قسد"],
            AliasGroups = [["قوات سوريا الديمقراطية", "قسد"]],
        });
        index.Commit();
        var hit = Assert.Single(index.Search(new SearchRequest("قسد")).Results!.Hits);
        Assert.Equal(["قوات", "سوريا", "الديمقراطية"], hit.Snippet.Where(p => p.Match).Select(p => p.Text));
    }

    [Fact]
    public void The_snippet_marks_the_word_as_the_text_spells_it()
    {
        Add(1, "قال المتحدث إن الوضع في سورية يتحسن ببطء بعد سنوات من الحرب.");
        var hit = Assert.Single(index.Search(new SearchRequest("سوريا")).Results!.Hits);
        Assert.Equal(["سورية"], hit.Snippet.Where(p => p.Match).Select(p => p.Text));
    }

    [Fact]
    public void A_long_text_is_cut_to_a_window_around_the_matches()
    {
        var filler = string.Join(" ", Enumerable.Repeat("تحدث المسؤولون عن الاقتصاد والطاقة والتجارة.", 30));
        Add(1, filler + " وفي الختام أعلن الوزير افتتاح الميناء الجديد. " + filler);
        var hit = Assert.Single(index.Search(new SearchRequest("الميناء")).Results!.Hits);
        var snippet = string.Concat(hit.Snippet.Select(p => p.Text));
        Assert.True(snippet.Length <= SnippetHighlighter.DefaultSnippetChars + 10, snippet);
        Assert.Contains(hit.Snippet, p => p.Match && p.Text == "الميناء");
    }

    [Fact]
    public void More_like_this_finds_the_related_document_and_not_itself()
    {
        Add(1, "اجتمع وزراء الطاقة في فيينا لبحث إنتاج النفط وأسعار النفط الخام.");
        Add(2, "بحث وزراء الطاقة في فيينا خفض إنتاج النفط لدعم الأسعار.");
        Add(3, "فاز المنتخب الوطني في مباراة كرة القدم مساء أمس.");
        var similar = index.MoreLikeThis(1)!;
        Assert.Equal(2, similar[0].Id);
        Assert.DoesNotContain(similar, h => h.Id == 1);
    }

    [Fact]
    public void An_empty_query_lists_every_document_newest_first()
    {
        Add(1, "خبر أول.", date: Day);
        Add(2, "خبر ثان.", date: Day.AddDays(2));
        Add(3, "خبر ثالث.", date: Day.AddDays(1));
        var hits = index.Search(new SearchRequest(null) { Sort = SearchSort.Newest }).Results!.Hits;
        Assert.Equal([2, 3, 1], hits.Select(h => h.Id));
    }

    [Fact]
    public void Putting_a_document_again_replaces_it()
    {
        Add(1, "نص قديم عن الزراعة.");
        Add(1, "نص جديد عن الصناعة.");
        Assert.Empty(Ids("الزراعة"));
        Assert.Equal([1], Ids("الصناعة"));
        Assert.Equal(1, index.Count);
    }

    public void Dispose() => index.Dispose();
}

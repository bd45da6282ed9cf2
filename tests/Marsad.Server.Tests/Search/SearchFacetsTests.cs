using Marsad.Search;

namespace Marsad.Server.Tests.Search;

/// <summary>Facets with counts over a whole result set, and date-ordered pages that start after a document, on small
/// in-memory indexes of sentences written for each test.</summary>
public sealed class SearchFacetsTests : IDisposable
{
    private readonly SearchIndex index = SearchIndex.InMemory();
    private static readonly DateTimeOffset Day = new(2024, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private void Add(long id, string body, string source, DateTimeOffset date, string[]? entities = null, string? story = null)
    {
        index.Put(new SearchDocument(id, null, body, source, null, date, "ar") { EntityIds = entities ?? [], Story = story });
        index.Commit();
    }

    [Fact]
    public void Facets_count_only_the_documents_the_query_matches()
    {
        Add(1, "قصف مدفعي على أطراف حلب الشرقية.", "سانا", Day, ["per/a"]);
        Add(2, "قصف جوي على ريف حلب الجنوبي.", "رويترز", Day, ["per/a", "org/b"]);
        Add(3, "افتتاح معرض الكتاب في الرياض.", "سانا", Day, ["org/b"]);
        var facets = index.Facets(new SearchRequest("قصف"))!;
        Assert.Equal(2, facets.Total);
        Assert.Equal([("per/a", 2), ("org/b", 1)], facets.Entities.Top.Select(v => (v.Value, v.Count)));
        Assert.Equal([("رويترز", 1), ("سانا", 1)], facets.Sources.Top.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void A_facet_keeps_its_most_frequent_values_and_says_how_many_there_are()
    {
        for (int i = 0; i < 6; i++) Add(i + 1, "خبر عن المدينة رقم " + i, "مصدر " + (i % 3), Day);
        var facets = index.Facets(new SearchRequest(null), top: 2)!;
        Assert.Equal(2, facets.Sources.Top.Count);
        Assert.Equal(3, facets.Sources.Distinct);
    }

    [Fact]
    public void The_day_facet_counts_documents_per_calendar_day()
    {
        Add(1, "اجتماع الحكومة الأسبوعي.", "سانا", Day);
        Add(2, "اجتماع مجلس الوزراء.", "سانا", Day.AddHours(3));
        Add(3, "اجتماع البرلمان الطارئ.", "سانا", Day.AddDays(1));
        var days = index.Facets(new SearchRequest("اجتماع"))!.Days.Top;
        Assert.Equal([("2024-03-10", 2), ("2024-03-11", 1)], days.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void A_filter_narrows_the_facets_too()
    {
        Add(1, "قصف على حلب.", "سانا", Day, story: "s1");
        Add(2, "قصف على حمص.", "رويترز", Day, story: "s2");
        var facets = index.Facets(new SearchRequest("قصف") { Story = "s2" })!;
        Assert.Equal([("رويترز", 1)], facets.Sources.Top.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void A_page_after_a_document_is_not_shifted_by_a_newer_document_added_since()
    {
        for (int i = 1; i <= 5; i++) Add(i, "خبر رقم " + i, "سانا", Day.AddDays(i));
        var first = index.Search(new SearchRequest(null) { Limit = 2, Sort = SearchSort.Newest, Highlight = false }).Results!;
        Assert.Equal([5L, 4L], first.Hits.Select(h => h.Id));
        Add(6, "خبر أحدث من الكل", "سانا", Day.AddDays(10));
        var last = first.Hits[^1];
        var second = index.Search(new SearchRequest(null) { Limit = 2, Sort = SearchSort.Newest, Highlight = false, After = new DateKey(last.Date.UtcTicks, last.Id) }).Results!;
        Assert.Equal([3L, 2L], second.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Documents_of_the_same_moment_are_paged_by_id_without_loss_or_repeat()
    {
        for (int i = 1; i <= 5; i++) Add(i, "خبر في اللحظة نفسها " + i, "سانا", Day);
        var seen = new List<long>();
        DateKey? after = null;
        for (int page = 0; page < 5 && seen.Count < 5; page++)
        {
            var hits = index.Search(new SearchRequest(null) { Limit = 2, Sort = SearchSort.Oldest, Highlight = false, After = after }).Results!.Hits;
            seen.AddRange(hits.Select(h => h.Id));
            after = new DateKey(hits[^1].Date.UtcTicks, hits[^1].Id);
        }
        Assert.Equal([1L, 2L, 3L, 4L, 5L], seen);
    }

    public void Dispose() => index.Dispose();
}

using System.Globalization;
using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>Facets with counts, typeahead filter boxes and the front page of the day in Chromium, over the demo.</summary>
public sealed class FacetsAndFrontPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private async Task<IPage> OpenAsync(string path, int width = 1200)
    {
        var page = await session.PageAsync(width);
        await page.GotoAsync(session.Server.Address + path);
        return page;
    }

    [Fact]
    public async Task Clicking_a_facet_value_narrows_the_results_to_its_count()
    {
        var page = await OpenAsync("search?q=" + Uri.EscapeDataString("الرقة"));
        var value = page.Locator("section.facet[data-facet=entity] li").Last;
        int expected = int.Parse(await value.Locator(".n").InnerTextAsync(), CultureInfo.InvariantCulture);
        await value.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("section.facet[data-facet=entity] a[aria-current]");
        Assert.Equal(expected, await page.Locator("ol.hits > li").CountAsync());
    }

    [Fact]
    public async Task A_chosen_facet_value_links_back_to_the_wider_search()
    {
        var page = await OpenAsync("search?q=" + Uri.EscapeDataString("الرقة"));
        int all = await page.Locator("ol.hits > li").CountAsync();
        await page.Locator("section.facet[data-facet=entity] li a").Last.ClickAsync();
        await page.Locator("section.facet[data-facet=entity] a[aria-current]").ClickAsync();
        await page.WaitForSelectorAsync("#result-count");
        Assert.Equal(all, await page.Locator("ol.hits > li").CountAsync());
    }

    [Fact]
    public async Task Typing_the_start_of_a_name_offers_the_matching_entities()
    {
        var person = session.Server.Library.Collection.Current().Collection.Entities.Where(e => e.Type == "PER").MaxBy(e => e.Mentions.Count)!;
        var page = await OpenAsync("search");
        await page.Locator("input[name=entity]").PressSequentiallyAsync(person.Name[..3]);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#entity-names option').length > 0");
        var offered = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#entity-names option')].map(o => o.value)");
        Assert.Contains(person.Name, offered);
    }

    [Fact]
    public async Task A_name_typed_in_full_filters_the_search_without_javascript_help()
    {
        var person = session.Server.Library.Collection.Current().Collection.Entities.Where(e => e.Type == "PER").MaxBy(e => e.Mentions.Count)!;
        var page = await OpenAsync("search");
        await page.Locator("input[name=entity]").FillAsync(person.Name);
        await page.Locator("form.filters button").ClickAsync();
        await page.WaitForSelectorAsync("#result-count");
        int documents = person.Mentions.Select(m => m.Document).Distinct().Count();
        Assert.Equal(documents, await page.Locator("ol.hits > li").CountAsync());
        Assert.Equal(person.Name, await page.Locator("input[name=entity]").InputValueAsync());
    }

    [Fact]
    public async Task The_front_page_opens_on_the_collections_latest_day_with_its_stories()
    {
        var page = await OpenAsync("");
        var day = await page.Locator("input[name=day]").InputValueAsync();
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", day);
        Assert.True(await page.Locator("#largest ol.stories > li").CountAsync() > 0);
        Assert.Contains(day, await page.Locator("main h1").InnerTextAsync());
    }

    [Fact]
    public async Task The_date_picker_shows_another_day()
    {
        var page = await OpenAsync("");
        await page.Locator("input[name=day]").FillAsync("2001-01-01");
        await page.Locator("form.day-picker button").ClickAsync();
        await page.WaitForURLAsync("**day=2001-01-01**");
        Assert.Contains("2001-01-01", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#largest ol.stories > li").CountAsync());
    }

    [Fact]
    public async Task The_previous_link_steps_back_one_day()
    {
        var page = await OpenAsync("");
        var day = DateOnly.ParseExact(await page.Locator("input[name=day]").InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("nav.pager a[rel=prev]").ClickAsync();
        await page.WaitForURLAsync("**day=**");
        Assert.Equal(day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.Locator("input[name=day]").InputValueAsync());
    }
}

/// <summary>Pages of documents in Chromium: the next page starts after the last document shown, so articles added
/// meanwhile neither repeat nor hide one.</summary>
public sealed class DocumentPagingTests : IAsyncLifetime
{
    private readonly BrowserSession session = new();
    private RunningServer server = null!;

    public async Task InitializeAsync()
    {
        await session.InitializeAsync();
        server = await RunningServer.StartAsync();
        // Articles different enough that none is a duplicate of another: a town, a crop and a figure each.
        string[] towns = ["حلب", "حمص", "درعا", "إدلب", "الرقة"], crops = ["القمح", "الشعير", "القطن", "الزيتون", "العدس"];
        for (int i = 1; i <= 25; i++)
            await server.AddAsync($"موسم {crops[i % 5]} في {towns[(i - 1) / 5]}", $"قال مزارعون في {towns[(i - 1) / 5]} إن إنتاج {crops[i % 5]} بلغ {i * 130} طنًا هذا العام، "
                + $"وإن {(i % 2 == 0 ? "الأمطار المتأخرة" : "ارتفاع أسعار الوقود")} أثّر في المحصول. وطالبوا بدعم {(i % 3 == 0 ? "الأسمدة" : "النقل")}.",
                published: new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddDays(i).ToString("O", CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await session.DisposeAsync();
    }

    [Fact]
    public async Task The_next_page_continues_where_the_first_ended_even_after_new_articles_arrive()
    {
        var page = await session.PageAsync(1200);
        await page.GotoAsync(server.Address + "documents");
        var first = await page.Locator("ol.docs a.doc-title").AllInnerTextsAsync();
        Assert.Equal(20, first.Count);
        await server.AddAsync("حريق في مستودع للحبوب", "اندلع حريق في مستودع للحبوب على أطراف المدينة وأخمده الدفاع المدني بعد ساعتين.", published: "2024-12-31T08:00:00Z");
        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await page.WaitForURLAsync("**cursor=**");
        var second = await page.Locator("ol.docs a.doc-title").AllInnerTextsAsync();
        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(25, first.Concat(second).Distinct().Count());
    }
}

using Marsad.Server.Web;
using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>Every page of the demo at a phone's width (390), a tablet's (768) and a desktop's (1400): the page never
/// scrolls sideways and its main content is on screen.</summary>
public sealed class ResponsiveLayoutTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    public static readonly TheoryData<int> Widths = [390, 768, 1400];

    /// <summary>One address of every kind of page, taken from the demo collection.</summary>
    private IReadOnlyList<string> Pages()
    {
        var collection = session.Server.Library.Collection.Current().Collection;
        var storm = collection.Stories.MaxBy(s => s.Documents.Count)!;
        var entity = collection.Entities.MaxBy(e => e.Mentions.Count)!;
        var document = session.Server.Library.Read(store => store.ReadDocuments().First().Id);
        var pages = new List<string>
        {
            "", "documents", $"documents/{document}", "search", "search?q=" + Uri.EscapeDataString("الرقة"), "stories", $"stories/{storm.Id}",
            "entities", Html.EntityHref(entity.Id)[1..], "events", "map", "reference", "no-such-page",
        };
        pages.AddRange(collection.Topics.Take(1).Select(t => $"topics/{t.Id}"));
        return pages;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task No_page_scrolls_sideways_and_its_heading_is_on_screen(int width)
    {
        var page = await session.PageAsync(width);
        var failures = new List<string>();
        foreach (var path in Pages())
        {
            await page.GotoAsync(session.Server.Address + path);
            var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, inner) = (sizes[0], sizes[1]);
            if (scroll > inner) failures.Add($"/{path}: {scroll} px wide in a {inner} px window");
            var heading = page.Locator("main h1").First;
            if (!await heading.IsVisibleAsync()) { failures.Add($"/{path}: no visible heading"); continue; }
            var box = await heading.BoundingBoxAsync();
            if (box is null || box.Width <= 0 || box.X < -1 || box.X + box.Width > inner + 1) failures.Add($"/{path}: the heading is outside the window");
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserTests.Screenshot($"last-page-{width}.png"), FullPage = true });
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_navigation_wraps_on_a_phone_so_every_link_is_on_screen()
    {
        var page = await session.PageAsync(390);
        await page.GotoAsync(session.Server.Address.ToString());
        foreach (var link in await page.Locator("header.top nav a").AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.X, 0, 390 - box.Width);
        }
    }

    [Fact]
    public async Task On_a_phone_each_event_is_a_card_with_its_labels()
    {
        var page = await session.PageAsync(390);
        await page.GotoAsync(session.Server.Address + "events");
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('table.events thead')).display"));
        Assert.Equal("block", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('table.events tbody tr')).display"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserTests.Screenshot("events-390.png"), FullPage = true });
    }
}

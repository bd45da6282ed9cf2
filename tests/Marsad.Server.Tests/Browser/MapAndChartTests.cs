using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>Maps and charts of the demo in Chromium: labels that never overlap, a legend, markers sized by the people
/// killed, and the weekly chart of events and fatalities on the events page and on a story with events.</summary>
public sealed class MapAndChartTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>Pairs of map labels whose drawn boxes intersect.</summary>
    private const string OverlappingLabels = """
        () => {
          const boxes = [...document.querySelectorAll('svg.map text')].map(t => t.getBoundingClientRect());
          let overlaps = 0;
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
            }
          return overlaps;
        }
        """;

    /// <summary>The story whose documents report the most events.</summary>
    private string StoryWithEvents()
    {
        var collection = session.Server.Library.Collection.Current().Collection;
        return collection.Events.Select(e => collection.StoryOf(e.Document)).OfType<string>().GroupBy(s => s).MaxBy(g => g.Count())!.Key;
    }

    [Theory]
    [InlineData("events")]
    [InlineData("map")]
    [InlineData("story")]
    public async Task No_two_map_labels_overlap(string where)
    {
        var page = await session.PageAsync(1400);
        await page.GotoAsync(session.Server.Address + (where == "story" ? $"stories/{StoryWithEvents()}" : where));
        Assert.True(await page.Locator("svg.map text").CountAsync() > 0);
        Assert.Equal(0, await page.EvaluateAsync<int>(OverlappingLabels));
        await page.Locator("figure.map").First.ScreenshotAsync(new LocatorScreenshotOptions { Path = BrowserTests.Screenshot($"map-{where}.png") });
    }

    [Fact]
    public async Task The_events_map_has_a_legend_of_its_types_and_sizes_markers_by_the_killed()
    {
        var events = session.Server.Library.Collection.Current().Collection.Events;
        var page = await session.PageAsync(1400);
        await page.GotoAsync(session.Server.Address + "events");
        var legend = await page.Locator("#map ul.legend li").AllInnerTextsAsync();
        Assert.Contains(legend, l => l.Contains("القتلى", StringComparison.Ordinal));
        Assert.Equal(events.Select(e => e.EventType).Distinct().Count() + 1, legend.Count);
        var radii = await page.Locator("svg.map g.marker circle").EvaluateAllAsync<double[]>("cs => cs.map(c => c.r.baseVal.value)");
        if (events.Any(e => e.Fatalities > 0)) Assert.True(radii.Max() > radii.Min());
    }

    [Fact]
    public async Task The_events_page_charts_each_week_by_type_with_the_killed()
    {
        var page = await session.PageAsync(1400);
        await page.GotoAsync(session.Server.Address + "events");
        Assert.True(await page.Locator("svg.weekly rect").CountAsync() > 0);
        Assert.Equal(1, await page.Locator("svg.weekly polyline.killed").CountAsync());
        Assert.True(await page.Locator("figure.weekly ul.legend li").CountAsync() >= 2);
        await page.Locator("figure.weekly").ScreenshotAsync(new LocatorScreenshotOptions { Path = BrowserTests.Screenshot("weekly.png") });
    }

    [Fact]
    public async Task A_story_with_events_charts_them_by_week()
    {
        var page = await session.PageAsync(1400);
        await page.GotoAsync(session.Server.Address + $"stories/{StoryWithEvents()}");
        Assert.True(await page.Locator("#events svg.weekly rect").CountAsync() > 0);
    }
}

using Marsad.Cli.Commands;
using Marsad.Storage;
using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>
/// The demo as a person sees it, in Debian's Chromium driven by Playwright (no browser is ever downloaded). Without
/// /usr/bin/chromium these tests fail: CI installs it from .ci/apt-packages. Screenshots go to TestResults/screenshots.
/// </summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install the 'chromium' package (listed in .ci/apt-packages)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>A copy of the store <c>marsad demo</c> builds (<see cref="DemoCommand.Execute"/> over samples/).</summary>
    private static Task<RunningServer> DemoServerAsync() => RunningServer.StartAsync(prepare: DemoStore.CopyTo);

    /// <summary>Runs <paramref name="test"/> on a fresh page of its own Chromium, 1200 pixels wide.</summary>
    private static async Task BrowseAsync(Func<IPage, Task> test, int height = 1400)
    {
        var (playwright, browser) = await LaunchAsync();
        using (playwright)
        await using (browser)
            await test(await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = height } }));
    }

    private static async Task<List<string>> HrefsAsync(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> SearchAsync(IPage page, RunningServer server, string query, string screenshot)
    {
        await page.GotoAsync(server.Address + "search");
        await page.Locator("form.filters input[name=q]").FillAsync(query);
        await page.Locator("form.filters button").ClickAsync();
        await page.WaitForSelectorAsync("#result-count");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot(screenshot), FullPage = true });
        return await HrefsAsync(page, "ol.hits a.doc-title");
    }

    private static List<string> DocumentLinks(IEnumerable<long> ids) => ids.Distinct().Select(id => $"/documents/{id}").Order(StringComparer.Ordinal).ToList();

    internal static string Screenshot(string name)
    {
        var root = Path.GetDirectoryName(DemoCommand.FindSamples())!;
        var directory = Path.Combine(root, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    [Fact]
    public async Task The_demo_list_shows_the_five_samples_right_to_left()
    {
        await using var server = await DemoServerAsync();
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + "documents");
            long stored = server.Library.Read(store => store.CountDocuments());
            Assert.Equal(stored, await page.Locator("ol.docs > li").CountAsync());
            Assert.Equal(5, stored);
            Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("documents.png"), FullPage = true });
        });
    }

    [Fact]
    public async Task Search_finds_the_documents_that_contain_the_word()
    {
        await using var server = await DemoServerAsync();
        // The expected documents, found by reading the stored clean texts, not from the index.
        var expected = server.Library.Read(store => store.ReadDocuments()
            .Where(d => d.CleanText is { } t && (t.Contains("الرقة", StringComparison.Ordinal) || t.Contains("الرقه", StringComparison.Ordinal)))
            .Select(d => $"/documents/{d.Id}").Order(StringComparer.Ordinal).ToList());
        Assert.NotEmpty(expected);
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + "search");
            await page.Locator("form.filters input[name=q]").FillAsync("الرقة");
            await page.Locator("form.filters button").ClickAsync();
            await page.WaitForSelectorAsync("#result-count");
            var found = (await page.Locator("ol.hits a.doc-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, found);
            Assert.True(await page.Locator("ol.hits mark").CountAsync() >= expected.Count);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("search.png"), FullPage = true });
        });
    }

    [Fact]
    public async Task A_document_page_shows_clean_text_and_the_removed_furniture()
    {
        await using var server = await DemoServerAsync();
        // The sample with the most furniture removed, chosen by the cleaner's own result.
        var (id, removed) = server.Library.Read(store => store.ReadDocuments()
            .Select(d => (d.Id, Marsad.Cleaning.PlainTextCleaner.Clean(d.Text).Removed.Count)).MaxBy(p => p.Count));
        Assert.True(removed > 0);
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + $"documents/{id}");
            Assert.True(await page.Locator(".text p").CountAsync() > 0);
            Assert.True(await page.Locator("ul.removed li").CountAsync() > 0);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("document.png"), FullPage = true });
        }, 1600);
    }

    [Fact]
    public async Task The_demo_story_list_shows_three_stories()
    {
        await using var server = await DemoServerAsync();
        var stories = server.Library.Collection.Current().Collection.Stories;
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + "stories");
            Assert.Equal(3, await page.Locator("ol.stories > li").CountAsync());
            Assert.Equal(stories.Count, await page.Locator("ol.stories > li .sparkline").CountAsync());
            Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
            Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("stories.png"), FullPage = true });
        });
    }

    [Fact]
    public async Task The_storm_story_shows_its_summary_both_sources_and_deir_ez_zor_on_the_map()
    {
        await using var server = await DemoServerAsync();
        var view = server.Library.Collection.Current();
        // The story of the final phase of the Jazeera Storm campaign: the one whose articles name the campaign.
        var storm = view.Collection.Stories.Single(s => s.Documents.Count > 1 && s.Documents.All(d => server.Library.Read(store =>
            store.GetDocument(SqliteDocumentStore.DocumentIdOf(d))!.CleanText!.Contains("عاصفة الجزيرة", StringComparison.Ordinal))));
        var deirEzZor = view.Collection.Entities.Single(e => e.Geo?.GazetteerId == "SY.07.deir-ez-zor");
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + "stories");
            await page.Locator($"ol.stories a.story-title[href='/stories/{storm.Id}']").ClickAsync();
            await page.WaitForURLAsync($"**/stories/{storm.Id}");
            Assert.Equal(storm.Summary.Count, await page.Locator("#summary ol.summary > li").CountAsync());
            Assert.True(storm.Summary.Count > 0);
            Assert.Equal(DocumentLinks(storm.Documents.Select(SqliteDocumentStore.DocumentIdOf)), await HrefsAsync(page, "#sources a.doc-title"));
            Assert.Equal(2, await page.Locator("#sources ol.sources > li.original").CountAsync());
            Assert.Equal(1, await page.Locator($"#map svg.map g.marker[data-name='{deirEzZor.Name}']").CountAsync());
            Assert.True(await page.Locator($"#map svg.map g.marker[data-name='{deirEzZor.Name}'] circle").IsVisibleAsync());
            Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("story.png"), FullPage = true });
            await page.Locator("#map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshot("story-map.png") });
        }, 1600);
    }

    [Fact]
    public async Task A_citation_opens_the_source_scrolled_to_the_cited_sentence()
    {
        await using var server = await DemoServerAsync();
        var story = server.Library.Collection.Current().Collection.Stories.MaxBy(s => s.Summary.Max(x => x.Start))!;
        // The summary sentence furthest into its article, so that reaching it needs a scroll.
        var sentence = story.Summary.MaxBy(x => x.Start)!;
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + $"stories/{story.Id}");
            await page.Locator($"#summary a.cite[href^='/documents/{sentence.Document}?cite={sentence.Start}-']").ClickAsync();
            await page.WaitForURLAsync($"**/documents/{sentence.Document}**");
            var cited = page.Locator($"mark.cited#s-{sentence.Start}");
            Assert.Equal(sentence.Text.Trim(), (await cited.InnerTextAsync()).Trim());
            Assert.True(await page.EvaluateAsync<bool>($"() => {{ const r = document.getElementById('s-{sentence.Start}').getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }}"));
            Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("citation.png") });
        }, 700);
    }

    [Fact]
    public async Task Search_finds_syria_in_either_spelling()
    {
        await using var server = await DemoServerAsync();
        var expected = DocumentLinks(server.Library.Read(store => store.ReadDocuments()
            .Where(d => d.CleanText is { } t && (t.Contains("سوريا", StringComparison.Ordinal) || t.Contains("سورية", StringComparison.Ordinal))).Select(d => d.Id).ToList()));
        Assert.NotEmpty(expected);
        await BrowseAsync(async page =>
        {
            Assert.Equal(expected, await SearchAsync(page, server, "سورية", "search-syria.png"));
        });
    }

    [Fact]
    public async Task Search_for_the_fighters_finds_its_fighters()
    {
        await using var server = await DemoServerAsync();
        var documents = server.Library.Read(store => store.ReadDocuments().Where(d => d.CleanText is not null).ToList());
        var required = DocumentLinks(documents.Where(d => d.CleanText!.Contains("مقاتليها", StringComparison.Ordinal)).Select(d => d.Id));
        var possible = DocumentLinks(documents.Where(d => d.CleanText!.Contains("مقاتل", StringComparison.Ordinal)).Select(d => d.Id));
        Assert.NotEmpty(required);
        await BrowseAsync(async page =>
        {
            var found = await SearchAsync(page, server, "المقاتلين", "search-fighters.png");
            Assert.Subset(found.ToHashSet(), required.ToHashSet());
            Assert.Subset(possible.ToHashSet(), found.ToHashSet());
        });
    }

    [Fact]
    public async Task Search_for_the_abbreviation_finds_the_articles_that_spell_the_name_out()
    {
        await using var server = await DemoServerAsync();
        var sdf = server.Library.Collection.Current().Collection.Entities.Single(e => e.Actor == "sdf");
        var expected = DocumentLinks(sdf.Mentions.Select(m => SqliteDocumentStore.DocumentIdOf(m.Document)));
        var spelledOut = server.Library.Read(store => expected.Count(href =>
            !store.GetDocument(long.Parse(href["/documents/".Length..], System.Globalization.CultureInfo.InvariantCulture))!.CleanText!.Contains("قسد", StringComparison.Ordinal)));
        Assert.True(spelledOut > 0, "every article says قسد: the test would not show the entity index at work");
        await BrowseAsync(async page =>
        {
            Assert.Equal(expected, await SearchAsync(page, server, "قسد", "search-sdf.png"));
        });
    }

    [Fact]
    public async Task An_entity_page_shows_aliases_a_mentions_chart_and_its_stories()
    {
        await using var server = await DemoServerAsync();
        var view = server.Library.Collection.Current();
        var sdf = view.Collection.Entities.Single(e => e.Actor == "sdf");
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + Marsad.Server.Web.Html.EntityHref(sdf.Id)[1..]);
            Assert.Equal(sdf.Aliases.Count, await page.Locator("#aliases li").CountAsync());
            Assert.True(await page.Locator("#mentions svg.bars rect").CountAsync() > 0);
            Assert.Equal(view.StoriesOf(sdf.Id).Count, await page.Locator("#stories a.story-title").CountAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("entity.png"), FullPage = true });
        }, 1600);
    }

    [Fact]
    public async Task The_events_page_offers_the_acled_downloads()
    {
        await using var server = await DemoServerAsync();
        var events = server.Library.Collection.Current().Collection.Events;
        await BrowseAsync(async page =>
        {
            await page.GotoAsync(server.Address + "events");
            Assert.Equal(events.Count, await page.Locator("table.events tbody tr").CountAsync());
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.download", new PageLocatorOptions { HasText = "CSV" }).ClickAsync());
            var path = await download.PathAsync();
            Assert.Equal(events.Count + 1, File.ReadAllLines(path).Count(l => l.Length > 0));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("events.png"), FullPage = true });
        }, 1600);
    }

    [Fact]
    public async Task A_script_tag_inside_an_article_is_shown_and_never_run()
    {
        await using var server = await RunningServer.StartAsync(prepare: DemoStore.WithHostileCopyTo);
        var collection = server.Library.Collection.Current().Collection;
        var story = collection.Stories.Single(s => s.Title.Contains("<script>", StringComparison.Ordinal));
        await BrowseAsync(async page =>
        {
            foreach (var path in new[] { "stories", $"stories/{story.Id}", $"documents/{story.Documents[0]}", "search?q=" + Uri.EscapeDataString("المستشفى") })
            {
                await page.GotoAsync(server.Address + path);
                Assert.Contains("<script>window.pwned", await page.Locator("main").InnerTextAsync());
                Assert.Equal(0, await page.Locator("main script").CountAsync());
                Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"), $"a script ran on /{path}");
            }
            await page.GotoAsync(server.Address + $"stories/{story.Id}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("hostile-story.png"), FullPage = true });
        });
    }
}

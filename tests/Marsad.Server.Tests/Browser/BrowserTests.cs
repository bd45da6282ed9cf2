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

    private static Task<RunningServer> DemoServerAsync() => RunningServer.StartAsync(prepare: database =>
    {
        var samples = DemoCommand.FindSamples() ?? throw new DirectoryNotFoundException("samples/");
        Assert.Equal(0, DemoCommand.Execute(database, samples, TextWriter.Null, TextWriter.Null));
    });

    private static string Screenshot(string name)
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
        var (playwright, browser) = await LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 1400 } });
            await page.GotoAsync(server.Address.ToString());
            long stored = server.Library.Read(store => store.CountDocuments());
            Assert.Equal(stored, await page.Locator("ol.docs > li").CountAsync());
            Assert.Equal(5, stored);
            Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("documents.png"), FullPage = true });
        }
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
        var (playwright, browser) = await LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 1400 } });
            await page.GotoAsync(server.Address + "search");
            await page.Locator("form.filters input[name=q]").FillAsync("الرقة");
            await page.Locator("form.filters button").ClickAsync();
            await page.WaitForSelectorAsync("#result-count");
            var found = (await page.Locator("ol.hits a.doc-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, found);
            Assert.True(await page.Locator("ol.hits mark").CountAsync() >= expected.Count);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("search.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task A_document_page_shows_clean_text_and_the_removed_furniture()
    {
        await using var server = await DemoServerAsync();
        // The sample with the most furniture removed, chosen by the cleaner's own result.
        var (id, removed) = server.Library.Read(store => store.ReadDocuments()
            .Select(d => (d.Id, Marsad.Cleaning.PlainTextCleaner.Clean(d.Text).Removed.Count)).MaxBy(p => p.Count));
        Assert.True(removed > 0);
        var (playwright, browser) = await LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 1600 } });
            await page.GotoAsync(server.Address + $"documents/{id}");
            Assert.True(await page.Locator(".text p").CountAsync() > 0);
            Assert.True(await page.Locator("ul.removed li").CountAsync() > 0);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("document.png"), FullPage = true });
        }
    }
}

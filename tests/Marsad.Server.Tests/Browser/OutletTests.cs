using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>Outlets by name in Chromium: articles posted with a record's source field, with only an address, and with
/// only an agency credit are listed under the catalogue's Arabic names, which the search page offers as a filter.</summary>
public sealed class OutletTests : IAsyncLifetime
{
    private readonly BrowserSession session = new();
    private RunningServer server = null!;

    public async Task InitializeAsync()
    {
        await session.InitializeAsync();
        server = await RunningServer.StartAsync();
        await server.AddAsync("بريطانيا تعلن استراتيجية لمكافحة التطرف", "أعلن رئيس الوزراء البريطاني استراتيجية جديدة لمكافحة التطرف في المدن البريطانية.", source: "aawsat");
        await server.AddAsync("اشتباكات في ريف دير الزور", "دارت اشتباكات عنيفة في ريف دير الزور الشرقي بين القوات والتنظيم.", url: "https://www.alhurra.com/syria/2018/11/27/clashes");
        await server.AddAsync("انفجار في بغداد", "بغداد (رويترز) - قال مسؤولون أمنيون إن انفجارًا وقع في سوق شعبية وسط العاصمة العراقية.");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await session.DisposeAsync();
    }

    [Fact]
    public async Task Cards_name_each_outlet_and_the_search_filter_offers_them()
    {
        var page = await session.PageAsync(1200);
        await page.GotoAsync(server.Address + "documents");
        var meta = string.Join("\n", await page.Locator("ol.docs .meta").AllInnerTextsAsync());
        Assert.Contains("الشرق الأوسط", meta);
        Assert.Contains("الحرة", meta);
        Assert.Contains("رويترز", meta);
        await page.GotoAsync(server.Address + "search");
        var options = await page.Locator("select[name=source] option").AllInnerTextsAsync();
        Assert.Contains(options, o => o.StartsWith("الحرة", StringComparison.Ordinal));
        await page.Locator("select[name=source]").SelectOptionAsync(new SelectOptionValue { Label = options.First(o => o.StartsWith("الحرة", StringComparison.Ordinal)) });
        await page.Locator("form.filters button").ClickAsync();
        await page.WaitForSelectorAsync("#result-count");
        Assert.Equal(1, await page.Locator("ol.hits > li").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserTests.Screenshot("outlets.png"), FullPage = true });
    }
}

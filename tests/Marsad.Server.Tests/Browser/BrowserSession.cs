using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>
/// One demo server and one Chromium shared by the tests of a class (xUnit class fixture): the pages are only read,
/// so the tests cannot disturb each other, and the suite pays for one start-up instead of one per test.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = null!;
    public RunningServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install the 'chromium' package (listed in .ci/apt-packages)");
        Server = await RunningServer.StartAsync(prepare: DemoStore.CopyTo);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page <paramref name="width"/> pixels wide (its own context: no shared cookies or history).</summary>
    public async Task<IPage> PageAsync(int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}

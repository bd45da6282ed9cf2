using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marsad.Server.Tests.Browser;

/// <summary>The search page as an analyst uses it in Chromium: questions in plain Arabic, stray syntax, misspellings,
/// matches through aliases; and a fuzz of random queries that must never fail on the server or show English.</summary>
public sealed partial class SearchPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private async Task<IPage> SearchAsync(string query)
    {
        var page = await session.PageAsync(1200);
        await page.GotoAsync(session.Server.Address + "search?q=" + Uri.EscapeDataString(query));
        return page;
    }

    [Fact]
    public async Task A_question_in_plain_arabic_finds_the_articles_about_its_subject()
    {
        var page = await SearchAsync("ما هو الوضع في دير الزور؟");
        Assert.True(await page.Locator("ol.hits > li").CountAsync() > 0);
        Assert.Equal(0, await page.Locator(".error").CountAsync());
    }

    [Fact]
    public async Task A_stray_quote_or_bracket_still_searches()
    {
        foreach (var query in new[] { "\"دير الزور", "(الرقة", "الرقة/دير الزور" })
        {
            var page = await SearchAsync(query);
            Assert.True(await page.Locator("ol.hits > li").CountAsync() > 0, query);
            Assert.Equal(0, await page.Locator(".error").CountAsync());
        }
    }

    [Fact]
    public async Task A_misspelt_word_gets_a_did_you_mean_link_that_finds_results()
    {
        var page = await SearchAsync("الرقظ");
        Assert.Equal(0, await page.Locator("ol.hits > li").CountAsync());
        var suggestion = page.Locator("p.suggestion a");
        Assert.Contains("هل تقصد", await page.Locator("p.suggestion").InnerTextAsync());
        await suggestion.ClickAsync();
        await page.WaitForSelectorAsync("#result-count");
        Assert.True(await page.Locator("ol.hits > li").CountAsync() > 0);
    }

    [Fact]
    public async Task A_search_by_abbreviation_marks_the_spelled_out_name_in_the_snippets()
    {
        var page = await SearchAsync("قسد");
        var marked = await page.Locator("ol.hits .snippet mark").AllInnerTextsAsync();
        Assert.Contains("الديمقراطية", marked);
    }

    private static readonly string[] Pieces =
    [
        "دير", "الزور", "الرقة", "قسد", "سوريا", "ما", "هو", "في", "؟", "?", "\"", "(", ")", "[", "]", "{", "}", "/", "\\", ":", "^", "~", "*",
        "!", "+", "-", "&&", "||", "AND", "OR", "NOT", "TO", "title:", "body:", "2", "0.5", "'", "«", "»", "،", "#", "%", "<", ">", "=",
    ];

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex LatinWord();

    [Fact]
    public async Task A_thousand_random_queries_never_fail_and_never_show_english()
    {
        var random = new Random(20);
        using var client = new HttpClient { BaseAddress = session.Server.Address };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var failures = new List<string>();
        for (int i = 0; i < 1000; i++)
        {
            int length = random.Next(1, 7);
            var query = string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));
            var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
            var html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} for «{query}»");
            var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
            if ((int)api.StatusCode >= 500) failures.Add($"API {(int)api.StatusCode} for «{query}»");
            var main = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
            // Everything shown apart from the query itself (echoed in the form and the title) must be Arabic.
            var shown = System.Net.WebUtility.HtmlDecode(Regex.Replace(main, "<[^>]*>", " ")).Replace(query, "", StringComparison.Ordinal);
            foreach (Match english in LatinWord().Matches(shown))
                if (english.Value is not ("AND" or "NOT" or "API" or "OR")) failures.Add($"«{english.Value}» shown for «{query}»");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(20)));
    }
}

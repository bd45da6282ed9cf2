using System.Net;

namespace Marsad.Server.Tests.Api;

/// <summary>The server-rendered Arabic pages, read as HTML.</summary>
public sealed class WebPageTests
{
    private const string Hostile = "<script>alert('x')</script>";
    private const string Text = "قال مسؤول في وزارة الزراعة إن محصول القمح هذا العام فاق التوقعات بفضل الأمطار الغزيرة التي هطلت في الربيع.";

    [Fact]
    public async Task Pages_are_arabic_and_right_to_left()
    {
        await using var server = await RunningServer.StartAsync();
        var html = await server.Client.GetStringAsync("/");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
    }

    [Fact]
    public async Task A_script_tag_inside_an_article_is_shown_as_text_on_every_page()
    {
        await using var server = await RunningServer.StartAsync();
        long id = await server.AddAsync("القمح " + Hostile, Text + " " + Hostile + " " + Text, source: Hostile);
        foreach (var page in new[] { "/", $"/documents/{id}", "/search?q=" + Uri.EscapeDataString("القمح") })
        {
            var html = await server.Client.GetStringAsync(page);
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    [Fact]
    public async Task The_search_page_marks_matched_words()
    {
        await using var server = await RunningServer.StartAsync();
        await server.AddAsync("محصول القمح", Text);
        var html = await server.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("الأمطار"));
        Assert.Contains("<mark>الأمطار</mark>", html);
    }

    [Fact]
    public async Task Empty_form_fields_are_no_filter()
    {
        await using var server = await RunningServer.StartAsync();
        await server.AddAsync("محصول القمح", Text);
        var html = await server.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("القمح") + "&source=&from=&to=&sort=relevance");
        Assert.Contains("<mark>القمح</mark>", html);
    }

    [Fact]
    public async Task A_malformed_query_is_explained_on_the_search_page()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.Client.GetAsync("/search?q=" + Uri.EscapeDataString("(القمح"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"error\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_stylesheet_is_served_by_the_process()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.Client.GetAsync("/assets/marsad.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}

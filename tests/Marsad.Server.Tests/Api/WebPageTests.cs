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
        foreach (var page in new[] { "/documents", $"/documents/{id}", "/search?q=" + Uri.EscapeDataString("القمح") })
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
    public async Task A_stray_bracket_is_searched_as_text_without_an_error()
    {
        await using var server = await RunningServer.StartAsync();
        await server.AddAsync("القمح", "ارتفعت أسعار القمح في الأسواق.");
        var response = await server.Client.GetAsync("/search?q=" + Uri.EscapeDataString("(القمح"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("class=\"error\"", html);
        Assert.Contains("نتيجة واحدة", html);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_explained_in_arabic_on_the_search_page()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.Client.GetAsync("/search?q=x&from=" + Uri.EscapeDataString("أمس"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error\"", html);
        Assert.Contains("اكتبه بالصيغة سنة-شهر-يوم", html);
        Assert.DoesNotContain("is not a date", html);
    }

    [Fact]
    public async Task A_missing_page_is_an_arabic_page_for_a_browser_and_a_problem_for_an_api_client()
    {
        await using var server = await RunningServer.StartAsync();
        var browser = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        browser.Headers.Accept.ParseAdd("text/html");
        var page = await server.Client.SendAsync(browser);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("الصفحة غير موجودة", await page.Content.ReadAsStringAsync());
        var api = await server.Client.GetAsync("/api/no-such-thing");
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_reference_lists_the_operations_without_javascript()
    {
        await using var server = await RunningServer.StartAsync();
        var html = await server.Client.GetStringAsync("/reference");
        Assert.Contains("<code>/api/search", html);
        Assert.Contains("aria-label=\"التنقل\"", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task The_stylesheet_is_served_by_the_process()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.Client.GetAsync("/assets/marsad.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    private static Task<RunningServer> DemoAsync() => RunningServer.StartAsync(prepare: DemoStore.CopyTo);

    [Fact]
    public async Task A_script_tag_in_a_stored_story_is_shown_as_text_on_the_collection_pages()
    {
        await using var server = await RunningServer.StartAsync(prepare: DemoStore.WithHostileCopyTo);
        var collection = server.Library.Collection.Current().Collection;
        var story = collection.Stories.Single(s => s.Title.Contains("<script>", StringComparison.Ordinal));
        var entity = collection.EntitiesOf(story.Documents[0])[0];
        foreach (var page in new[] { "/", "/stories", $"/stories/{story.Id}", Marsad.Server.Web.Html.EntityHref(entity.Id), "/search?q=" + Uri.EscapeDataString("المستشفى") })
        {
            var html = await server.Client.GetStringAsync(page);
            Assert.DoesNotContain("<script>window", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    [Fact]
    public async Task The_stories_page_lists_every_story_with_a_sparkline()
    {
        await using var server = await DemoAsync();
        int stories = server.Library.Collection.Current().Collection.Stories.Count;
        var html = await server.Client.GetStringAsync("/stories");
        Assert.Equal(stories, html.Split("class=\"story-title\"").Length - 1);
        Assert.Equal(stories, html.Split("class=\"sparkline").Length - 1);
    }

    [Fact]
    public async Task A_summary_sentence_links_to_its_span_in_the_source()
    {
        await using var server = await DemoAsync();
        var story = server.Library.Collection.Current().Collection.Stories[0];
        var sentence = story.Summary[0];
        var html = await server.Client.GetStringAsync($"/stories/{story.Id}");
        var href = Marsad.Server.Web.Html.DocumentHref(sentence.Document, sentence.Start, sentence.End);
        Assert.Contains($"href=\"{href}\"", html);
        var document = await server.Client.GetStringAsync(href[..href.IndexOf('#', StringComparison.Ordinal)]);
        Assert.Contains($"<mark class=\"cited\" id=\"s-{sentence.Start}\">", document);
    }

    [Fact]
    public async Task The_cited_span_is_marked_with_exactly_its_text()
    {
        await using var server = await DemoAsync();
        var sentence = server.Library.Collection.Current().Collection.Stories[0].Summary[0];
        var html = await server.Client.GetStringAsync($"/documents/{sentence.Document}?cite={sentence.Start}-{sentence.End}");
        int open = html.IndexOf("<mark class=\"cited\"", StringComparison.Ordinal);
        int start = html.IndexOf('>', open) + 1;
        var marked = System.Net.WebUtility.HtmlDecode(html[start..html.IndexOf("</mark>", start, StringComparison.Ordinal)]);
        Assert.Equal(sentence.Text.Trim(), marked.Trim());
    }

    [Fact]
    public async Task A_story_names_its_topic_by_its_shared_entities_and_links_the_topic_page()
    {
        await using var server = await DemoAsync();
        var view = server.Library.Collection.Current();
        var story = view.Collection.Stories.First(s => s.Topic is not null);
        var topic = view.Collection.Topic(story.Topic!)!;
        var html = await server.Client.GetStringAsync($"/stories/{story.Id}");
        Assert.Contains($"href=\"/topics/{story.Topic}\">{view.NameOf(topic.Entities[0])}", html);
        var page = await server.Client.GetStringAsync($"/topics/{story.Topic}");
        Assert.Equal(topic.Stories.Count, page.Split("class=\"story-title\"").Length - 1);
    }

    [Fact]
    public async Task Counts_agree_with_their_number()
    {
        await using var server = await DemoAsync();
        var html = await server.Client.GetStringAsync("/documents");
        Assert.Contains("5 وثائق", html);
        Assert.DoesNotContain("5 وثيقة", html);
    }

    [Fact]
    public async Task A_story_map_marks_its_located_places()
    {
        await using var server = await DemoAsync();
        var view = server.Library.Collection.Current();
        var story = view.Collection.Stories.MaxBy(s => s.Documents.Count)!;
        var places = story.Documents.SelectMany(view.Collection.EntitiesOf)
            .Where(e => e.Geo is { } g && Marsad.Server.Web.OfflineMap.Covers(g.Lat, g.Lon)).DistinctBy(e => (e.Geo!.Lat, e.Geo.Lon)).ToList();
        Assert.NotEmpty(places);
        var html = await server.Client.GetStringAsync($"/stories/{story.Id}");
        Assert.Equal(places.Count, html.Split("<g class=\"marker").Length - 1);
        Assert.Contains("<path class=\"land\"", html);
    }

    [Fact]
    public async Task The_events_page_links_the_acled_downloads_with_its_filters()
    {
        await using var server = await DemoAsync();
        var type = server.Library.Collection.Current().Collection.Events[0].EventType;
        var html = await server.Client.GetStringAsync("/events?type=" + Uri.EscapeDataString(type));
        Assert.Contains("href=\"/api/events/csv?type=" + Uri.EscapeDataString(type) + "\"", html);
        Assert.Contains("href=\"/api/events/geojson?type=" + Uri.EscapeDataString(type) + "\"", html);
    }

    [Fact]
    public async Task An_entity_page_charts_its_mentions_and_lists_its_stories()
    {
        await using var server = await DemoAsync();
        var view = server.Library.Collection.Current();
        var entity = view.Collection.Entities.MaxBy(e => e.Mentions.Count)!;
        var html = await server.Client.GetStringAsync(Marsad.Server.Web.Html.EntityHref(entity.Id));
        Assert.Contains("<svg class=\"bars\"", html);
        Assert.Equal(view.StoriesOf(entity.Id).Count, html.Split("class=\"story-title\"").Length - 1);
    }

    [Fact]
    public async Task An_unknown_story_page_is_a_404()
    {
        await using var server = await DemoAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/stories/no-such-story")).StatusCode);
    }

    [Fact]
    public async Task The_search_page_filters_by_entity_and_names_it_in_the_filter_box()
    {
        await using var server = await DemoAsync();
        var collection = server.Library.Collection.Current().Collection;
        var person = collection.Entities.Where(e => e.Type == "PER").MaxBy(e => e.Mentions.Count)!;
        var html = await server.Client.GetStringAsync("/search?entity=" + Uri.EscapeDataString(person.Id));
        Assert.Contains($"name=\"entity\" value=\"{Marsad.Server.Web.Html.E(person.Name)}\"", html);
        var expected = person.Mentions.Select(m => m.Document).Distinct().Order().Select(d => $"<a class=\"doc-title\" href=\"/documents/{d}\">");
        Assert.All(expected, link => Assert.Contains(link, html));
        Assert.Equal(expected.Count(), html.Split("<a class=\"doc-title\"").Length - 1);
    }

    [Fact]
    public async Task A_name_typed_in_the_entity_box_filters_like_its_id()
    {
        await using var server = await DemoAsync();
        var person = server.Library.Collection.Current().Collection.Entities.Where(e => e.Type == "PER").MaxBy(e => e.Mentions.Count)!;
        var byId = await server.Client.GetStringAsync("/search?entity=" + Uri.EscapeDataString(person.Id));
        var byName = await server.Client.GetStringAsync("/search?entity=" + Uri.EscapeDataString(person.Name));
        Assert.Equal(DocumentLinks(byId), DocumentLinks(byName));
        Assert.NotEmpty(DocumentLinks(byName));
    }

    [Fact]
    public async Task Search_results_carry_facets_whose_counts_match_where_their_links_lead()
    {
        await using var server = await DemoAsync();
        var html = await server.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("الرقة"));
        var facet = System.Text.RegularExpressions.Regex.Match(html,
            "<section class=\"facet\" data-facet=\"entity\">.*?<li><a href=\"(?<href>[^\"]+)\"[^>]*>[^<]*</a> <span class=\"n\">(?<n>\\d+)</span>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(facet.Success, "no entity facet in " + html[Math.Max(0, html.IndexOf("result-count", StringComparison.Ordinal))..]);
        var narrowed = await server.Client.GetStringAsync(System.Net.WebUtility.HtmlDecode(facet.Groups["href"].Value));
        Assert.Equal(int.Parse(facet.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), DocumentLinks(narrowed).Count);
    }

    [Fact]
    public async Task The_front_page_shows_the_stories_of_the_collections_latest_day()
    {
        await using var server = await DemoAsync();
        var html = await server.Client.GetStringAsync("/");
        Assert.Contains("<section id=\"largest\">", html);
        Assert.Contains("class=\"story-title\"", html);
        Assert.Contains("type=\"date\" name=\"day\"", html);
    }

    [Fact]
    public async Task The_front_page_of_a_day_without_news_says_so()
    {
        await using var server = await DemoAsync();
        var html = await server.Client.GetStringAsync("/?day=1990-01-01");
        Assert.Contains("لا قصص في هذه الفترة.", html);
    }

    private static List<string> DocumentLinks(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<a class=\"doc-title\" href=\"(/documents/\\d+)\"").Select(m => m.Groups[1].Value).Order().ToList();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Marsad.Server.Tests.Api;

/// <summary>Cursors and typeahead lists in the API, over the demo store.</summary>
public sealed class PagingApiTests
{
    private static Task<RunningServer> DemoAsync() => RunningServer.StartAsync(prepare: DemoStore.CopyTo);

    private static async Task<JsonElement> GetAsync(RunningServer server, string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").ToString()).ToList();

    [Fact]
    public async Task The_next_cursor_of_an_entity_page_gives_the_page_after_it()
    {
        await using var server = await DemoAsync();
        var first = await GetAsync(server, "/api/entities?limit=3");
        var next = first.GetProperty("next").GetString()!;
        var second = await GetAsync(server, "/api/entities?limit=3&cursor=" + Uri.EscapeDataString(next));
        var byOffset = await GetAsync(server, "/api/entities?limit=3&offset=3");
        Assert.Equal(Ids(byOffset), Ids(second));
        Assert.Empty(Ids(first).Intersect(Ids(second)));
    }

    [Fact]
    public async Task The_last_page_has_no_next_cursor()
    {
        await using var server = await DemoAsync();
        var all = await GetAsync(server, "/api/stories?limit=50");
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task A_cursor_that_is_not_ours_is_refused()
    {
        await using var server = await DemoAsync();
        var response = await server.Client.GetAsync("/api/events?cursor=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_document_cursor_is_not_shifted_by_a_document_ingested_after_it()
    {
        await using var server = await DemoAsync();
        var first = await GetAsync(server, "/api/documents?limit=2");
        var next = first.GetProperty("next").GetString()!;
        var before = Ids(await GetAsync(server, "/api/documents?limit=2&cursor=" + Uri.EscapeDataString(next)));
        await server.AddAsync("خبر جديد عن المطر", "هطلت أمطار غزيرة على المدينة صباح اليوم وأغلقت بعض الطرق.", published: "2030-01-01T00:00:00Z");
        var after = Ids(await GetAsync(server, "/api/documents?limit=2&cursor=" + Uri.EscapeDataString(next)));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Places_typeahead_lists_only_places_that_start_with_the_text()
    {
        await using var server = await DemoAsync();
        var place = server.Library.Collection.Current().Collection.Entities.Where(e => e.Type == "LOC").MaxBy(e => e.Mentions.Count)!;
        var page = await GetAsync(server, "/api/places?prefix=" + Uri.EscapeDataString(place.Name[..3]));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("id").GetString() == place.Id);
        Assert.All(items, i => Assert.Equal("LOC", i.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Stories_typeahead_finds_a_story_by_a_word_of_its_title()
    {
        await using var server = await DemoAsync();
        var story = server.Library.Collection.Current().Collection.Stories.MaxBy(s => s.Documents.Count)!;
        var word = story.Title.Split(' ').OrderByDescending(w => w.Length).First();
        var page = await GetAsync(server, "/api/stories?prefix=" + Uri.EscapeDataString(word));
        Assert.Contains(story.Id, Ids(page));
        var none = await GetAsync(server, "/api/stories?prefix=" + Uri.EscapeDataString("كلمةلاتردفيعنوان"));
        Assert.Empty(Ids(none));
    }

    [Fact]
    public async Task Search_facets_count_the_whole_result_set()
    {
        await using var server = await DemoAsync();
        var facets = await GetAsync(server, "/api/search/facets?q=" + Uri.EscapeDataString("الرقة"));
        int total = facets.GetProperty("total").GetInt32();
        var search = await GetAsync(server, "/api/search?limit=1&q=" + Uri.EscapeDataString("الرقة"));
        Assert.Equal(search.GetProperty("total").GetInt32(), total);
        Assert.All(facets.GetProperty("entities").GetProperty("top").EnumerateArray(), v => Assert.InRange(v.GetProperty("count").GetInt32(), 1, total));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_new_endpoints()
    {
        await using var server = await DemoAsync();
        var json = await server.Client.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/places", "/api/search/facets" }) Assert.Contains($"\"{path}", json);
        // Query parameters keep the records' spelling (Cursor); the page's next cursor is a response property.
        Assert.Contains("\"cursor\"", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"next\"", json);
    }
}

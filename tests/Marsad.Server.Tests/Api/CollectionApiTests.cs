using System.Globalization;
using System.Net;
using System.Text.Json;
using Marsad.Export;
using Marsad.Storage;

namespace Marsad.Server.Tests.Api;

/// <summary>The collection resources (stories, topics, entities, events, quotes) over the store <c>marsad demo</c>
/// builds; every expectation is read from the stored collection, not written down.</summary>
public sealed class CollectionApiTests
{
    private const string Problem = "application/problem+json";

    private static Task<RunningServer> DemoAsync() => RunningServer.StartAsync(prepare: DemoStore.CopyTo);

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task The_story_list_has_every_stored_story_with_its_source_counts()
    {
        var collection = DemoStore.Collection();
        await using var server = await DemoAsync();
        var page = await Json(await server.Client.GetAsync("/api/stories"));
        Assert.Equal(collection.Stories.Count, page.GetProperty("total").GetInt32());
        foreach (var item in Items(page))
        {
            var stored = collection.Story(item.GetProperty("id").GetString()!)!;
            Assert.Equal(stored.Sources.Count, item.GetProperty("sources").GetInt32());
            Assert.Equal(stored.IndependentSources, item.GetProperty("independentSources").GetInt32());
        }
    }

    [Fact]
    public async Task A_storys_articles_per_day_add_up_to_its_dated_articles()
    {
        await using var server = await DemoAsync();
        var cards = server.Library.Collection.Cards();
        var stored = server.Library.Collection.Current().Collection;
        foreach (var item in Items(await Json(await server.Client.GetAsync("/api/stories"))))
        {
            // An undated article has no day: the day it was ingested is not its own.
            int dated = stored.Story(item.GetProperty("id").GetString()!)!.Documents.Count(d => cards(d)?.Dated == true);
            Assert.Equal(dated, item.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("count").GetInt32()));
        }
    }

    [Fact]
    public async Task Largest_first_orders_stories_by_their_articles()
    {
        await using var server = await DemoAsync();
        var sizes = Items(await Json(await server.Client.GetAsync("/api/stories?sort=largest"))).Select(i => i.GetProperty("documents").GetInt32()).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);
    }

    [Fact]
    public async Task An_unknown_sort_is_a_400_problem()
    {
        await using var server = await DemoAsync();
        await AssertProblem(await server.Client.GetAsync("/api/stories?sort=loudest"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_outlets_own_report_carrying_wire_passages_is_listed_as_an_article_not_a_copy()
    {
        var collection = DemoStore.Collection();
        // The samples have a Reuters report and a paper's own report that carries two of its paragraphs.
        var (story, group) = collection.Stories.SelectMany(s => collection.Syndication
            .Where(g => s.Documents.Contains(g.Original) && (g.Carriers ?? []).Any(s.Documents.Contains)).Select(g => (s, g))).First();
        await using var server = await DemoAsync();
        var detail = await Json(await server.Client.GetAsync($"/api/stories/{story.Id}"));
        var articles = detail.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("document").GetProperty("id").GetString()!).ToList();
        Assert.Contains(group.Original, articles);
        Assert.All(group.Carriers!.Where(story.Documents.Contains), carrier => Assert.Contains(carrier, articles));
    }

    [Fact]
    public async Task A_story_comes_with_its_summary_and_every_article_once()
    {
        var story = DemoStore.Collection().Stories.MaxBy(s => s.Documents.Count)!;
        await using var server = await DemoAsync();
        var detail = await Json(await server.Client.GetAsync($"/api/stories/{story.Id}"));
        Assert.Equal(story.Summary.Count, detail.GetProperty("story").GetProperty("summary").GetArrayLength());
        var listed = detail.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("copies").EnumerateArray().Prepend(a)).Select(a => a.GetProperty("document").GetProperty("id").GetString()!);
        Assert.Equal(story.Documents.Order(), listed.Order());
    }

    [Fact]
    public async Task An_unknown_story_is_a_404()
    {
        await using var server = await DemoAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/stories/no-such-story")).StatusCode);
    }

    [Fact]
    public async Task Entities_filter_by_type()
    {
        await using var server = await DemoAsync();
        var people = Items(await Json(await server.Client.GetAsync("/api/entities?type=PER&limit=50"))).ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Equal("PER", p.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Entities_filter_by_the_start_of_a_name_or_alias()
    {
        var sdf = DemoStore.Collection().Entities.Single(e => e.Actor == "sdf");
        var alias = sdf.Aliases.First(a => a != sdf.Name);
        await using var server = await DemoAsync();
        var found = Items(await Json(await server.Client.GetAsync("/api/entities?prefix=" + Uri.EscapeDataString(alias[..3])))).Select(e => e.GetProperty("id").GetString());
        Assert.Contains(sdf.Id, found);
    }

    [Fact]
    public async Task An_unknown_entity_type_is_a_400_problem()
    {
        await using var server = await DemoAsync();
        await AssertProblem(await server.Client.GetAsync("/api/entities?type=ANIMAL"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_huge_page_size_is_capped_on_collection_lists()
    {
        await using var server = await DemoAsync();
        foreach (var resource in new[] { "stories", "topics", "entities", "events", "quotes" })
            Assert.Equal(50, (await Json(await server.Client.GetAsync($"/api/{resource}?limit=100000"))).GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task An_entity_id_with_a_slash_opens_the_entity_with_its_aliases()
    {
        var sdf = DemoStore.Collection().Entities.Single(e => e.Actor == "sdf");
        await using var server = await DemoAsync();
        var entity = await Json(await server.Client.GetAsync($"/api/entities/{sdf.Id}"));
        Assert.Equal(sdf.Aliases, entity.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Co_occurring_entities_share_a_document_with_the_entity()
    {
        var collection = DemoStore.Collection();
        var sdf = collection.Entities.Single(e => e.Actor == "sdf");
        await using var server = await DemoAsync();
        var entity = await Json(await server.Client.GetAsync($"/api/entities/{sdf.Id}"));
        var others = entity.GetProperty("coOccurring").EnumerateArray().ToList();
        Assert.NotEmpty(others);
        var own = sdf.Mentions.Select(m => m.Document).ToHashSet();
        foreach (var other in others)
        {
            var stored = collection.Entity(other.GetProperty("entity").GetProperty("id").GetString()!)!;
            Assert.Equal(stored.Mentions.Select(m => m.Document).Distinct().Count(own.Contains), other.GetProperty("documents").GetInt32());
        }
    }

    [Fact]
    public async Task Events_filter_by_type()
    {
        var collection = DemoStore.Collection();
        var type = collection.Events.GroupBy(e => e.EventType).MinBy(g => g.Count())!.Key;
        await using var server = await DemoAsync();
        var page = await Json(await server.Client.GetAsync("/api/events?type=" + Uri.EscapeDataString(type)));
        Assert.Equal(collection.Events.Count(e => e.EventType == type), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Events_filter_by_an_entity_that_takes_part()
    {
        var collection = DemoStore.Collection();
        var actor = collection.Events.Select(e => e.Actor1).OfType<string>().First();
        await using var server = await DemoAsync();
        var page = await Json(await server.Client.GetAsync("/api/events?limit=50&entity=" + Uri.EscapeDataString(actor)));
        Assert.Equal(collection.Events.Count(e => e.Actor1 == actor || e.Actor2 == actor || e.Location == actor), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Events_filter_by_a_country_code_as_place()
    {
        var collection = DemoStore.Collection();
        var country = collection.Events.Select(e => e.Geo?.Country).OfType<string>().First();
        await using var server = await DemoAsync();
        var page = await Json(await server.Client.GetAsync("/api/events?limit=50&place=" + country));
        Assert.Equal(collection.Events.Count(e => e.Geo?.Country == country), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_a_400_problem_on_events()
    {
        await using var server = await DemoAsync();
        await AssertProblem(await server.Client.GetAsync("/api/events?from=yesterday"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_csv_download_has_acleds_columns_and_one_row_per_event()
    {
        var collection = DemoStore.Collection();
        await using var server = await DemoAsync();
        var response = await server.Client.GetAsync("/api/events/csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AcledExport.Columns), lines[0]);
        Assert.Equal(collection.Events.Count, lines.Length - 1);
    }

    [Fact]
    public async Task The_csv_download_opens_in_a_spreadsheet_as_utf8_with_the_run_time_on_each_row()
    {
        var collection = DemoStore.Collection();
        await using var server = await DemoAsync();
        var bytes = await server.Client.GetByteArrayAsync("/api/events/csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.EndsWith("," + collection.AnalysedAt!.Value.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), r));
    }

    [Fact]
    public async Task The_geojson_download_has_a_point_per_located_event()
    {
        var collection = DemoStore.Collection();
        await using var server = await DemoAsync();
        var geo = await Json(await server.Client.GetAsync("/api/events/geojson"));
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.Equal(collection.AcledRows.Count(r => r.Latitude is not null), geo.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Quotes_filter_by_speaker()
    {
        var collection = DemoStore.Collection();
        var speaker = collection.Quotes.Select(q => q.Speaker).OfType<string>().GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        await using var server = await DemoAsync();
        var quotes = Items(await Json(await server.Client.GetAsync("/api/quotes?limit=50&speaker=" + Uri.EscapeDataString(speaker)))).ToList();
        Assert.Equal(collection.Quotes.Count(q => q.Speaker == speaker), quotes.Count);
        Assert.All(quotes, q => Assert.Equal(speaker, q.GetProperty("quote").GetProperty("speaker").GetString()));
    }

    [Fact]
    public async Task A_topic_lists_its_stories()
    {
        var topic = DemoStore.Collection().Topics[0];
        await using var server = await DemoAsync();
        var detail = await Json(await server.Client.GetAsync($"/api/topics/{topic.Id}"));
        Assert.Equal(topic.Stories, detail.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_document_names_its_entities_and_story()
    {
        var collection = DemoStore.Collection();
        var story = collection.Stories[0];
        var document = story.Documents[0];
        await using var server = await DemoAsync();
        var detail = await Json(await server.Client.GetAsync($"/api/documents/{document}"));
        Assert.Equal(story.Id, detail.GetProperty("story").GetProperty("id").GetString());
        var named = detail.GetProperty("entities").EnumerateArray().Concat(detail.GetProperty("places").EnumerateArray()).Select(e => e.GetProperty("id").GetString());
        Assert.Equal(collection.EntitiesOf(document).Select(e => e.Id).Order(), named.Order());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_collection_operations()
    {
        await using var server = await RunningServer.StartAsync();
        var paths = (await Json(await server.Client.GetAsync("/openapi/v1.json"))).GetProperty("paths");
        foreach (var path in new[] { "/api/stories/{id}", "/api/topics/{id}", "/api/entities/{id}", "/api/events/csv", "/api/events/geojson" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
    }
}

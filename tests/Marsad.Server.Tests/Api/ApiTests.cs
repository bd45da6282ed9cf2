using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Marsad.Server.Tests.Api;

/// <summary>The HTTP API: each test starts its own server over a fresh store.</summary>
public sealed class ApiTests
{
    private const string Problem = "application/problem+json";
    private const string Aleppo = "أعلنت السلطات المحلية في مدينة حلب افتتاح مستشفى جديد يضم مئتي سرير، وقال مدير الصحة إن المستشفى سيخدم أحياء المدينة الشرقية.";

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task Health_and_ready_answer()
    {
        await using var server = await RunningServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health")).StatusCode);
        var ready = await Json(await server.Client.GetAsync("/ready"));
        Assert.Equal("ready", ready.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_operations()
    {
        await using var server = await RunningServer.StartAsync();
        var api = await Json(await server.Client.GetAsync("/openapi/v1.json"));
        var paths = api.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/documents", "/api/documents/{id}", "/api/ingest", "/api/stories", "/api/entities", "/api/events", "/api/quotes", "/api/topics" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        var reference = await server.Client.GetStringAsync("/reference");
        Assert.Contains("/openapi/v1.json", reference);
    }

    [Fact]
    public async Task An_ingested_article_is_found_by_search_with_its_words_marked()
    {
        await using var server = await RunningServer.StartAsync();
        long id = await server.AddAsync("مستشفى جديد في حلب", Aleppo, source: "وكالة الأنباء");
        var result = await Json(await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("المستشفيات")));
        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray());
        Assert.Equal(id, hit.GetProperty("id").GetInt64());
        Assert.Contains(hit.GetProperty("snippet").EnumerateArray(), p => p.GetProperty("match").GetBoolean() && p.GetProperty("text").GetString() == "مستشفى");
    }

    [Fact]
    public async Task An_ingested_article_goes_through_dedup_and_into_a_story()
    {
        await using var server = await RunningServer.StartAsync();
        const string report = Aleppo + "\n\nوأوضح المدير أن المستشفى الجديد يضم أقساما للطوارئ والجراحة والأطفال، وأن الكادر الطبي يتألف من مئة وخمسين طبيبا وممرضا تلقوا تدريبا خاصا خلال الأشهر الماضية.\n\n"
            + "وأشار إلى أن تمويل المشروع جاء من منظمات دولية وجهات محلية، وأن العمل على تجهيزه استمر عامين كاملين رغم الصعوبات الكثيرة التي واجهت فرق البناء في المدينة.";
        long first = await server.AddAsync("مستشفى جديد في حلب", report);
        long copy = await server.AddAsync("مستشفى جديد في حلب", report + "\n\nوأضاف المصدر أن العمل بدأ فعلا في القسم الأول.");

        var document = await Json(await server.Client.GetAsync($"/api/documents/{copy}"));
        Assert.Contains(document.GetProperty("duplicates").EnumerateArray(), d => d.ToString().Contains(first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var stories = await Json(await server.Client.GetAsync("/api/stories"));
        Assert.Contains(stories.GetProperty("items").EnumerateArray(), s => s.ToString().Contains(copy.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_document_comes_with_its_clean_text_and_what_was_removed()
    {
        await using var server = await RunningServer.StartAsync();
        long id = await server.AddAsync("مستشفى جديد في حلب", Aleppo + "\n\nشارك\n\nطباعة\n\n" + Aleppo.Replace("حلب", "حمص", StringComparison.Ordinal));
        var document = await Json(await server.Client.GetAsync($"/api/documents/{id}"));
        Assert.Contains("حمص", document.GetProperty("cleanText").GetString());
        Assert.DoesNotContain("طباعة", document.GetProperty("cleanText").GetString());
        Assert.Contains(document.GetProperty("removed").EnumerateArray(), r => r.GetProperty("text").GetString()!.Contains("طباعة", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Array, document.GetProperty("duplicates").ValueKind);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.Client.GetAsync("/api/documents/4242");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_query_with_an_unclosed_quote_is_searched_as_text()
    {
        await using var server = await RunningServer.StartAsync();
        long id = await server.AddAsync("مستشفى", "افتتح مستشفى جديد في حلب.");
        var response = await server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"مستشفى حلب"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (await Json(response)).GetProperty("hits")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Writing_without_the_api_key_is_a_401_problem()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.IngestAsync(new { title = "عنوان", text = Aleppo }, key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.IngestAsync(new { title = "عنوان", text = Aleppo }, key: "wrong")).StatusCode);
        Assert.Equal(0, (await Json(await server.Client.GetAsync("/api/documents"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_server_started_without_a_key_refuses_every_write()
    {
        await using var server = await RunningServer.StartAsync(o => o with { ApiKey = null });
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.IngestAsync(new { text = Aleppo }, key: "anything")).StatusCode);
    }

    [Fact]
    public async Task Reads_need_the_key_only_when_configured()
    {
        await using var open = await RunningServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await open.Client.GetAsync("/api/documents")).StatusCode);
        await using var closed = await RunningServer.StartAsync(o => o with { RequireKeyForReads = true });
        Assert.Equal(HttpStatusCode.Unauthorized, (await closed.Client.GetAsync("/api/documents")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Add(ServerOptions.ApiKeyHeader, RunningServer.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await closed.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        await using var server = await RunningServer.StartAsync();
        var huge = new string('ب', 70 * 1024);
        var response = await server.IngestAsync(new { title = "كبير", text = huge });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Broken_json_is_a_400_problem()
    {
        await using var server = await RunningServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{\"text\": ", Encoding.UTF8, "application/json") };
        request.Headers.Add(ServerOptions.ApiKeyHeader, RunningServer.ApiKey);
        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Text_that_is_not_arabic_is_stored_but_a_422_problem()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.IngestAsync(new { title = "Weather", text = "Heavy rain fell over the northern coast on Tuesday, officials said, closing several roads." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await Json(response)).TryGetProperty("documentId", out _));
    }

    [Fact]
    public async Task Fetching_a_loopback_address_is_refused()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.IngestAsync(new { url = server.Address + "health" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Posting_the_same_article_twice_is_recognised()
    {
        await using var server = await RunningServer.StartAsync();
        var first = await server.IngestAsync(new { title = "حلب", text = Aleppo });
        var second = await server.IngestAsync(new { title = "حلب", text = Aleppo });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("unchanged", (await Json(second)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_page_size_is_capped()
    {
        await using var server = await RunningServer.StartAsync();
        var page = await Json(await server.Client.GetAsync("/api/documents?limit=100000"));
        Assert.Equal(50, page.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Documents_can_be_filtered_by_source_and_date()
    {
        await using var server = await RunningServer.StartAsync();
        long early = await server.AddAsync("أ", Aleppo, source: "المصدر الأول", published: "2024-01-05T10:00:00Z");
        await server.AddAsync("ب", Aleppo.Replace("حلب", "إدلب", StringComparison.Ordinal), source: "المصدر الثاني", published: "2024-02-05T10:00:00Z");
        var bySource = await Json(await server.Client.GetAsync("/api/documents?source=" + Uri.EscapeDataString("المصدر الأول")));
        Assert.Equal([early], bySource.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        var byDate = await Json(await server.Client.GetAsync("/api/documents?from=2024-01-01&to=2024-01-31"));
        Assert.Equal([early], byDate.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Before_any_collection_run_the_collection_resources_are_empty()
    {
        await using var server = await RunningServer.StartAsync();
        foreach (var resource in new[] { "stories", "topics", "entities", "events", "quotes" })
        {
            var page = await Json(await server.Client.GetAsync($"/api/{resource}"));
            Assert.Equal(0, page.GetProperty("total").GetInt32());
            Assert.Empty(page.GetProperty("items").EnumerateArray());
            Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/{resource}/x1")).StatusCode);
        }
    }

    [Fact]
    public async Task Similar_documents_exclude_the_document_itself()
    {
        await using var server = await RunningServer.StartAsync();
        long a = await server.AddAsync("حلب", Aleppo);
        long b = await server.AddAsync("حلب مرة أخرى", Aleppo.Replace("مئتي", "ثلاثمئة", StringComparison.Ordinal));
        var similar = await server.Client.GetFromJsonAsync<JsonElement>($"/api/documents/{a}/similar");
        Assert.Equal([b], similar.EnumerateArray().Select(d => d.GetProperty("id").GetInt64()));
    }
}

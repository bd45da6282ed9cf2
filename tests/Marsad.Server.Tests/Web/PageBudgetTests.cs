using System.Globalization;
using Marsad.Language;
using Marsad.Report;
using Marsad.Search;
using Marsad.Server.Library;
using Marsad.Storage;
using Microsoft.AspNetCore.Builder;

namespace Marsad.Server.Tests.Web;

/// <summary>
/// Every page stays under <see cref="MaxPageBytes"/> of HTML on a collection far larger than the samples: a store of
/// generated articles with thousands of entities, places, stories and events (the numbers a real collection of
/// tens of thousands of articles has), so lists that grow with the collection show up as pages that grow. Server time
/// is measured by the storypage and search benches, never here.
/// </summary>
public sealed class PageBudgetTests(PageBudgetTests.LargeCollection server) : IClassFixture<PageBudgetTests.LargeCollection>
{
    public const int MaxPageBytes = 200 * 1024;

    public static TheoryData<string> Pages() =>
    [
        "/", "/?days=7", "/documents", "/documents/7", "/search", "/search?q=" + Uri.EscapeDataString("خطة"),
        "/search?q=" + Uri.EscapeDataString("خطة") + "&entity=per/3", "/search/facets/entity?q=" + Uri.EscapeDataString("خطة"),
        "/stories", "/stories?sort=largest", "/stories/s1", "/entities", "/entities/per/0", "/entities/loc/0", "/topics/t1",
        "/events", "/events?type=Battles", "/map",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_stays_under_its_size_budget_on_a_large_collection(string path)
    {
        var response = await server.Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.True(bytes.Length <= MaxPageBytes, $"{path}: {bytes.Length / 1024} KB of HTML (budget {MaxPageBytes / 1024} KB)");
    }

    [Fact]
    public async Task The_search_page_offers_no_menu_of_every_name()
    {
        var html = await server.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("خطة"));
        Assert.True(CountOf(html, "<option") < 100, $"{CountOf(html, "<option")} options");
        Assert.Contains("data-facet=\"entity\"", html);
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>The generated store and its server, built once for the class.</summary>
    public sealed class LargeCollection : IAsyncLifetime
    {

        private const int Articles = 2400, Stories = 400, People = 1500, Organisations = 800, Places = 1200, Events = 2500;
        private static readonly DateTimeOffset FirstDay = new(2015, 3, 1, 8, 0, 0, TimeSpan.Zero);

        private static readonly string[] Given = ["محمد", "أحمد", "خالد", "سعد", "فيصل", "عبدالله", "سلمان", "ناصر", "فهد", "تركي", "ماجد", "وليد", "طلال", "بندر", "نايف", "حسن", "علي", "عمر", "يوسف", "إبراهيم"];
        private static readonly string[] Family = ["العتيبي", "الشمري", "القحطاني", "الحربي", "الغامدي", "الزهراني", "المطيري", "الدوسري", "السبيعي", "العنزي", "الشهري", "البقمي", "الرشيدي", "الجهني", "الأحمدي", "المالكي", "السلمي", "الخالدي", "الثقفي", "الحارثي"];
        private static readonly string[] Bodies = ["وزارة", "هيئة", "مؤسسة", "شركة", "جمعية", "مجلس", "مركز", "اتحاد"];
        private static readonly string[] Fields = ["الصحة", "التعليم", "النقل", "الطاقة", "المياه", "الإسكان", "الزراعة", "التجارة", "الثقافة", "الرياضة"];
        private static readonly string[] Towns = ["وادي", "جبل", "عين", "بئر", "رأس", "تل", "قرية", "مدينة"];
        private static readonly string[] Sentences =
        [
            "أعلنت الجهات المختصة اليوم عن خطة جديدة لتطوير الخدمات في المنطقة.",
            "وقال المتحدث الرسمي إن العمل سيبدأ خلال الأسابيع المقبلة بعد اكتمال الدراسات.",
            "وأضاف أن المشروع يخدم آلاف السكان ويوفر فرص عمل للشباب.",
            "وشهدت المدينة اجتماعًا موسعًا حضره عدد من المسؤولين والخبراء.",
            "وأكد المشاركون أهمية التعاون بين القطاعين العام والخاص.",
            "وتأتي هذه الخطوة ضمن برنامج أوسع يمتد على عدة سنوات.",
        ];
        private static readonly string[] EventTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

        private string directory = "";
        private WebApplication? app;
        public HttpClient Client { get; private set; } = null!;
        private StoredCollection collection = null!;

        public async Task InitializeAsync()
        {
            directory = Directory.CreateTempSubdirectory("marsad-page-budget-").FullName;
            var database = Path.Combine(directory, "marsad.db");
            using (var store = new SqliteDocumentStore(database))
            using (var writer = store.BeginWrite())
            {
                for (int i = 0; i < Articles; i++)
                    writer.Put(new Marsad.Ingest.IngestedArticle($"https://example.org/{i}", "text", Text(i))
                    {
                        Title = "خبر رقم " + Words(i), SiteName = "صحيفة " + Family[i % 12], Published = FirstDay.AddHours(i * 7 % (60 * 24)),
                    }, "ar");
                writer.Commit();
            }
            collection = Generate();
            var options = new ServerOptions(database, "http://127.0.0.1:0") { MaxPageSize = 50 };
            var library = new DocumentLibrary(options, new ScriptLanguageIdentifier(), new FixedCollectionSource(collection));
            IndexArticles(library);
            app = MarsadServer.Build(options, library);
            await app.StartAsync();
            Client = new HttpClient { BaseAddress = new Uri(MarsadServer.Addresses(app)[0]) };
        }

        private static string Words(int n) => string.Join(' ', Given[n % Given.Length], Fields[n / Given.Length % Fields.Length], Towns[n % Towns.Length]);

        private static string Text(int i) =>
            string.Join("\n\n", Enumerable.Range(0, 4).Select(k => Sentences[(i + k) % Sentences.Length] + " " + Words(i * 3 + k)));

        /// <summary>Entities, places, stories of six articles, events at places, one topic: the ids point at the articles
        /// the store holds (1 … <see cref="Articles"/>).</summary>
        private static StoredCollection Generate()
        {
            var random = new Random(21);
            string Doc() => (random.Next(Articles) + 1).ToString(CultureInfo.InvariantCulture);
            List<EntityMentionReport> Mentions(int n) => Enumerable.Range(0, n).Select(_ => new EntityMentionReport(Doc(), 0, 4, "اسم")).ToList();
            var entities = new List<EntityReport>();
            for (int i = 0; i < People; i++)
                entities.Add(new($"per/{i}", "PER", $"{Given[i % 20]} {Given[i / 20 % 20]} {Family[i / 400 % 20]}{(i >= 400 ? " " + Family[i % 20] : "")}", [],
                    Mentions(1 + random.Next(40)), [], null, null, null));
            for (int i = 0; i < Organisations; i++)
                entities.Add(new($"org/{i}", "ORG", $"{Bodies[i % 8]} {Fields[i / 8 % 10]} في {Towns[i / 80 % 8]} {Family[i % 20]}", [], Mentions(1 + random.Next(30)), [], null, null, null));
            for (int i = 0; i < Places; i++)
                entities.Add(new($"loc/{i}", "LOC", $"{Towns[i % 8]} {Family[i / 8 % 20]} {Given[i / 160 % 20]}", [], Mentions(1 + random.Next(30)), [], null, null,
                    new GeoReport(15 + random.NextDouble() * 25, 30 + random.NextDouble() * 25, "SA", null, $"g{i}", "place", "مكان")));
            entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var stories = Enumerable.Range(0, Stories).Select(i =>
            {
                var documents = Enumerable.Range(0, 6).Select(k => (i * 6 + k + 1).ToString(CultureInfo.InvariantCulture)).ToList();
                return new StoryReport($"s{i}", "قصة " + Words(i) + " " + Family[i % 20], "t1", null, null, documents, ["صحيفة"], 3, [], [], [], [], [], [], []);
            }).ToList();
            var events = Enumerable.Range(0, Events).Select(i => new EventReport($"e{i}", Doc(), 0, 5, EventTypes[i % 6], "Armed clash",
                $"per/{random.Next(People)}", $"org/{random.Next(Organisations)}", $"loc/{i % Places}",
                new GeoReport(15 + random.NextDouble() * 25, 30 + random.NextDouble() * 25, "SA", null, $"g{i % Places}", "place", "مكان"),
                FirstDay.AddDays(i % 60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), random.Next(5), "اشتباك")).ToList();
            var topic = new TopicReport("t1", stories.Select(s => s.Id).ToList(), entities.Take(200).Select(e => e.Id).ToList(), [], "موضوع");
            return new StoredCollection("budget-run", FirstDay, stories, [topic], entities, events, [], [], [], [], [], new Dictionary<string, string>(), 0);
        }

        /// <summary>The index entries the pipeline would write: each article with the facts of the generated collection.</summary>
        private void IndexArticles(DocumentLibrary library)
        {
            var entitiesOf = collection.Entities.SelectMany(e => e.Mentions.Select(m => (m.Document, Entity: e))).ToLookup(p => p.Document, p => p.Entity);
            var eventsOf = collection.Events.ToLookup(e => e.Document, e => e.EventType);
            for (int i = 0; i < Articles; i++)
            {
                var id = (i + 1).ToString(CultureInfo.InvariantCulture);
                var named = entitiesOf[id].DistinctBy(e => e.Id).ToList();
                library.Index.Put(new SearchDocument(i + 1, "خبر رقم " + Words(i), Text(i), "صحيفة " + Family[i % 12], null, FirstDay.AddHours(i * 7 % (60 * 24)), "ar")
                {
                    EntityIds = named.Where(e => e.Type != "LOC").Select(e => e.Id).ToList(),
                    PlaceIds = named.Where(e => e.Type == "LOC").Select(e => e.Id).ToList(),
                    Entities = named.Where(e => e.Type != "LOC").Select(e => e.Name).ToList(),
                    Places = named.Where(e => e.Type == "LOC").Select(e => e.Name).ToList(),
                    EventTypes = eventsOf[id].Distinct().ToList(),
                    Story = collection.StoryOf(id),
                    Published = true,
                });
            }
            library.Index.Commit(collection.RunId);
        }

        public async Task DisposeAsync()
        {
            Client?.Dispose();
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

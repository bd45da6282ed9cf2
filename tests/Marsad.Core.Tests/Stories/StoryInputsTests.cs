using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Stories;

namespace Marsad.Tests.Stories;

public class StoryInputsTests
{
    private static AnalyzedDocument Analyzed(string id, string text) =>
        new DocumentAnalyzer().Analyze(new SourceDocument(id, id + ".txt", text)).Document
            ?? throw new InvalidOperationException($"{id} was not analysed");

    /// <summary>The story views of the documents, built from one entity stage run over all of them.</summary>
    private static List<StoryDocument> Views(params AnalyzedDocument[] documents)
    {
        var entities = new EntityStage().RunWithDocuments(documents);
        return documents.Select(d => StoryInputs.FromEntities(d, entities)).ToList();
    }

    [Fact]
    public void One_actor_under_two_of_its_names_is_one_key_in_both_documents()
    {
        var views = Views(
            Analyzed("a", "قال مسؤولون إن مقاتلي داعش انسحبوا من البلدة بعد معارك عنيفة استمرت أياما."),
            Analyzed("b", "وأعلن الجيش أن تنظيم الدولة الإسلامية خسر آخر مواقعه في المنطقة بعد أسابيع من القتال."));

        Assert.Equal(["actor/isis"], views[0].Entities);
        Assert.Equal(views[0].Entities, views[1].Entities);
    }

    [Fact]
    public void A_country_under_its_short_and_full_names_is_one_place_key()
    {
        var views = Views(
            Analyzed("a", "وقالت الولايات المتحدة إنها سترسل مساعدات إلى المنطقة خلال الأسبوع المقبل."),
            Analyzed("b", "وأكدت الولايات المتحدة الأمريكية أنها ستواصل دعم الحكومة في الأشهر المقبلة."));

        Assert.Single(views[0].Places);
        Assert.Equal(views[0].Places, views[1].Places);
    }

    [Fact]
    public void A_key_is_labelled_with_its_entitys_name()
    {
        var view = Views(Analyzed("a", "قال مسؤولون إن مقاتلي داعش انسحبوا من البلدة بعد معارك عنيفة استمرت أياما."))[0];

        Assert.Equal("تنظيم الدولة الإسلامية", view.Labels[view.Entities[0]]);
    }

    [Fact]
    public void Keys_do_not_need_the_places_geocoded()
    {
        var document = Analyzed("a", "وقالت الولايات المتحدة إنها سترسل مساعدات إلى حلب خلال الأسبوع المقبل.");
        var geocoded = new EntityStage().RunWithDocuments([document]);
        var unplaced = new EntityStage().RunWithDocuments([document], geocode: false);

        Assert.All(unplaced.Entities, e => Assert.Null(e.Geo));
        Assert.Contains(geocoded.Entities, e => e.Geo is not null);
        Assert.Equal(StoryInputs.FromEntities(document, geocoded).Places, StoryInputs.FromEntities(document, unplaced).Places);
    }

    private static CollectionAnalysis Collection(AnalyzedDocument[] documents, Dictionary<string, IReadOnlyList<Marsad.Dedup.DuplicateLink>> links,
        IReadOnlyList<Marsad.Dedup.SharedPassage> passages, IReadOnlyList<Marsad.Dedup.SyndicationGroup> groups) =>
        new(documents, new Dictionary<string, Marsad.Annotation.DocumentAnnotations>(), [], links, [], passages, groups);

    [Fact]
    public void An_outlets_own_report_carrying_a_few_wire_passages_is_an_independent_source()
    {
        var wire = Analyzed("wire", "قال متحدث باسم الجيش لوكالة رويترز إن الحملة العسكرية على المدينة ستتسارع خلال الأيام المقبلة.");
        var paper = Analyzed("paper", "أفاد مراسلنا بأن الاشتباكات تركزت على ثلاثة محاور عند مشارف البلدة. وقال المتحدث إن الحملة ستتسارع خلال الأيام المقبلة.");
        var links = new Dictionary<string, IReadOnlyList<Marsad.Dedup.DuplicateLink>>
        {
            ["paper"] = [new("wire", Marsad.Dedup.DuplicateKind.Syndicated, 0.15)],
            ["wire"] = [new("paper", Marsad.Dedup.DuplicateKind.Syndicated, 0.15)],
        };
        var collection = Collection([wire, paper], links, [], [new Marsad.Dedup.SyndicationGroup("wire", ["paper"], ["reuters"])]);

        Assert.Equal("paper", StoryInputs.IndependentRoots(collection)["paper"]);
        Assert.Equal("wire", StoryInputs.ReportRoots(collection)["paper"]);
    }

    [Fact]
    public void A_syndicated_copy_that_is_mostly_the_wire_report_counts_as_the_wire()
    {
        var wire = Analyzed("wire", "قال متحدث باسم الجيش لوكالة رويترز إن الحملة العسكرية على المدينة ستتسارع خلال الأيام المقبلة.");
        var copy = Analyzed("copy", "قال متحدث باسم الجيش إن الحملة العسكرية على المدينة ستتسارع خلال الأيام المقبلة.");
        var links = new Dictionary<string, IReadOnlyList<Marsad.Dedup.DuplicateLink>>
        {
            ["copy"] = [new("wire", Marsad.Dedup.DuplicateKind.Syndicated, 0.9)],
        };
        var collection = Collection([wire, copy], links, [], [new Marsad.Dedup.SyndicationGroup("wire", ["copy"], ["reuters"])]);

        Assert.Equal("wire", StoryInputs.IndependentRoots(collection)["copy"]);
    }

    [Fact]
    public void A_shared_passage_is_borrowed_by_the_later_document_from_the_first()
    {
        var first = Analyzed("first", "أعلنت الوزارة أن الطريق الدولي سيبقى مغلقا حتى انتهاء أعمال الصيانة في الجسر الرئيسي.");
        var later = Analyzed("later", "قال سائقون إنهم ينتظرون منذ الصباح. وأعلنت الوزارة أن الطريق الدولي سيبقى مغلقا حتى انتهاء أعمال الصيانة في الجسر الرئيسي.");
        int at = later.Text.IndexOf("أن الطريق", StringComparison.Ordinal), from = first.Text.IndexOf("أن الطريق", StringComparison.Ordinal);
        var passage = new Marsad.Dedup.SharedPassage([new("first", from, first.Text.Length - 1), new("later", at, later.Text.Length - 1)]);
        var collection = Collection([first, later], [], [passage], []);

        var borrowed = StoryInputs.BorrowedSpans(collection, StoryInputs.IndependentRoots(collection));

        Assert.False(borrowed.ContainsKey("first"));
        Assert.Equal("first", Assert.Single(borrowed["later"]).From);
    }

    [Fact]
    public void A_shared_passage_that_is_only_a_quote_is_not_borrowed_text() =>
        Assert.True(StoryInputs.NarrativeWords("«لن نسمح بعودة الإرهاب إلى المدينة أبدا»") < StoryInputs.MinBorrowedNarrativeWords);
}

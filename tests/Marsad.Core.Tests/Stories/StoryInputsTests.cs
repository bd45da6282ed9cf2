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
}

using Marsad.Entities;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Pipeline;

namespace Marsad.Tests.Entities;

/// <summary>How the entity stage places its place entities (<c>EntityStage.Geocode</c>), with a tagger that tags given words.</summary>
public class EntityStageGeocodingTests
{
    /// <summary>Tags every occurrence of the given words as a place, as a tagger would.</summary>
    private sealed class PlacesTagger(params string[] places) : IEntityRecognizer
    {
        public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<(int Start, int Length)> tokens) =>
            [.. tokens.Where(t => places.Contains(text.Substring(t.Start, t.Length)))
                .Select(t => new EntityMention(t.Start, t.Start + t.Length, EntityType.Location, text.Substring(t.Start, t.Length)))];
    }

    private static AnalyzedDocument Analyzed(string id, string text) =>
        new DocumentAnalyzer().Analyze(new SourceDocument(id, id + ".txt", text)).Document
            ?? throw new InvalidOperationException($"{id} was not analysed");

    private static IReadOnlyList<Entity> Places(IEntityRecognizer tagger, params AnalyzedDocument[] documents) =>
        new EntityStage(tagger, EntityResolver.Default, Geocoder.Default).Run(documents).Where(e => e.Type == EntityType.Location).ToList();

    [Fact]
    public void A_place_its_main_document_cannot_place_is_placed_by_another_that_names_its_country()
    {
        var places = Places(new PlacesTagger("جرش", "الأردن"),
            Analyzed("a", "افتتح المهرجان في جرش مساء أمس، وقال المنظمون إن جرش استقبلت آلاف الزوار."),
            Analyzed("b", "قالت وزارة السياحة في الأردن إن جرش من أكثر المدن جذبا للسياح."));

        Assert.Equal("JO.22.jarash", places.Single(p => p.Name == "جرش").Geo?.GazetteerId);
    }

    [Fact]
    public void A_common_word_the_tagger_calls_a_place_is_left_unplaced()
    {
        var places = Places(new PlacesTagger("سوريا", "معارك"),
            Analyzed("a", "اندلعت معارك عنيفة في شرق سوريا بين الطرفين منذ الصباح."));

        Assert.Null(places.Single(p => p.Name == "معارك").Geo);
    }

    [Fact]
    public void A_head_word_with_a_conjunction_the_tagger_calls_a_place_is_no_place()
    {
        var places = Places(new PlacesTagger("سوريا", "وبلدة"),
            Analyzed("a", "سيطرت القوات في سوريا على قرية وبلدة قرب الحدود."));

        Assert.DoesNotContain(places, p => p.Name.Contains("بلدة"));
    }
}

using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities.Resolution;

/// <summary>The words around a tagger mention decide what it names: a head left outside it, quotation marks, a title after it.</summary>
public class EntityResolverContextTests
{
    private const EntityType Per = EntityType.Person, Loc = EntityType.Location, Org = EntityType.Organization;

    [Fact]
    public void The_head_the_tagger_left_out_belongs_to_the_body()
    {
        var doc = Resolve.Document("أكدت جامعة تبوك في بيان أن القبول مستمر.", ("تبوك", Org));
        var university = Assert.Single(doc.Entities);
        Assert.Equal("جامعة تبوك", university.Name);
        Assert.Equal(Org, university.Type);
    }

    [Fact]
    public void A_place_read_as_a_body_after_a_body_head_is_that_body()
    {
        var doc = Resolve.Document("فاز نادي تشيلسي على منافسه.", ("تشيلسي", Loc));
        Assert.Equal(Org, doc.Named("نادي تشيلسي").Type);
    }

    [Fact]
    public void A_known_place_read_as_a_body_without_quotes_or_head_is_the_place()
    {
        var doc = Resolve.Document("وصل الوفد إلى تبوك أمس.", ("تبوك", Org));
        Assert.Equal(Loc, doc.Named("تبوك").Type);
    }

    [Fact]
    public void A_quoted_place_name_stays_a_body()
    {
        var doc = Resolve.Document("وقال مصدر مطلع لـ«الرياض» إن الوفد وصل.", ("الرياض", Org));
        Assert.Equal(Org, doc.Named("الرياض").Type);
    }

    [Fact]
    public void A_person_right_after_a_place_head_is_a_place()
    {
        var doc = Resolve.Document("وفي منطقة عسير تواصلت الفعاليات.", ("عسير", Per));
        Assert.Equal(Loc, doc.Named("عسير").Type);
    }

    [Fact]
    public void A_person_after_a_term_of_office_stays_a_person()
    {
        var doc = Resolve.Document("وتراجعت العلاقات خلال ولاية باراك أوباما الثانية.", ("باراك أوباما", Per));
        Assert.Equal(Per, doc.Named("باراك أوباما").Type);
    }

    [Fact]
    public void A_place_name_ends_before_the_title_of_the_person_after_it()
    {
        var doc = Resolve.Document("وأصدر رئيس دولة الإمارات الشيخ خليفة قرارا.", ("الإمارات الشيخ", Loc));
        Assert.Equal("الإمارات", doc.Named("الإمارات").Name);
    }

    [Theory]
    [InlineData("المعهد")]
    [InlineData("الميليشيات")]
    public void A_head_word_alone_names_nothing(string head)
    {
        var doc = Resolve.Document($"وأعلن {head} عن برنامجه الجديد.", (head, Org));
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void A_nisba_adjective_read_as_a_place_is_no_place()
    {
        var doc = Resolve.Document("وقالت المصادر السورية إن القصف مستمر.", ("السورية", Loc));
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void A_country_whose_name_looks_like_an_adjective_stays_a_place()
    {
        var doc = Resolve.Document("وصل الوفد إلى السعودية أمس.", ("السعودية", Loc));
        Assert.Equal(Loc, doc.Named("السعودية").Type);
    }
}

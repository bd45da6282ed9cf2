using Marsad.Annotation.Times;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Annotation.Times;

/// <summary>A full date outside the body (title, an embedded post's attribution) anchors a year-less body date.</summary>
public sealed class OtherPartsAnchorTests
{
    private static TimeAnnotations Tag(string text, params string[] otherParts)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        return TimeExpressionTagger.Tag(text, tokens, published: null, otherParts);
    }

    [Fact]
    public void Year_less_date_takes_its_year_from_a_date_in_another_part()
    {
        var result = Tag("أعلنت الوزارة يوم الخميس 5 من آذار عن خطة جديدة.", "— وزارة الصحة (@health_ministry) March 5, 2020");
        var date = Assert.Single(result.Times);
        Assert.Equal("2020-03-05", date.Value);
        Assert.True(date.Resolved);
    }

    [Fact]
    public void Expressions_of_other_parts_are_not_reported()
    {
        var result = Tag("وصل الوفد اليوم إلى العاصمة.", "March 5, 2020");
        Assert.All(result.Times, t => Assert.Equal("اليوم", t.Text));
    }

    [Fact]
    public void A_full_date_in_the_body_wins_over_other_parts()
    {
        var result = Tag("وصل الوفد في 12 أيار 2019 إلى العاصمة، وغادر اليوم.", "March 5, 2020");
        Assert.Contains(result.Times, t => t.Text == "اليوم" && t.Value == "2019-05-12");
    }

    [Fact]
    public void Without_any_full_date_values_stay_relative()
    {
        var result = Tag("وصل الوفد اليوم إلى العاصمة.", "تحديث 16:45 ت.غ");
        var today = Assert.Single(result.Times);
        Assert.Null(today.Value);
        Assert.Equal("P0D", today.Relative);
    }
}

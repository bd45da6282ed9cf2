using Marsad.Search;

namespace Marsad.Server.Tests.Search;

public sealed class QueryTextTests
{
    [Fact]
    public void Question_words_and_the_arabic_question_mark_go() => Assert.Equal("الوضع في دير الزور", QueryText.Prepare("ما هو الوضع في دير الزور؟"));

    [Fact]
    public void A_latin_question_mark_after_an_arabic_word_is_not_a_wildcard() => Assert.Equal("دير الزور", QueryText.Prepare("دير الزور?"));

    [Fact]
    public void Inside_quotes_nothing_is_dropped() => Assert.Equal("\"من هو\" الرئيس", QueryText.Prepare("\"من هو\" الرئيس"));

    [Fact]
    public void A_query_of_question_words_only_is_kept() => Assert.Equal("من هو", QueryText.Prepare("من هو"));

    [Fact]
    public void A_colon_after_a_word_that_is_not_a_field_is_text()
    {
        Assert.Equal("دمشق\\: الوفد", QueryText.Prepare("دمشق: الوفد"));
        Assert.Equal("title:الوفد", QueryText.Prepare("title:الوفد"));
    }

    [Fact]
    public void As_text_escapes_every_special_character_and_lowers_the_operators() =>
        Assert.Equal("\\(دمشق or \\\"بغداد\\/", QueryText.AsText("(دمشق OR \"بغداد/"));

    [Fact]
    public void Plain_words_are_only_a_query_without_syntax()
    {
        Assert.Equal(["دير", "الزور"], QueryText.PlainWords("دير الزور"));
        Assert.Null(QueryText.PlainWords("دير OR الزور"));
        Assert.Null(QueryText.PlainWords("\"دير الزور\""));
    }

    [Fact]
    public void An_empty_query_stays_empty() => Assert.Equal("", QueryText.Prepare("   "));
}

using Marsad.Text.Tokens;
using static Marsad.Tests.Text.Tokens.TokenizerAssert;

namespace Marsad.Tests.Text.Tokens;

public class ArabicTokenizerWebTests
{
    [Fact]
    public void Arabic_hashtag_keeps_its_underscores() => Single("#دير_الزور", TokenKind.Hashtag);

    [Fact]
    public void Latin_hashtag_is_one_token() => Single("#Syria", TokenKind.Hashtag);

    [Fact]
    public void Hashtag_keeps_its_digits() => Single("#سوريا2018", TokenKind.Hashtag);

    [Fact]
    public void Hashtag_ends_at_arabic_comma() =>
        Assert.Equal([("#الرقة", TokenKind.Hashtag), ("،", TokenKind.Punctuation)], Tokenized("#الرقة،"));

    [Fact]
    public void Hash_sign_followed_by_a_space_is_punctuation() =>
        Assert.Equal([("#", TokenKind.Punctuation), ("سوريا", TokenKind.ArabicWord)], Tokenized("# سوريا"));

    [Fact]
    public void Hash_sign_before_digits_only_is_not_a_hashtag() =>
        Assert.Equal([("#", TokenKind.Punctuation), ("2018", TokenKind.Number)], Tokenized("#2018"));

    [Fact]
    public void Hash_sign_after_a_letter_is_not_a_hashtag() =>
        Assert.Equal([("C", TokenKind.LatinWord), ("#", TokenKind.Punctuation)], Tokenized("C#"));

    [Fact]
    public void Mention_keeps_its_underscore() => Single("@brett_mcgurk", TokenKind.Mention);

    [Fact]
    public void Colon_after_a_mention_is_punctuation() =>
        Assert.Equal([("@USEmbassySyria", TokenKind.Mention), (":", TokenKind.Punctuation)], Tokenized("@USEmbassySyria:"));

    [Fact]
    public void At_sign_before_arabic_letters_is_not_a_mention() =>
        Assert.Equal([("@", TokenKind.Punctuation), ("المرصد", TokenKind.ArabicWord)], Tokenized("@المرصد"));

    [Fact]
    public void Lone_at_sign_is_punctuation() => Single("@", TokenKind.Punctuation);

    [Fact]
    public void Https_url_is_one_token() => Single("https://www.sana.sy/?p=12345", TokenKind.Url);

    [Fact]
    public void Http_url_is_one_token() => Single("http://example.org/news/2018/09/11", TokenKind.Url);

    [Fact]
    public void Www_address_is_a_url() => Single("www.aljazeera.net", TokenKind.Url);

    [Fact]
    public void Url_scheme_is_matched_without_regard_to_case() => Single("HTTPS://EXAMPLE.ORG", TokenKind.Url);

    [Fact]
    public void Full_stop_after_a_url_is_punctuation() =>
        Assert.Equal([("https://t.co/abc", TokenKind.Url), (".", TokenKind.Punctuation)], Tokenized("https://t.co/abc."));

    [Fact]
    public void Arabic_comma_after_a_url_is_punctuation() =>
        Assert.Equal([("www.bbc.com/arabic", TokenKind.Url), ("،", TokenKind.Punctuation), ("وقال", TokenKind.ArabicWord)],
            Tokenized("www.bbc.com/arabic، وقال"));

    [Fact]
    public void Closing_bracket_after_a_url_is_punctuation() =>
        Assert.Equal(["(", "https://t.co/abc", ")"], Surfaces("(https://t.co/abc)"));

    [Fact]
    public void Url_keeps_a_bracket_pair_of_its_own() => Single("https://en.wikipedia.org/wiki/Raqqa_(city)", TokenKind.Url);

    [Fact]
    public void Url_keeps_an_arabic_path() => Single("https://ar.wikipedia.org/wiki/دير_الزور", TokenKind.Url);

    [Fact]
    public void Url_ends_at_a_guillemet() => Assert.Equal(["«", "https://t.co/abc", "»"], Surfaces("«https://t.co/abc»"));

    [Fact]
    public void Scheme_with_nothing_after_it_is_not_a_url() =>
        Assert.Equal([("http", TokenKind.LatinWord), (":", TokenKind.Punctuation), ("/", TokenKind.Punctuation), ("/", TokenKind.Punctuation)],
            Tokenized("http://"));

    [Fact]
    public void Email_address_is_one_token() => Single("info@sana.sy", TokenKind.Email);

    [Fact]
    public void Email_address_keeps_dots_and_hyphens() => Single("first.last@news-agency.com", TokenKind.Email);

    [Fact]
    public void Email_address_may_start_with_digits() => Single("2018news@example.org", TokenKind.Email);

    [Fact]
    public void Full_stop_after_an_email_address_is_punctuation() =>
        Assert.Equal([("info@sana.sy", TokenKind.Email), (".", TokenKind.Punctuation)], Tokenized("info@sana.sy."));

    [Fact]
    public void Address_without_a_dotted_domain_is_not_an_email() =>
        Assert.Equal([("user", TokenKind.LatinWord), ("@", TokenKind.Punctuation), ("localhost", TokenKind.LatinWord)], Tokenized("user@localhost"));
}

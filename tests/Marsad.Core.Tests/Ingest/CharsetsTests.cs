using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class CharsetsTests
{
    private const string Arabic = "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.";

    static CharsetsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("windows-1256")]
    [InlineData("iso-8859-6")]
    public void Undeclared_arabic_text_in_each_charset_decodes_to_the_same_text(string charset)
    {
        var bytes = Encoding.GetEncoding(charset).GetBytes(Arabic + "\n" + Arabic);
        var (text, _, error) = Charsets.Decode(bytes);
        Assert.Null(error);
        Assert.Equal(Arabic + "\n" + Arabic, text);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Arabic)).ToArray();
        Assert.Equal(Arabic, Charsets.Decode(bytes).Text);
        var bigEndian = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Arabic)).ToArray();
        Assert.Equal(Arabic, Charsets.Decode(bigEndian).Text);
    }

    [Fact]
    public void Utf16_without_a_mark_is_recognised_by_its_zero_bytes()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><p>" + Arabic + "</p>";
        Assert.Equal(xml, Charsets.Decode(Encoding.Unicode.GetBytes(xml)).Text);
    }

    [Fact]
    public void Meta_charset_in_the_page_is_obeyed()
    {
        var html = $"<html><head><meta charset=\"windows-1256\"></head><body><p>{Arabic}</p></body></html>";
        var (text, charset, _) = Charsets.Decode(Encoding.GetEncoding("windows-1256").GetBytes(html));
        Assert.Equal("windows-1256", charset);
        Assert.Contains(Arabic, text);
    }

    [Fact]
    public void Http_equiv_content_type_charset_is_obeyed()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\"></head><body>{Arabic}</body></html>";
        var (text, charset, _) = Charsets.Decode(Encoding.GetEncoding("iso-8859-6").GetBytes(html));
        Assert.Equal("iso-8859-6", charset);
        Assert.Contains(Arabic, text);
    }

    [Fact]
    public void Xml_declaration_encoding_is_obeyed()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><channel><title>{Arabic}</title></channel></rss>";
        var (text, _, _) = Charsets.Decode(Encoding.GetEncoding("windows-1256").GetBytes(xml));
        Assert.Contains(Arabic, text);
    }

    [Fact]
    public void The_http_header_charset_wins_over_detection()
    {
        var bytes = Encoding.GetEncoding("iso-8859-6").GetBytes(Arabic);
        Assert.Equal(Arabic, Charsets.Decode(bytes, "ISO-8859-6").Text);
    }

    [Fact]
    public void A_stale_latin_declaration_over_valid_utf8_is_ignored()
    {
        var html = $"<meta charset=\"iso-8859-1\"><p>{Arabic}</p>";
        Assert.Contains(Arabic, Charsets.Decode(Encoding.UTF8.GetBytes(html)).Text);
    }

    [Fact]
    public void Empty_and_binary_bytes_are_refused_with_a_reason()
    {
        Assert.Equal("file is empty", Charsets.Decode([]).Error);
        Assert.Equal("file is binary, not text", Charsets.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF, 0xFE, 0x00]).Error);
    }
}

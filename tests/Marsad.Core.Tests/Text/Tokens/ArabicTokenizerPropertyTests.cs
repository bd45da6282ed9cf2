using CsCheck;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Text.Tokens;

public class ArabicTokenizerPropertyTests
{
    /// <summary>Text built from the pieces that meet at token boundaries in Arabic news: letters, diacritics, digits of
    /// three scripts, Latin, separators, quotes, signs, URL and address fragments, joiners and stray surrogates.</summary>
    internal static readonly Gen<string> NewsLikeText = Gen.OneOf<string>(
            Gen.Char["ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىةؤئکیےﷲ"].Select(c => c.ToString()),
            Gen.Char['\u064B', '\u0652'].Select(c => c.ToString()),
            Gen.Char["0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"].Select(c => c.ToString()),
            Gen.Char["abcdeXYZéÉßİ"].Select(c => c.ToString()),
            Gen.OneOf(" ", " ", "\n", "\t", "\u00A0", ".", "...", "…", ",", "،", "؛", "؟", "!", ":", "%", "٪", "٫", "٬",
                "«", "»", "“", "”", "„", "″", "\"", "'", "’", "-", "–", "—", "_", "(", ")", "#", "@", "ـ",
                "https://", "http://", "www.", "t.co/x", ".com", "@x.org", "\u200C", "\u200D", "\u200F", "\uFEFF",
                "\u0301", "\uFE0F", "👍", "\uD83D", "\uDC4D", "Мир", "$"),
            Gen.Char.Select(c => c.ToString()))
        .Array[0, 40]
        .Select(string.Concat);

    [Fact]
    public void Tokens_are_in_order_non_empty_within_the_text_and_free_of_whitespace() =>
        NewsLikeText.Sample(text =>
        {
            var tokens = new List<Token>();
            ArabicTokenizer.Tokenize(text, tokens);
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Length > 0, $"empty token at {token.Start}");
                Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps or precedes the one ending at {previousEnd}");
                Assert.True(token.End <= text.Length, $"token {token} runs past the text");
                string surface = text.Substring(token.Start, token.Length);
                Assert.Equal(surface, token.Surface(text).ToString());
                Assert.DoesNotContain(surface, char.IsWhiteSpace);
                previousEnd = token.End;
            }
        }, iter: 20_000);

    [Fact]
    public void Only_whitespace_control_and_format_characters_fall_between_tokens() =>
        NewsLikeText.Sample(text =>
        {
            var covered = new bool[text.Length];
            foreach (var token in ArabicTokenizer.Enumerate(text))
                for (int i = token.Start; i < token.End; i++) covered[i] = true;
            for (int i = 0; i < text.Length; i++)
            {
                if (covered[i]) continue;
                var category = char.GetUnicodeCategory(text[i]);
                Assert.True(char.IsWhiteSpace(text[i]) || category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format,
                    $"U+{(int)text[i]:X4} at {i} belongs to no token");
            }
        }, iter: 20_000);

    [Fact]
    public void Count_equals_the_number_of_tokens() =>
        NewsLikeText.Sample(text =>
        {
            var tokens = new List<Token>();
            ArabicTokenizer.Tokenize(text, tokens);
            Assert.Equal(tokens.Count, ArabicTokenizer.Count(text));
        }, iter: 20_000);

    [Fact]
    public void Count_does_not_allocate()
    {
        const string text = "أعلنت «قسد» الثلاثاء 16:45 انطلاق #معركة_الجزيرة https://t.co/x؛ info@sana.sy 1,200 ٣٫٥٪ …";
        ArabicTokenizer.Count(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = ArabicTokenizer.Count(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(count > 0);
        Assert.Equal(0, allocated);
    }
}

using CsCheck;
using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;
using Marsad.Tests.Text.Tokens;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Annotation.Numbers;

public class AnnotationPropertyTests
{
    /// <summary>Random text mixed with the words the taggers react to, so that partial patterns are exercised.</summary>
    private static readonly Gen<string> TimeAndNumberText = Gen.OneOf(
            ArabicTokenizerPropertyTests.NewsLikeText,
            Gen.OneOf("27", "2018", "١٤٤٠", "16:45", "/", "-", "(", ")", "من", "تشرين", "الثاني", "نوفمبر", "November", "رمضان", "هـ",
                    "أمس", "الأول", "اليوم", "الثلاثاء", "الماضي", "خلال", "الـ", "ساعة", "شهرين", "منذ", "قبل", "ثلاثة", "عشر", "آلاف",
                    "ألفي", "مئة", "وعشرين", "نحو", "أكثر", "في", "المئة", "%", "قرية", "وبلدة", "اللواء", "بتوقيت", "ت", ".", "غ", " ", "،")
                .Array[0, 30].Select(words => string.Join(' ', words)))
        .Array[1, 3].Select(string.Concat);

    [Fact]
    public void Taggers_never_throw_and_spans_lie_inside_the_text() =>
        TimeAndNumberText.Sample(text =>
        {
            var tokens = new List<Token>();
            ArabicTokenizer.Tokenize(text, tokens);
            var annotations = TimeExpressionTagger.Tag(text, tokens, new DateTimeOffset(2018, 11, 27, 12, 0, 0, TimeSpan.Zero));
            var unresolved = TimeExpressionTagger.Tag(text, tokens, null);
            foreach (var time in annotations.Times.Concat(unresolved.Times))
            {
                Assert.InRange(time.Start, 0, time.End - 1);
                Assert.True(time.End <= text.Length);
                Assert.Equal(text[time.Start..time.End], time.Text);
            }
            foreach (var number in NumberTagger.Tag(text, tokens, annotations.Times))
            {
                Assert.InRange(number.Start, 0, number.End - 1);
                Assert.True(number.End <= text.Length);
                Assert.Equal(text[number.Start..number.End], number.Text);
            }
        }, iter: 5_000);

    [Fact]
    public void Empty_text_has_no_annotations()
    {
        Assert.Empty(TimeExpressionTagger.Tag("", [], null).Times);
        Assert.Null(TimeExpressionTagger.Tag("", [], null).EventDate);
        Assert.Empty(NumberTagger.Tag("", []));
    }
}

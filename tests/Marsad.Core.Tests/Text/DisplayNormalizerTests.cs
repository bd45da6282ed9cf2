using CsCheck;
using Marsad.Text;

namespace Marsad.Tests.Text;

public class DisplayNormalizerTests
{
    private static void Check(string input, string expected) => Assert.Equal(expected, DisplayNormalizer.Normalize(input));

    [Fact] public void EmptyInputStaysEmpty() => Check("", "");

    [Fact] public void LamAlefLigatureIsFoldedToTwoLetters() => Check("\uFEFB يزال", "لا يزال");

    [Fact] public void AllahLigatureIsFoldedToTheWord() => Check("بسم \uFDF2", "بسم الله");

    [Fact] public void PresentationFormsOfLettersAreFolded() => Check("\uFE8D\uFEDF\uFEA4\uFEAE\uFE91", "الحرب");

    [Fact] public void ArabicIndicDigitsAreKeptAsWritten() => Check("عام ٢٠٢٤ و۱۴۰۳", "عام ٢٠٢٤ و۱۴۰۳");

    [Fact] public void DirectionalMarksAreRemoved() => Check("\u200Fقال\u200E الوزير\u061C \u202Bاليوم\u202C", "قال الوزير اليوم");

    [Fact] public void ByteOrderMarkIsRemoved() => Check("\uFEFFأعلنت الحكومة", "أعلنت الحكومة");

    [Fact] public void IsolatesAndWordJoinerAreRemoved() => Check("\u2067الحكومة\u2069\u2060 الجديدة", "الحكومة الجديدة");

    [Fact] public void SoftHyphenIsRemoved() => Check("inter\u00ADnational", "international");

    [Fact] public void ZeroWidthNonJoinerBetweenArabicLettersIsRemoved() => Check("الم\u200Cدينة", "المدينة");

    [Fact] public void ZeroWidthJoinerBetweenArabicLettersIsRemoved() => Check("ب\u200Dيروت", "بيروت");

    [Fact] public void ZeroWidthJoinerBetweenNonArabicCharactersIsKept() => Check("क्\u200Dष", "क्\u200Dष");

    [Fact] public void ZeroWidthJoinerNextToSpaceIsRemoved() => Check("abc \u200Ddef", "abc def");

    [Fact] public void NoBreakAndThinSpacesCollapseToOneSpace() => Check("قوات\u00A0\u2009 سوريا\t\tالديمقراطية", "قوات سوريا الديمقراطية");

    [Fact] public void LinesAreTrimmed() => Check("  مقدمة الخبر \t\n\u00A0السطر الثاني  ", "مقدمة الخبر\nالسطر الثاني");

    [Fact] public void WindowsAndOldMacLineEndsBecomeNewlines() => Check("أ\r\nب\rج", "أ\nب\nج");

    [Fact] public void BlankLinesAreKept() => Check("الفقرة الأولى.\n\n\nالفقرة الثانية.", "الفقرة الأولى.\n\n\nالفقرة الثانية.");

    [Fact] public void DecomposedAlefMaddaIsComposedByNfc() => Check("\u0627\u0653خر", "\u0622خر");

    [Fact] public void LoneSurrogateBecomesReplacementCharacter() => Check("نص\uD800", "نص\uFFFD");

    [Fact]
    public void NormalizingTwiceEqualsNormalizingOnce()
    {
        var fragment = Gen.OneOf<string>(
            "قال", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\u2009", "\u200C", "\u200D", "\u200E", "\u200F", "\uFEFF",
            "\u00AD", "\u2066", "\uFEFB", "\uFDF2", "\uFE70", "\uFC5E", "\u0627\u0653", "ٌ", "a", "क्", "٣", "۴", "\uD800", "\uDC00",
            "\uD83D\uDE00", "\u0000", "\u2028", ".", "«", "»");
        Gen.String[Gen.Char, 0, 40].Select(s => s).Sample(s =>
        {
            string once = DisplayNormalizer.Normalize(s);
            Assert.Equal(once, DisplayNormalizer.Normalize(once));
        });
        fragment.Array[0, 40].Select(string.Concat).Sample(s =>
        {
            string once = DisplayNormalizer.Normalize(s);
            Assert.Equal(once, DisplayNormalizer.Normalize(once));
        });
    }
}

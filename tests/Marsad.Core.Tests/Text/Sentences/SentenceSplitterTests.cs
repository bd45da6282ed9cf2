using CsCheck;
using Marsad.Text.Sentences;

namespace Marsad.Tests.Text.Sentences;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact] public void EmptyTextHasNoSentences() => Assert.Empty(SentenceSplitter.Split(""));

    [Fact] public void WhitespaceOnlyTextHasNoSentences() => Assert.Empty(SentenceSplitter.Split(" \n\n "));

    [Fact]
    public void FullStopEndsASentence() =>
        Assert.Equal(["وصل الوفد إلى بغداد.", "وبدأت المحادثات مساء."], Sentences("وصل الوفد إلى بغداد. وبدأت المحادثات مساء."));

    [Fact]
    public void ArabicQuestionMarkEndsASentence() =>
        Assert.Equal(["هل تنجح الهدنة؟", "يأمل الوسطاء ذلك."], Sentences("هل تنجح الهدنة؟ يأمل الوسطاء ذلك."));

    [Fact]
    public void ExclamationMarkEndsASentence() =>
        Assert.Equal(["يا له من يوم!", "انتهى الحصار."], Sentences("يا له من يوم! انتهى الحصار."));

    [Fact]
    public void ArabicSemicolonEndsASentence() =>
        Assert.Equal(["ارتفعت الأسعار؛", "فاحتج التجار."], Sentences("ارتفعت الأسعار؛ فاحتج التجار."));

    [Fact]
    public void EllipsisEndsASentenceOnce() =>
        Assert.Equal(["وانتظر الجميع...", "ثم جاء الخبر."], Sentences("وانتظر الجميع... ثم جاء الخبر."));

    [Fact]
    public void LineBreakEndsASentence() =>
        Assert.Equal(["عنوان بلا نقطة", "الفقرة الأولى."], Sentences("عنوان بلا نقطة\n\nالفقرة الأولى."));

    [Fact]
    public void LatinDecimalDoesNotEndASentence() =>
        Assert.Equal(["نما الاقتصاد 1.5 في المئة."], Sentences("نما الاقتصاد 1.5 في المئة."));

    [Fact]
    public void ArabicDecimalDoesNotEndASentence() =>
        Assert.Equal(["بلغ التضخم ٣٫٥ بالمئة.", "وهو رقم قياسي."], Sentences("بلغ التضخم ٣٫٥ بالمئة. وهو رقم قياسي."));

    [Fact]
    public void DottedTimeZoneAbbreviationDoesNotEndASentence() =>
        Assert.Equal(["بدأ القصف في الساعة 14:30 ت.غ يوم الأحد."], Sentences("بدأ القصف في الساعة 14:30 ت.غ يوم الأحد."));

    [Fact]
    public void DoctorAbbreviationDoesNotEndASentence() =>
        Assert.Equal(["صرح د. سامي العلي بأن الوضع مستقر."], Sentences("صرح د. سامي العلي بأن الوضع مستقر."));

    [Fact]
    public void ProfessorAbbreviationDoesNotEndASentence() =>
        Assert.Equal(["وقال أ.د. منى الحسن إن الدراسة اكتملت."], Sentences("وقال أ.د. منى الحسن إن الدراسة اكتملت."));

    [Fact]
    public void EngineerAbbreviationDoesNotEndASentence() =>
        Assert.Equal(["أشرف م. خالد على المشروع."], Sentences("أشرف م. خالد على المشروع."));

    [Fact]
    public void InitialDoesNotEndASentence() =>
        Assert.Equal(["زار ج. بوش المنطقة عام 1991."], Sentences("زار ج. بوش المنطقة عام 1991."));

    [Fact]
    public void UrlDoesNotEndASentence() =>
        Assert.Equal(["نشر البيان على www.example.org اليوم."], Sentences("نشر البيان على www.example.org اليوم."));

    [Fact]
    public void EmailAddressDoesNotEndASentence() =>
        Assert.Equal(["راسلونا على info.desk@example.com للمزيد."], Sentences("راسلونا على info.desk@example.com للمزيد."));

    [Fact]
    public void QuestionInsideQuotesFollowedByReportingVerbDoesNotEndTheSentence() =>
        Assert.Equal(["«إلى متى ننتظر؟» قال أحد السكان."], Sentences("«إلى متى ننتظر؟» قال أحد السكان."));

    [Fact]
    public void QuotedSentenceFollowedByNewClauseEnds() =>
        Assert.Equal(["قال الوزير: «انتهت المهمة.»", "وغادر القاعة."], Sentences("قال الوزير: «انتهت المهمة.» وغادر القاعة."));

    [Fact]
    public void ClosingQuoteAfterFullStopBelongsToTheSentence() =>
        Assert.Equal(["وأضاف: \"لن نتراجع.\"", "ثم انصرف."], Sentences("وأضاف: \"لن نتراجع.\"\nثم انصرف."));

    [Fact]
    public void SpansExcludeSurroundingWhitespace()
    {
        const string text = "  جملة أولى.   جملة ثانية.  ";
        var spans = SentenceSplitter.Split(text);
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }

    [Fact]
    public void SpansAreOrderedNonOverlappingNonEmptyAndInsideTheText()
    {
        var fragment = Gen.OneOf<string>("قال", "الوزير", " ", "\n", ".", "؟", "!", "؛", "…", "«", "»", "\"", "1", ".5", "ت.غ",
            "د.", " ", "a@b.c", "،", ")");
        fragment.Array[0, 60].Select(string.Concat).Sample(text =>
        {
            var spans = SentenceSplitter.Split(text);
            int previousEnd = 0;
            foreach (var span in spans)
            {
                Assert.True(span.Start >= previousEnd && span.End > span.Start && span.End <= text.Length);
                previousEnd = span.End;
            }
        });
    }
}

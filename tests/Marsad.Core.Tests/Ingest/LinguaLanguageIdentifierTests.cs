using Marsad.Language;

namespace Marsad.Tests.Ingest;

public class LinguaLanguageIdentifierTests
{
    private static readonly LinguaLanguageIdentifier Identifier = new();

    [Theory]
    [InlineData("أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية.", "ar")]
    [InlineData("وزارت کشاورزی امروز از برنامه‌ای تازه برای حمایت از کشاورزان خرد در استان‌های جنوبی خبر داد.", "fa")]
    [InlineData("وزارت زراعت نے آج جنوبی صوبوں میں چھوٹے کسانوں کی مدد کے لیے ایک نئے منصوبے کا اعلان کیا ہے۔", "ur")]
    [InlineData("The ministry of agriculture announced a new plan today to support small farmers in the southern provinces.", "en")]
    [InlineData("Le ministère de l'agriculture a annoncé aujourd'hui un nouveau plan pour soutenir les petits agriculteurs.", "fr")]
    [InlineData("Tarım bakanlığı bugün güney illerindeki küçük çiftçileri desteklemek için yeni bir plan açıkladı.", "tr")]
    [InlineData("משרד החקלאות הודיע היום על תוכנית חדשה לתמיכה בחקלאים קטנים במחוזות הדרום.", "he")]
    public void Each_supported_language_is_named_by_its_iso_code(string text, string expected) =>
        Assert.Equal(expected, Identifier.Identify(text));

    [Fact]
    public void Text_without_letters_is_undetermined() => Assert.Equal("und", Identifier.Identify("2024 — 15:30 ... 123"));
}

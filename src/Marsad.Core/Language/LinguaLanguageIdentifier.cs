using Lingua;

namespace Marsad.Language;

/// <summary>Statistical language identification (Lingua) over the languages an Arabic news stream actually mixes:
/// Arabic, Persian, Urdu, English, French, Turkish and Hebrew. Lingua has no Kurdish model, so Sorani text is
/// reported as its nearest Arabic-script neighbour. Returns ISO 639-1 codes, "und" when it cannot tell.</summary>
public sealed class LinguaLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Enough text to decide; the first characters of an article are as telling as all of it and far cheaper.</summary>
    public const int SampleChars = 600;

    public static readonly IReadOnlyList<Lingua.Language> Languages =
    [
        Lingua.Language.Arabic, Lingua.Language.Persian, Lingua.Language.Urdu, Lingua.Language.English,
        Lingua.Language.French, Lingua.Language.Turkish, Lingua.Language.Hebrew,
    ];

    private static readonly Lazy<LanguageDetector> SharedDetector = new(() =>
        LanguageDetectorBuilder.FromLanguages([.. Languages]).WithLowAccuracyMode().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Identify(string text)
    {
        if (ScriptProfile.Of(text).Letters == 0) return "und";
        var sample = text.Length <= SampleChars ? text : text[..SampleChars];
        if (ArabicOrthography.IsUnambiguouslyArabic(sample)) return "ar";
        var language = SharedDetector.Value.DetectLanguageOf(sample);
        return language switch
        {
            Lingua.Language.Arabic => "ar",
            Lingua.Language.Persian => "fa",
            Lingua.Language.Urdu => "ur",
            Lingua.Language.English => "en",
            Lingua.Language.French => "fr",
            Lingua.Language.Turkish => "tr",
            Lingua.Language.Hebrew => "he",
            _ => "und",
        };
    }
}

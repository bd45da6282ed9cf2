namespace Marsad.Language;

/// <summary>A script-only guess: Arabic-script text is "ar", Latin-script text "und-Latn". It cannot tell Arabic from
/// Persian or Urdu; the statistical identifier of the ingestion stage replaces it where that matters.</summary>
public sealed class ScriptLanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Share of letters that must be Arabic for the text to count as Arabic (headlines quote Latin names and handles).</summary>
    public const double ArabicThreshold = 0.5;

    public string Identify(string text)
    {
        var profile = ScriptProfile.Of(text);
        if (profile.Letters == 0) return "und";
        return profile.ArabicShare >= ArabicThreshold ? "ar" : profile.LatinLetters >= profile.OtherLetters ? "und-Latn" : "und";
    }
}

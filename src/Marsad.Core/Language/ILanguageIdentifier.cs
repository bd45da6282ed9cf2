namespace Marsad.Language;

/// <summary>Names the language of a text as an ISO 639-1 code, or "und" when it cannot tell.</summary>
public interface ILanguageIdentifier
{
    string Identify(string text);
}

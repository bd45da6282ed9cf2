namespace Marsad.Text.Morphology;

/// <summary>Light stemmer for search keys. STUB: owned by the morphology work.</summary>
public static class LightStemmer
{
}

namespace Marsad.Text;

/// <summary>Character-level display normalisation. STUB: owned by the text-core work.</summary>
public static class DisplayNormalizer
{
    /// <summary>NFC, presentation forms folded, invisible marks removed, horizontal whitespace runs collapsed to one space
    /// and trimmed at line ends; line breaks are kept (as \n) so that line-level cleaning can still see them.</summary>
    public static string Normalize(string text) => throw new NotImplementedException();
}

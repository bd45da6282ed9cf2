namespace Marsad.Text.Morphology;

/// <summary>Splits proclitics and enclitics off an Arabic word. STUB: owned by the morphology work.</summary>
public static class CliticSegmenter
{
}

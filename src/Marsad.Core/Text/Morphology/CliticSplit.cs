namespace Marsad.Text.Morphology;

/// <summary>
/// Where a word divides into proclitics, stem and enclitic, as lengths relative to the word that was segmented
/// (the surface word for <see cref="CliticSegmenter.Segment"/>, so a caller adds the word's own start offset to map
/// back into the document; diacritics stay with the letter they ride on).
/// </summary>
public readonly record struct CliticSplit(int ProcliticLength, int StemLength, int EncliticLength)
{
    public int StemStart => ProcliticLength;
    public int StemEnd => ProcliticLength + StemLength;
    public int Length => ProcliticLength + StemLength + EncliticLength;
    public bool HasClitics => ProcliticLength + EncliticLength > 0;

    public static CliticSplit Whole(int length) => new(0, length, 0);

    public ReadOnlySpan<char> Proclitic(ReadOnlySpan<char> word) => word[..ProcliticLength];
    public ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) => word.Slice(StemStart, StemLength);
    public ReadOnlySpan<char> Enclitic(ReadOnlySpan<char> word) => word.Slice(StemEnd, EncliticLength);
}

namespace Marsad.Entities.Recognition;

/// <summary>A named entity found in a text: the half-open character range [Start, End) of the text, its type and its surface.</summary>
public sealed record EntityMention(int Start, int End, EntityType Type, string Text)
{
    public int Length => End - Start;

    /// <summary>
    /// How sure the tagger is of this exact span and type, 0 to 1 (its marginal probability, see SpanMarginals): a
    /// precision-first consumer may skip low ones. 1 for mentions that come from a list rather than the tagger.
    /// </summary>
    public double Confidence { get; init; } = 1;
}

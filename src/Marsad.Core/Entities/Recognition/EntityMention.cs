namespace Marsad.Entities.Recognition;

/// <summary>A named entity found in a text: the half-open character range [Start, End) of the text, its type and its surface.</summary>
public sealed record EntityMention(int Start, int End, EntityType Type, string Text)
{
    public int Length => End - Start;
}

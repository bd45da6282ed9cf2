namespace Marsad.Entities.Recognition;

/// <summary>Finds named entities over the tokens of a text.</summary>
public interface IEntityRecognizer
{
    /// <summary>
    /// The entities among <paramref name="tokens"/> (ranges of <paramref name="text"/>, in text order); each mention
    /// covers whole tokens and its offsets point into <paramref name="text"/>.
    /// </summary>
    IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<(int Start, int Length)> tokens);
}

namespace Marsad.Pipeline;

/// <summary>The result of cleaning one document: display text and what was taken out of it.</summary>
/// <param name="Text">Clean display text: paragraphs separated by a blank line, hard wraps rejoined.</param>
/// <param name="Title">A headline found at the top of the text, if any (also removed from <paramref name="Text"/>).</param>
/// <param name="Removed">Furniture, embeds and repeated paragraphs, in document order.</param>
/// <param name="Metadata">Facts found in furniture lines, such as an update stamp ("updated": "16:45 ت.غ").</param>
public sealed record CleanedText(
    string Text,
    string? Title,
    IReadOnlyList<RemovedText> Removed,
    IReadOnlyDictionary<string, string> Metadata);

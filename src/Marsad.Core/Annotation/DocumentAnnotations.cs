using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;

namespace Marsad.Annotation;

/// <summary>The facts the annotation stage found in one document's clean text; every span points into that text.</summary>
/// <param name="EventDate">The day the reported events most likely happened (ISO), or null when the evidence is thin.</param>
public sealed record DocumentAnnotations(
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<NumberMention> Numbers,
    string? EventDate)
{
    public static DocumentAnnotations Empty { get; } = new([], [], null);
}

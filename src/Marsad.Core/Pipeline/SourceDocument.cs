namespace Marsad.Pipeline;

/// <summary>An article as it was read, before any cleaning: what ingestion hands to the pipeline.</summary>
/// <param name="Id">Stable identifier (for files: the file name without extension).</param>
/// <param name="Source">Where it came from: a path or a URL.</param>
/// <param name="Text">The decoded text, as read.</param>
public sealed record SourceDocument(string Id, string Source, string Text)
{
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    internal static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>();
}

namespace Marsad.Storage;

/// <summary>What storing one article did.</summary>
public enum StoreStatus
{
    /// <summary>New content at a new location.</summary>
    Stored,
    /// <summary>A location already known now shows different content: a new version of that page.</summary>
    NewVersion,
    /// <summary>The same content was already stored; this location was added to it.</summary>
    NewLocation,
    /// <summary>The same content at the same location: nothing changed.</summary>
    Unchanged,
}

public readonly record struct StoreOutcome(long DocumentId, StoreStatus Status, int Version);

/// <summary>One stored document: content-addressed by <see cref="ContentHash"/> (XxHash128 of the text's UTF-8).</summary>
public sealed record StoredDocument(
    long Id, string ContentHash, string Format, string Text, byte[]? Raw, string? Title, DateTimeOffset? Published,
    string Language, string MetadataJson, string? CleanText, DateTimeOffset IngestedAt);

/// <summary>The n-th content seen at one location.</summary>
public sealed record DocumentVersion(string Locator, int Version, long DocumentId, DateTimeOffset SeenAt);

public sealed record IngestLogEntry(long Id, string RunId, DateTimeOffset At, string Source, string Level, string Message);

/// <summary>A later stage's result for one document, as JSON, keyed by stage name and version.</summary>
public sealed record StageResult(long DocumentId, string Stage, int StageVersion, string PayloadJson);

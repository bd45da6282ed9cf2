namespace Marsad.Ingest;

/// <summary>Settings every reader of an ingest run shares.</summary>
public sealed record IngestOptions
{
    public FieldMap FieldMap { get; init; } = FieldMap.Default;
    public FetchOptions Fetch { get; init; } = new();
    /// <summary>A single-article file (text, HTML, JSON, feed) larger than this is refused; record files stream.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;
}

/// <summary>Where feed validators (ETag, Last-Modified) are remembered between runs; the store implements it.</summary>
public interface IValidatorCache
{
    Validators? GetValidators(string feedLocator);
    void SetValidators(string feedLocator, Validators validators);
}

using Marsad.Pipeline;

namespace Marsad.Ingest;

/// <summary>Either a document or the reason there is none.</summary>
public readonly record struct ReadResult(SourceDocument? Document, InputError? Error)
{
    public static ReadResult Ok(SourceDocument document) => new(document, null);
    public static ReadResult Fail(string source, string reason) => new(null, new InputError(source, reason));
}

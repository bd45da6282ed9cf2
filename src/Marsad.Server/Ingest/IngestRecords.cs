namespace Marsad.Server.Ingest;

/// <summary>The body of <c>POST /api/ingest</c>: an article ({title, text, url, published, source}), or only
/// {url} for the server to fetch and extract.</summary>
public sealed record IngestRequest(string? Title, string? Text, string? Url, string? Published, string? Source);

/// <summary>What ingesting did: the document's id and address, whether it was new, and whether it is searchable.</summary>
/// <param name="Status">stored, new-version, new-location or unchanged.</param>
public sealed record IngestResponse(long Id, string Status, bool Analysed, string Location);

namespace Marsad.Report;

/// <summary>The machine-readable report of <c>marsad analyze</c>; see docs/report-format.md.
/// Later stages add fields; <see cref="CurrentVersion"/> changes only when a field changes meaning or is removed.</summary>
public sealed record AnalysisReport(int Version, IReadOnlyList<DocumentReport> Documents, IReadOnlyList<ErrorReport> Errors)
{
    public const int CurrentVersion = 1;
}

public sealed record DocumentReport(
    string Id,
    string Source,
    string? Title,
    string? Published,
    string Language,
    string Text,
    IReadOnlyList<RemovedReport> Removed,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<SpanReport> Sentences,
    int Tokens);

public sealed record RemovedReport(string Kind, string Text, string Reason);

public sealed record SpanReport(int Start, int End);

public sealed record ErrorReport(string Source, string Error);

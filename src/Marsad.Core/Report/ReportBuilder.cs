using System.Globalization;
using Marsad.Ingest;
using Marsad.Pipeline;

namespace Marsad.Report;

/// <summary>Maps pipeline records to the report's records; the report is a contract, the pipeline records are not.</summary>
public static class ReportBuilder
{
    public static AnalysisReport Build(IEnumerable<AnalyzedDocument> documents, IEnumerable<InputError> errors) =>
        new(AnalysisReport.CurrentVersion,
            documents.Select(ToReport).ToList(),
            errors.Select(e => new ErrorReport(e.Source, e.Reason)).ToList());

    public static DocumentReport ToReport(AnalyzedDocument d) => new(
        d.Source.Id,
        d.Source.Source,
        d.Source.Title,
        d.Source.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        d.Language,
        d.Text,
        d.Clean.Removed.Select(r => new RemovedReport(KindName(r.Kind), r.Text, r.Reason)).ToList(),
        new SortedDictionary<string, string>(d.Source.Metadata.Concat(d.Clean.Metadata).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value), StringComparer.Ordinal),
        d.Sentences.Select(s => new SpanReport(s.Start, s.End)).ToList(),
        d.TokenCount);

    public static string KindName(RemovalKind kind) => kind switch
    {
        RemovalKind.Boilerplate => "boilerplate",
        RemovalKind.Embed => "embed",
        RemovalKind.RepeatedParagraph => "repeated-paragraph",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Report;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnalysisReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>Writes the report as JSON with Arabic left readable (not \u-escaped).</summary>
public static class ReportJson
{
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        // Arabic must stay readable in the file; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    });

    public static string Serialize(AnalysisReport report) => JsonSerializer.Serialize(report, Context.AnalysisReport);

    public static void Write(AnalysisReport report, Stream stream) => JsonSerializer.Serialize(stream, report, Context.AnalysisReport);

    public static AnalysisReport? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.AnalysisReport);
}

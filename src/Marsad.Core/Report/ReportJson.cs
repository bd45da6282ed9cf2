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

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(StoryReport))]
[JsonSerializable(typeof(TopicReport))]
[JsonSerializable(typeof(EntityReport))]
[JsonSerializable(typeof(EventReport))]
[JsonSerializable(typeof(QuoteReport))]
[JsonSerializable(typeof(TimeReport))]
[JsonSerializable(typeof(NumberReport))]
[JsonSerializable(typeof(FamilyReport))]
[JsonSerializable(typeof(SyndicationReport))]
[JsonSerializable(typeof(StoryLogReport))]
[JsonSerializable(typeof(Marsad.Export.AcledRow))]
internal sealed partial class ReportRecordJsonContext : JsonSerializerContext;

/// <summary>One report record as compact JSON, the form the store keeps collection results in.</summary>
public static class ReportRecordJson
{
    private static readonly ReportRecordJsonContext Context = new(new JsonSerializerOptions(ReportRecordJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    });

    public static string Serialize<T>(T record) where T : class =>
        JsonSerializer.Serialize(record, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!);

    /// <summary>The record in <paramref name="json"/>; throws <see cref="JsonException"/> naming the type when it is not one.</summary>
    public static T Deserialize<T>(string json) where T : class =>
        JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!)
        ?? throw new JsonException($"stored {typeof(T).Name} is null");
}

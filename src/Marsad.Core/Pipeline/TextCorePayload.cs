using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Pipeline;

/// <summary>
/// The text core's stored result for one document (the <see cref="StoreProcessor.TextCoreStage"/> stage result): what
/// it found besides the clean text, which the store keeps on the document itself. Written in one place
/// (<see cref="StoreProcessor"/>), read by every stage and page that needs the title, sentences or removed pieces.
/// <para>As JSON: <c>{"language", "title", "tokens", "sentences": [[start, end], …], "removed": [{"kind", "reason",
/// "text"}, …], "metadata": {name: value}, "clean_title"}</c>, or <c>{"skipped": reason}</c> when the text core left the
/// document out. The first stores held an older form of the same stage version (<c>"sentences"</c> and
/// <c>"removed"</c> as counts), which only <see cref="ParseLenient"/> reads.</para>
/// </summary>
/// <param name="SkipReason">Why the text core left the document out (no Arabic text, nothing left after cleaning); null
/// when it analysed it. Empty when a skipped payload gives no readable reason.</param>
/// <param name="Title">The headline the document came with (<see cref="SourceDocument.Title"/>), if any.</param>
/// <param name="CleanTitle">The headline the cleaner found at the top of the text (<see cref="CleanedText.Title"/>), if any.</param>
/// <param name="Sentences">Sentence spans of the clean text.</param>
/// <param name="Removed">What the cleaner took out, in document order; null when the payload has no list of it (skipped,
/// or the older form that kept only a count), so that a reader can tell "nothing removed" from "not recorded".</param>
/// <param name="Metadata">Facts the cleaner found in furniture lines (<see cref="CleanedText.Metadata"/>).</param>
public sealed record TextCorePayload(
    string? SkipReason,
    string Language,
    string? Title,
    string? CleanTitle,
    int TokenCount,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<RemovedText>? Removed,
    IReadOnlyDictionary<string, string> Metadata)
{
    // Arabic stays readable in the store; the encoder is part of the stored format, so it must not change.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What the text core found in an analysed document.</summary>
    public static TextCorePayload From(AnalyzedDocument analyzed) => new(
        null, analyzed.Language, analyzed.Source.Title, analyzed.Clean.Title, analyzed.TokenCount,
        analyzed.Sentences, analyzed.Clean.Removed, analyzed.Clean.Metadata);

    /// <summary>The result of a document the text core left out.</summary>
    public static TextCorePayload Skipped(string reason) => new(reason, "", null, null, 0, [], null, NoMetadata);

    /// <summary>The JSON the store holds: property names, order and escaping are the stored format.</summary>
    public string ToJson() => SkipReason is not null
        ? JsonSerializer.Serialize(new { skipped = SkipReason }, Json)
        : JsonSerializer.Serialize(new
        {
            language = Language,
            title = Title,
            tokens = TokenCount,
            sentences = Sentences.Select(s => new[] { s.Start, s.End }),
            removed = (Removed ?? []).Select(r => new { kind = r.Kind.ToString(), reason = r.Reason, text = r.Text }),
            metadata = Metadata,
            clean_title = CleanTitle,
        }, Json);

    /// <summary>A stored payload of the current form; throws <see cref="InvalidDataException"/> naming what is
    /// malformed. The titles and metadata are optional (a wrong type reads as absent), as they always were.</summary>
    public static TextCorePayload Parse(string json)
    {
        JsonElement root;
        try
        {
            root = ObjectOf(json) ?? throw Malformed("not a JSON object");
        }
        catch (JsonException e)
        {
            throw Malformed($"not JSON ({e.Message})", e);
        }
        if (root.TryGetProperty("skipped", out var skipped)) return Skipped(ReasonOf(skipped));
        return new TextCorePayload(
            null,
            StringOf(Required(root, "language")) ?? throw Malformed("\"language\" is not a string"),
            Optional(root, "title", StringOf),
            Optional(root, "clean_title", StringOf),
            IntOf(Required(root, "tokens")) ?? throw Malformed("\"tokens\" is not an integer"),
            SpansOf(Required(root, "sentences")) ?? throw Malformed("\"sentences\" is not a list of [start, end] pairs"),
            RemovedOf(Required(root, "removed")) ?? throw Malformed("\"removed\" is not a list of {kind, reason, text} with a known kind"),
            MetadataOf(root) ?? throw Malformed("\"metadata\" repeats a name"));
    }

    /// <summary>Whatever a stored payload holds, for readers that make do without parts of it (older forms, hand
    /// edits): null when it is not a JSON object; a field that is absent or not of the current form reads as absent
    /// (null, empty or 0; <see cref="Removed"/> null).</summary>
    public static TextCorePayload? ParseLenient(string json)
    {
        JsonElement? parsed;
        try
        {
            parsed = ObjectOf(json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (parsed is not { } root) return null;
        return new TextCorePayload(
            root.TryGetProperty("skipped", out var skipped) ? ReasonOf(skipped) : null,
            Optional(root, "language", StringOf) ?? "",
            Optional(root, "title", StringOf),
            Optional(root, "clean_title", StringOf),
            root.TryGetProperty("tokens", out var tokens) ? IntOf(tokens) ?? 0 : 0,
            Optional(root, "sentences", SpansOf) ?? [],
            Optional(root, "removed", RemovedOf),
            MetadataOf(root) ?? NoMetadata);
    }

    private static JsonElement? ObjectOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
    }

    private static InvalidDataException Malformed(string what, Exception? inner = null) =>
        new($"malformed {StoreProcessor.TextCoreStage} payload: {what}", inner);

    private static JsonElement Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : throw Malformed($"\"{name}\" is missing");

    private static T? Optional<T>(JsonElement root, string name, Func<JsonElement, T?> read) where T : class =>
        root.TryGetProperty(name, out var value) ? read(value) : null;

    /// <summary>The reason of a skipped payload; a skipped payload is one whatever its reason holds.</summary>
    private static string ReasonOf(JsonElement skipped) => StringOf(skipped) ?? "";

    private static string? StringOf(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? IntOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    /// <summary>[[start, end], …]; a pair is read from its first two numbers, as the store always read it.</summary>
    private static List<TextSpan>? SpansOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) return null;
        var spans = new List<TextSpan>(value.GetArrayLength());
        foreach (var pair in value.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() < 2 || IntOf(pair[0]) is not { } start || IntOf(pair[1]) is not { } end)
                return null;
            spans.Add(new TextSpan(start, end));
        }
        return spans;
    }

    private static List<RemovedText>? RemovedOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) return null;
        var removed = new List<RemovedText>(value.GetArrayLength());
        foreach (var piece in value.EnumerateArray())
        {
            if (piece.ValueKind != JsonValueKind.Object
                || Optional(piece, "kind", StringOf) is not { } name || !Enum.TryParse<RemovalKind>(name, out var kind)
                || Optional(piece, "text", StringOf) is not { } text || Optional(piece, "reason", StringOf) is not { } reason)
                return null;
            removed.Add(new RemovedText(kind, text, reason));
        }
        return removed;
    }

    /// <summary>The string-valued names of "metadata" (others are left out; no object reads as none); null when a
    /// name repeats.</summary>
    private static Dictionary<string, string>? MetadataOf(JsonElement root)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("metadata", out var value) || value.ValueKind != JsonValueKind.Object) return metadata;
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && !metadata.TryAdd(property.Name, property.Value.GetString()!))
                return null;
        }
        return metadata;
    }
}

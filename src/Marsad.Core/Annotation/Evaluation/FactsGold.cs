using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Annotation.Evaluation;

/// <summary>
/// An analyst's annotation of one document (eval/facts/gold.jsonl, one JSON object a line): the conflict events it
/// reports, who said each quote, and the figures it gives. Labels only, never the document's text. A label may list
/// alternatives an analyst would accept, separated by '|' (an actor "iraq-forces|pmf", a date "2015-07-20|2015-07-21").
/// </summary>
/// <param name="Document">The document's id (corpus id, or a sample's file name without extension).</param>
/// <param name="Summary">Gold for summary checks (lead sentence, openers), read by a <see cref="IFactsCheck"/> that
/// needs it; the event, quote and number scores ignore it.</param>
public sealed record FactsGold(
    [property: JsonPropertyName("doc")] string Document,
    [property: JsonPropertyName("events")] IReadOnlyList<GoldEvent> Events,
    [property: JsonPropertyName("quotes")] IReadOnlyList<GoldQuote> Quotes,
    [property: JsonPropertyName("numbers")] IReadOnlyList<GoldNumber> Numbers,
    [property: JsonPropertyName("summary")] JsonElement? Summary = null)
{
    private static readonly JsonSerializerOptions Options = new() { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the gold file: one document a line; blank lines and lines starting with '#' are skipped.</summary>
    /// <exception cref="FormatException">A line is not a gold document.</exception>
    public static IReadOnlyList<FactsGold> Load(string path)
    {
        var gold = new List<FactsGold>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            try
            {
                var item = JsonSerializer.Deserialize<FactsGold>(line, Options) ?? throw new FormatException("empty");
                gold.Add(item with { Events = item.Events ?? [], Quotes = item.Quotes ?? [], Numbers = item.Numbers ?? [] });
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{number}: {e.Message}", e);
            }
        }
        return gold;
    }
}

/// <summary>
/// A conflict event as ACLED would code it: event type and sub-event type, the actors (a catalog id from
/// data/actors/actors.json, else the name the text uses; "unidentified" and "civilians" as ACLED says them), the
/// event's own date (else the document's; null when neither is known), the place and the deaths.
/// </summary>
public sealed record GoldEvent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("sub")] string? SubType,
    [property: JsonPropertyName("actors")] IReadOnlyList<string> Actors,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("fatalities")] int? Fatalities = null);

/// <summary>
/// A quote, found by the speech verb (or «وفق»/«بحسب») that introduces it as written and its occurrence in the
/// document (<c>n</c>-th token spelled so, from 1); the speaker as an actor id, a name, or "none" when the text names
/// nobody (an unnamed source, witnesses).
/// </summary>
public sealed record GoldQuote(
    [property: JsonPropertyName("verb")] string Verb,
    [property: JsonPropertyName("n")] int Occurrence,
    [property: JsonPropertyName("speaker")] string Speaker);

/// <summary>A figure the document gives: the quantity, its unit (the counted noun, singular) and what it counts.</summary>
public sealed record GoldNumber(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("counts")] string? Counts);

/// <summary>
/// A further check of <c>marsad eval facts</c> over the same gold and analysis (the summary checks plug in here):
/// it writes its own lines of the report.
/// </summary>
public interface IFactsCheck
{
    string Name { get; }

    void Write(IReadOnlyList<FactsGold> gold, Marsad.Pipeline.CollectionAnalysis analysis, TextWriter output);
}

using System.Text;
using System.Text.Json;

namespace Marsad.Ingest;

/// <summary>Articles as records: a JSON array (or one object, or an object with an array of objects), JSON Lines
/// (one article a line) and CSV with a header row. Each record that lacks text is one error naming its position.</summary>
public static class RecordReader
{
    public static IEnumerable<IngestItem> ReadJson(string text, string path, FieldMap map)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return [IngestItem.Fail(path, $"not valid JSON ({e.Message})")];
        }
        using (json)
        {
            var root = json.RootElement;
            var records = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object when FirstArrayOfObjects(root) is { } list => list,
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (records is null) return [IngestItem.Fail(path, "JSON holds neither an article object nor an array of them")];
            return records.Select((r, i) => FromJson(r, $"{path}#{i + 1}", map, "json")).ToList();
        }
    }

    private static List<JsonElement>? FirstArrayOfObjects(JsonElement root)
    {
        if (FindText(root, FieldMap.Default.For("text")) is not null) return null;
        foreach (var property in root.EnumerateObject())
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
                return property.Value.EnumerateArray().ToList();
        return null;
    }

    /// <summary>Reads JSON Lines a line at a time, so a file of any length streams; blank lines are skipped.</summary>
    public static IEnumerable<IngestItem> ReadJsonLines(TextReader reader, string path, FieldMap map)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var locator = $"{path}#{lineNumber}";
            yield return ParseLine(line, lineNumber, locator, map);
        }
    }

    private static IngestItem ParseLine(string line, int lineNumber, string locator, FieldMap map)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return FromJson(json.RootElement, locator, map, "jsonl");
        }
        catch (JsonException e)
        {
            return IngestItem.Fail(locator, $"line {lineNumber} is not valid JSON ({e.Message})");
        }
    }

    private static IngestItem FromJson(JsonElement record, string locator, FieldMap map, string format)
    {
        if (record.ValueKind != JsonValueKind.Object) return IngestItem.Fail(locator, "record is not a JSON object");
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in record.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                JsonValueKind.Array => string.Join(", ", property.Value.EnumerateArray().Select(Scalar).Where(s => s is not null)),
                JsonValueKind.Object => property.Value.TryGetProperty("name", out var n) ? Scalar(n) : null,
                _ => null,
            };
            if (value is not null) fields.TryAdd(property.Name, value);
        }
        return FromFields(fields, locator, map, format);
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.Object when e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
        _ => null,
    };

    private static string? FindText(JsonElement record, IReadOnlyList<string> names)
    {
        foreach (var name in names)
            if (record.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString();
        return null;
    }

    /// <summary>CSV per RFC 4180 (quoted fields may hold commas, quotes and line breaks); the first row names the fields.</summary>
    public static IEnumerable<IngestItem> ReadCsv(TextReader reader, string path, FieldMap map)
    {
        using var rows = CsvRows(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield return IngestItem.Fail(path, "CSV file is empty");
            yield break;
        }
        var header = rows.Current.Fields;
        int index = 0;
        while (rows.MoveNext())
        {
            index++;
            var (fields, line) = rows.Current;
            var locator = $"{path}#{index}";
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            if (fields.Count != header.Count)
            {
                yield return IngestItem.Fail(locator, $"row {index} (line {line}) has {fields.Count} fields, the header has {header.Count}");
                continue;
            }
            var map2 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < header.Count; i++) map2.TryAdd(header[i], fields[i]);
            yield return FromFields(map2, locator, map, "csv");
        }
    }

    private static IEnumerable<(List<string> Fields, int Line)> CsvRows(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int line = 1, rowLine = 1;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (fields, rowLine);
                    fields = []; line++; rowLine = line; any = false;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return (fields, rowLine);
        }
    }

    private static IngestItem FromFields(Dictionary<string, string> fields, string locator, FieldMap map, string format)
    {
        string? Get(string fact) => map.For(fact).Select(n => fields.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var text = Get("text");
        if (text is null)
        {
            // A text field that is there but blank is a different fault from a missing one: say which.
            var present = map.For("text").FirstOrDefault(fields.ContainsKey);
            return IngestItem.Fail(locator, present is not null
                ? $"record's text field '{present}' is empty"
                : $"record has no text field (looked for {string.Join(", ", map.For("text"))}; use --map text=FIELD)");
        }
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var published = Get("published");
        DateTimeOffset? date = null;
        if (published is not null)
        {
            if (LenientDates.TryParse(published, out var d)) date = d;
            else extra["published_raw"] = published;
        }
        return IngestItem.Ok(new IngestedArticle(locator, format, text)
        {
            Title = Get("title"),
            Author = Get("author"),
            SiteName = Get("source"),
            Url = Get("url"),
            Published = date,
            Extra = extra,
        });
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Marsad.Export;

public static partial class AcledExport
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>CSV with ACLED's header; fields holding a comma, quote or line break are quoted, quotes doubled (RFC 4180).</summary>
    public static void WriteCsv(IReadOnlyList<AcledRow> rows, TextWriter writer)
    {
        writer.Write(string.Join(',', Columns));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', Values(row).Select(v => CsvField(Format(v)))));
            writer.Write("\r\n");
        }
    }

    /// <summary>A JSON array of objects keyed by ACLED's column names.</summary>
    public static void WriteJson(IReadOnlyList<AcledRow> rows, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartArray();
        foreach (var row in rows) WriteProperties(json, row, except: null);
        json.WriteEndArray();
    }

    /// <summary>A GeoJSON FeatureCollection: one Point feature per located row, its columns as properties.</summary>
    public static void WriteGeoJson(IReadOnlyList<AcledRow> rows, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var row in rows)
        {
            if (row.Latitude is not { } lat || row.Longitude is not { } lon) continue;
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", row.EventIdCnty);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(Math.Round(lon, 5));
            json.WriteNumberValue(Math.Round(lat, 5));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WritePropertyName("properties");
            WriteProperties(json, row, except: null);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, AcledRow row, string? except)
    {
        json.WriteStartObject();
        var values = Values(row);
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == except) continue;
            switch (values[i])
            {
                case null: json.WriteNull(Columns[i]); break;
                case string s: json.WriteString(Columns[i], s); break;
                case int n: json.WriteNumber(Columns[i], n); break;
                case long n: json.WriteNumber(Columns[i], n); break;
                case double d: json.WriteNumber(Columns[i], Math.Round(d, 5)); break;
            }
        }
        json.WriteEndObject();
    }

    private static object?[] Values(AcledRow r) =>
    [
        r.EventIdCnty, r.EventDate, r.Year, r.TimePrecision, r.DisorderType, r.EventType, r.SubEventType,
        r.Actor1, r.AssocActor1, r.Inter1, r.Actor2, r.AssocActor2, r.Inter2, r.Interaction, r.CivilianTargeting,
        r.Iso, r.Region, r.Country, r.Admin1, r.Admin2, r.Admin3, r.Location, r.Latitude, r.Longitude, r.GeoPrecision,
        r.Source, r.SourceScale, r.Notes, r.Fatalities, r.Tags, r.Timestamp,
    ];

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => Math.Round(d, 5).ToString("0.#####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A CSV field, quoted when it holds a comma, a quote or a line break.</summary>
    public static string CsvField(string value)
    {
        if (value.IndexOfAny([',', '"', '\r', '\n']) < 0) return value;
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value) quoted.Append(c == '"' ? "\"\"" : c.ToString());
        return quoted.Append('"').ToString();
    }
}

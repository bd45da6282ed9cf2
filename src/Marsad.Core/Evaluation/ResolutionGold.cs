using System.Globalization;
using System.Text;

namespace Marsad.Evaluation;

/// <summary>One judged pair of names: <paramref name="Same"/> when <paramref name="Alias"/> names the same real-world
/// entity as <paramref name="Name"/>. <paramref name="Added"/> marks a pair added by hand (a variant the judge knew),
/// as opposed to one sampled from a system's aliases.</summary>
public sealed record GoldAliasPair(string Type, string Name, string Alias, bool Same, bool Added, string Note);

/// <summary>The true type of a name as the corpus uses it: PER, ORG, LOC, MISC, or NONE (not a named entity).</summary>
public sealed record GoldType(string Name, string Type, string Note);

/// <summary>A place mention: the half-open span [Start, End) of a document's clean text, its true coordinates (null for
/// a mention that is not a place) with their precision (point, area, division, country, region), and for a country
/// its ISO 3166 code.</summary>
public sealed record GoldPlace(string DocumentId, int Start, int End, string Mention, double? Lat, double? Lon,
    string Precision, string? Country, string Note)
{
    public bool IsPlace => Lat is not null;
}

/// <summary>
/// The resolution gold of <c>eval/resolution/</c>: <c>aliases.tsv</c>, <c>types.tsv</c> and <c>places.tsv</c>, each a
/// UTF-8 TSV whose header row names the columns (any order; extra columns are ignored). A malformed file throws
/// <see cref="InvalidDataException"/> naming the file, the line and what was wrong.
/// </summary>
public sealed record ResolutionGold(
    IReadOnlyList<GoldAliasPair> Aliases, IReadOnlyList<GoldType> Types, IReadOnlyList<GoldPlace> Places)
{
    public const string AliasFile = "aliases.tsv";
    public const string TypeFile = "types.tsv";
    public const string PlaceFile = "places.tsv";

    public static readonly IReadOnlySet<string> EntityTypes = Set("PER", "ORG", "LOC", "MISC");
    public static readonly IReadOnlySet<string> TypesWithNone = Set("PER", "ORG", "LOC", "MISC", "NONE");
    public static readonly IReadOnlySet<string> Precisions = Set("point", "area", "division", "country", "region");
    private static readonly IReadOnlySet<string> Judgements = Set("same", "different");
    private static readonly IReadOnlySet<string> Sources = Set("sampled", "added");

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);

    /// <summary>Reads the three files of a gold directory; every one must exist.</summary>
    public static ResolutionGold Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new InvalidDataException($"{directory}: no such gold directory");
        string Open(string name)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
                throw new InvalidDataException($"{path}: missing (a gold directory holds {AliasFile}, {TypeFile} and {PlaceFile})");
            return path;
        }
        var (aliases, types, places) = (Open(AliasFile), Open(TypeFile), Open(PlaceFile));
        return new ResolutionGold(
            Read(aliases, File.ReadAllText(aliases, Encoding.UTF8), ParseAlias),
            Read(types, File.ReadAllText(types, Encoding.UTF8), ParseType),
            Read(places, File.ReadAllText(places, Encoding.UTF8), ParsePlace));
    }

    public static IReadOnlyList<GoldAliasPair> ReadAliases(string path, string text) => Read(path, text, ParseAlias);
    public static IReadOnlyList<GoldType> ReadTypes(string path, string text) => Read(path, text, ParseType);
    public static IReadOnlyList<GoldPlace> ReadPlaces(string path, string text) => Read(path, text, ParsePlace);

    /// <summary>The rows of one TSV: a header, then one record a line; blank lines and lines starting with # are skipped.</summary>
    private static List<T> Read<T>(string path, string text, Func<Row, T> parse)
    {
        var rows = new List<T>();
        Dictionary<string, int>? header = null;
        int number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < cells.Length; i++) header.TryAdd(cells[i].Trim(), i);
                continue;
            }
            rows.Add(parse(new Row(path, number, cells, header)));
        }
        if (header is null) throw new InvalidDataException($"{path}: empty (expected a header row)");
        return rows;
    }

    private static GoldAliasPair ParseAlias(Row r)
    {
        var type = r.OneOf("type", EntityTypes);
        var (name, alias) = (r.Required("name"), r.Required("alias"));
        bool same = r.OneOf("judgement", Judgements) == "same", added = r.OneOf("source", Sources) == "added";
        return new GoldAliasPair(type, name, alias, same, added, r.Optional("note") ?? "");
    }

    private static GoldType ParseType(Row r) =>
        new(r.Required("name"), r.OneOf("gold_type", TypesWithNone), r.Optional("note") ?? "");

    private static GoldPlace ParsePlace(Row r)
    {
        var document = r.Required("document_id");
        int start = r.Integer("start"), end = r.Integer("end");
        if (start < 0 || end <= start) r.Fail($"span [{start}, {end}) is empty or negative");
        var mention = r.Required("mention");
        var lat = r.Required("lat");
        if (lat == "NOTPLACE")
            return new GoldPlace(document, start, end, mention, null, null, "", null, r.Optional("note") ?? "");
        double la = r.Number("lat"), lo = r.Number("lon");
        if (la is < -90 or > 90 || lo is < -180 or > 180) r.Fail($"coordinates {la}, {lo} are out of range");
        var precision = r.OneOf("precision", Precisions);
        var country = r.Optional("country");
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
            r.Fail($"country '{country}' is not an ISO 3166 alpha-2 code");
        return new GoldPlace(document, start, end, mention, la, lo, precision, country, r.Optional("note") ?? "");
    }

    /// <summary>One data line of a gold file, with its position for error messages.</summary>
    private sealed class Row(string path, int line, string[] cells, Dictionary<string, int> header)
    {
        public string? Optional(string column)
        {
            if (!header.TryGetValue(column, out int i) || i >= cells.Length) return null;
            var value = cells[i].Trim();
            return value.Length == 0 ? null : value;
        }

        public string Required(string column)
        {
            if (!header.ContainsKey(column)) Fail($"the header has no '{column}' column");
            return Optional(column) ?? Fail($"'{column}' is empty");
        }

        public string OneOf(string column, IReadOnlySet<string> allowed)
        {
            var value = Required(column);
            return allowed.Contains(value) ? value
                : Fail($"'{column}' is '{value}', expected one of {string.Join(", ", allowed)}");
        }

        public int Integer(string column) =>
            int.TryParse(Required(column), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                ? n : Fail<int>($"'{column}' is not a whole number");

        public double Number(string column) =>
            double.TryParse(Required(column), NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
                ? d : Fail<double>($"'{column}' is not a decimal number");

        public string Fail(string what) => Fail<string>(what);

        public T Fail<T>(string what) => throw new InvalidDataException($"{path}:{line}: {what}");
    }
}

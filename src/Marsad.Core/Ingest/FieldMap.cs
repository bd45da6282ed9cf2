namespace Marsad.Ingest;

/// <summary>Which record field holds which article fact. Each fact has default names (text: text, body, content,
/// article…); <c>--map text=body,published=date</c> puts a given field first.</summary>
public sealed record FieldMap(IReadOnlyDictionary<string, IReadOnlyList<string>> Names)
{
    public static readonly IReadOnlyList<string> Facts = ["title", "text", "url", "published", "source", "author"];

    private static readonly Dictionary<string, string[]> Defaults = new(StringComparer.Ordinal)
    {
        ["title"] = ["title", "headline", "name"],
        ["text"] = ["text", "body", "content", "article", "full_text", "fulltext"],
        ["url"] = ["url", "link", "href", "canonical_url"],
        ["published"] = ["published", "date", "published_at", "publishedAt", "pubDate", "datePublished", "time", "timestamp"],
        ["source"] = ["source", "site", "site_name", "publisher", "outlet"],
        ["author"] = ["author", "byline", "authors", "writer"],
    };

    /// <summary>Aliases that the parser accepts for a fact on the left of '='.</summary>
    private static readonly Dictionary<string, string> FactAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title", ["headline"] = "title",
        ["text"] = "text", ["body"] = "text", ["content"] = "text",
        ["url"] = "url", ["link"] = "url",
        ["published"] = "published", ["date"] = "published",
        ["source"] = "source", ["site"] = "source",
        ["author"] = "author", ["byline"] = "author",
    };

    public static readonly FieldMap Default = new(Defaults.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal));

    /// <summary>Parses "text=body,published=date"; returns the reason when a pair cannot be understood.</summary>
    public static (FieldMap? Map, string? Error) Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return (Default, null);
        var names = Defaults.ToDictionary(kv => kv.Key, kv => kv.Value.ToList(), StringComparer.Ordinal);
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1) return (null, $"'{pair}' is not FACT=FIELD");
            var factName = pair[..eq].Trim();
            if (!FactAliases.TryGetValue(factName, out var fact))
                return (null, $"'{factName}' is not one of {string.Join(", ", Facts)}");
            names[fact].Insert(0, pair[(eq + 1)..].Trim());
        }
        return (new FieldMap(names.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal)), null);
    }

    public IReadOnlyList<string> For(string fact) => Names[fact];
}

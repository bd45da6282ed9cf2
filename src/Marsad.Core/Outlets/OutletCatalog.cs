using System.Text;
using Marsad.Dedup;

namespace Marsad.Outlets;

/// <summary>A news outlet: its Arabic name, country (ISO alpha-2, or "intl"), languages and home page.</summary>
public sealed record Outlet(string Id, string Name, string Country, string Languages, string HomePage);

/// <summary>
/// Names the outlet that published a document from what ingestion found: the site name of the page's metadata or
/// JSON-LD publisher, a record's source field, or the feed's title (all stored as the "site" or "source"
/// metadata), else the URL's host, else an agency credit in the text's dateline or closing brackets
/// («دمشق (رويترز) -»، «… (أ ف ب)»). Known outlets come from data/outlets/outlets.tsv (embedded), which a user
/// file of the same format extends or overrides (<see cref="UserFileVariable"/>). An outlet not in the catalogue
/// keeps the name it was found under.
/// </summary>
public sealed class OutletCatalog
{
    /// <summary>The environment variable naming a user outlets file.</summary>
    public const string UserFileVariable = "MARSAD_OUTLETS";

    private readonly Dictionary<string, Outlet> byKey;

    public IReadOnlyList<Outlet> All { get; }

    private OutletCatalog(IReadOnlyList<(Outlet Outlet, string[] Keys)> entries)
    {
        byKey = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var (outlet, keys) in entries)
        {
            byKey[outlet.Id] = outlet;
            byKey[outlet.Name] = outlet;
            foreach (var key in keys) byKey[Key(key)] = outlet;
        }
        All = entries.Select(e => e.Outlet).DistinctBy(o => o.Id).ToList();
    }

    private static readonly Lazy<OutletCatalog> LazyDefault = new(() =>
    {
        var embedded = ReadEmbedded();
        var user = Environment.GetEnvironmentVariable(UserFileVariable);
        if (string.IsNullOrEmpty(user) || !File.Exists(user)) return new OutletCatalog(embedded);
        using var reader = new StreamReader(user, Encoding.UTF8);
        return new OutletCatalog([.. embedded, .. Parse(reader)]);
    });

    /// <summary>The embedded catalogue, extended by the file <see cref="UserFileVariable"/> names.</summary>
    public static OutletCatalog Default => LazyDefault.Value;

    /// <summary>A catalogue of exactly the lines given (tests, and tools that want no user file).</summary>
    public static OutletCatalog From(TextReader reader) => new(Parse(reader));

    /// <summary>The outlet listed under <paramref name="key"/> (a site name, source field, host or name), if any.</summary>
    public Outlet? Find(string? key) => string.IsNullOrWhiteSpace(key) ? null : byKey.GetValueOrDefault(Key(key));

    /// <summary>The name to show for a document's publisher: the catalogue's name for what was found, what was found
    /// when the catalogue does not know it, else the agency the text credits; "" when nothing says.</summary>
    public string NameOf(string? site, string? url, string? text = null)
    {
        // A known name wins over an unknown one: a feed's title ("أخبار العالم") says less than a known host.
        string? host = null;
        Outlet? byAddress = null;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var firstSegment = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            byAddress = (firstSegment is null ? null : Find(host + "/" + firstSegment)) ?? Find(host);
        }
        if (Find(site) is { } known) return known.Name;
        if (byAddress is not null) return byAddress.Name;
        if (!string.IsNullOrWhiteSpace(site)) return site.Trim();
        if (host is not null) return host;
        return text is not null && CreditedAgency(text) is { } agency ? Find(agency.Id)?.Name ?? agency.Aliases[0] : "";
    }

    /// <summary>
    /// The agency a text credits as its author: in the dateline (the text's first words up to a dash or colon, as in
    /// «دمشق - رويترز -» or «بيروت (أ ف ب) -») or in brackets at its very end («(رويترز)»). A mention elsewhere is a
    /// citation, not a credit.
    /// </summary>
    public static WireAgency? CreditedAgency(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        int cut = trimmed.IndexOfAny(['-', '–', ':']);
        var dateline = cut is > 0 and <= 60 ? trimmed[..cut] : null;
        // The dateline's own dash may come after the credit: «بيروت - (أ ف ب) - …».
        if (cut is > 0 and <= 60)
        {
            int second = trimmed.IndexOfAny(['-', '–', ':'], cut + 1);
            if (second > cut && second <= 80) dateline = trimmed[..second];
        }
        int open = trimmed.LastIndexOf('(');
        var closing = trimmed.EndsWith(')') && open >= 0 && trimmed.Length - open <= 40 ? trimmed[open..] : null;
        foreach (var part in new[] { dateline, closing })
            if (part is not null && WireAgencies.Default.FindIn(part) is { Count: > 0 } found)
                return WireAgencies.Default.All.First(a => a.Id == found[0]);
        return null;
    }

    private static string Key(string key) => string.Join(' ', key.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<(Outlet, string[])> Parse(TextReader reader)
    {
        var entries = new List<(Outlet, string[])>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < 6) throw new FormatException($"an outlet line needs 6 tab-separated fields: {line}");
            entries.Add((new Outlet(fields[0], fields[1], fields[2], fields[3], fields[4]),
                fields[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        return entries;
    }

    private static List<(Outlet, string[])> ReadEmbedded()
    {
        using var stream = typeof(OutletCatalog).Assembly.GetManifestResourceStream("Marsad.Outlets.outlets.tsv")
            ?? throw new InvalidOperationException("the outlet catalogue (data/outlets/outlets.tsv) is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }
}

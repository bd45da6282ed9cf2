using System.Text.Json;
using Marsad.Entities.Recognition;

namespace Marsad.Entities.Resolution;

/// <summary>
/// The actors file (data/actors/actors.json, embedded in Marsad.Core) and, optionally, a user file read at run
/// time that adds actors or extends them: an actor of the user file with an id already known adds its aliases
/// (and replaces the other fields it gives); a new id adds an actor. See data/actors/README.md for the format.
/// </summary>
public sealed partial class ActorCatalog
{
    private const string ResourceName = "Marsad.Entities.Resolution.actors.json";
    private static readonly Lazy<ActorCatalog> LazyDefault = new(() => Load(OpenEmbedded()));

    private readonly Dictionary<string, Actor> byId;

    public ActorCatalog(string version, IEnumerable<Actor> actors)
    {
        Version = version;
        byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in actors) byId[actor.Id] = actor;
        Actors = [.. byId.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
        aliasIndex = BuildAliasIndex(Actors);
        aliasLookup = aliasIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded actors file.</summary>
    public static ActorCatalog Default => LazyDefault.Value;

    /// <summary>The version of the file (for a merged catalog: the default's version, '+', the user file's).</summary>
    public string Version { get; }

    /// <summary>Every actor, sorted by id.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    public Actor? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The embedded actors extended by the user file at <paramref name="userFilePath"/> (when given and present).</summary>
    public static ActorCatalog WithUserFile(string? userFilePath)
    {
        if (string.IsNullOrEmpty(userFilePath) || !File.Exists(userFilePath)) return Default;
        using var stream = File.OpenRead(userFilePath);
        return Default.Extend(Load(stream));
    }

    /// <summary>This catalog with the actors of <paramref name="user"/> added, or merged into those of the same id.</summary>
    public ActorCatalog Extend(ActorCatalog user)
    {
        var merged = new Dictionary<string, Actor>(byId, StringComparer.Ordinal);
        foreach (var actor in user.Actors)
        {
            if (merged.TryGetValue(actor.Id, out var known))
            {
                var aliases = known.Aliases.Concat(actor.Aliases).Distinct(StringComparer.Ordinal).ToArray();
                merged[actor.Id] = actor with
                {
                    Aliases = aliases,
                    Countries = actor.Countries.Count > 0 ? actor.Countries : known.Countries,
                    MemberOf = [.. (known.MemberOf ?? []).Union(actor.MemberOf ?? [], StringComparer.Ordinal)],
                    Allies = [.. (known.Allies ?? []).Union(actor.Allies ?? [], StringComparer.Ordinal)],
                };
            }
            else merged[actor.Id] = actor;
        }
        return new ActorCatalog(Version + "+" + user.Version, merged.Values);
    }

    /// <summary>Reads the JSON format: <c>{"version": "...", "actors": [{"id", "name", "en", "type", "kind", "countries", "aliases",
    /// "member_of", "allies"}]}</c>.</summary>
    /// <exception cref="FormatException">A field is missing or has an unknown value.</exception>
    public static ActorCatalog Load(Stream stream)
    {
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        string version = root.TryGetProperty("version", out var v) ? v.GetString() ?? "" : throw new FormatException("actors file needs a version");
        var actors = new List<Actor>();
        foreach (var item in root.GetProperty("actors").EnumerateArray())
        {
            string id = Required(item, "id");
            string typeLabel = item.TryGetProperty("type", out var t) ? t.GetString() ?? "ORG" : "ORG";
            if (!EntityTypeLabels.TryParse(typeLabel, out var type)) throw new FormatException($"actor {id}: unknown type {typeLabel}");
            actors.Add(new Actor(
                id,
                Required(item, "name"),
                item.TryGetProperty("en", out var en) ? en.GetString() ?? "" : "",
                type,
                ParseKind(id, item.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "external-other"),
                Strings(item, "countries"),
                Strings(item, "aliases"),
                Strings(item, "member_of"),
                Strings(item, "allies")));
        }
        return new ActorCatalog(version, actors);
    }

    /// <summary>Parses an ACLED kind written in kebab case (state-forces, rebel-group, external-other, ...).</summary>
    public static ActorKind ParseKind(string id, string kind) =>
        Enum.TryParse<ActorKind>(kind.Replace("-", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed : throw new FormatException($"actor {id}: unknown kind {kind}");

    private static string Required(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } s ? s : throw new FormatException($"actor needs a {name}: {item}");

    private static string[] Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0)] : [];

    private static Stream OpenEmbedded() =>
        typeof(ActorCatalog).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
}

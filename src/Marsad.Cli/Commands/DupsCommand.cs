using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Dedup;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad dups [--db FILE] [--json]</c>: the duplicate families and syndication groups recorded by
/// <c>marsad process</c>, with their canonical member (or original), and the shared passages per pair of documents.</summary>
public static class DupsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = StoreInputs.DatabaseDescription, DefaultValueFactory = _ => IngestCommand.DefaultDatabase };
        var json = new Option<bool>("--json") { Description = "One JSON object on standard output instead of text." };
        var command = new Command("dups", "List duplicate families, syndication groups and shared passages found by 'marsad process'.") { db, json };
        command.SetAction(parse => Execute(parse.GetRequiredValue(db), parse.GetValue(json), output, error));
        return command;
    }

    /// <summary>A family or a syndication group as listed.</summary>
    public sealed record Listing(string Kind, long Canonical, IReadOnlyList<ListedMember> Members, IReadOnlyList<string> Agencies);

    /// <summary>A member with the strongest relation that joins it to the others (none for the canonical member).</summary>
    public sealed record ListedMember(long Document, string Source, string? Title, string? Relation, double? Similarity);

    public sealed record PassagePair(long Document, long Other, int Passages);

    public sealed record Report(int Documents, int IndependentSources, IReadOnlyList<Listing> Families, IReadOnlyList<Listing> SyndicationGroups, IReadOnlyList<PassagePair> SharedPassages);

    public static int Execute(string database, bool json, TextWriter output, TextWriter error)
    {
        if (!StoreFactory.Exists(database))
        {
            error.WriteLine($"marsad: dups: no store at {database} (run 'marsad ingest' and 'marsad process' first)");
            return MarsadCli.UsageError;
        }
        using var store = StoreFactory.Open(database);
        var report = Build(store);
        if (json) output.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
        else Write(output, report);
        return MarsadCli.Success;
    }

    public static Report Build(IPipelineStore store)
    {
        var snapshot = store.ReadDedup();
        var families = snapshot.Families();
        var groups = snapshot.SyndicationGroups();
        var familyListings = families.Select(f => new Listing(FamilyKind(snapshot, f.Members), Id(f.Canonical),
            f.Members.Select(m => Member(store, snapshot, m, f.Canonical, f.Members)).ToList(), [])).ToList();
        var groupListings = groups.Select(g =>
        {
            var members = g.Copies.Prepend(g.Original).ToList();
            return new Listing("syndicated", Id(g.Original), members.Select(m => Member(store, snapshot, m, g.Original, members)).ToList(), g.Agencies);
        }).ToList();
        var pairs = new SortedDictionary<(long, long), int>();
        foreach (var passage in snapshot.Passages)
        {
            var documents = passage.Locations.Select(l => Id(l.DocumentId)).Distinct().Order().ToList();
            for (int i = 0; i < documents.Count; i++)
                for (int j = i + 1; j < documents.Count; j++)
                    pairs[(documents[i], documents[j])] = pairs.GetValueOrDefault((documents[i], documents[j])) + 1;
        }
        return new Report(snapshot.Members.Count, snapshot.IndependentSources(), familyListings, groupListings,
            pairs.Select(p => new PassagePair(p.Key.Item1, p.Key.Item2, p.Value)).ToList());
    }

    static long Id(string key) => StoreKey.IdOf(key);

    /// <summary>The weakest kind that holds the family together: exact, near, or contained.</summary>
    static string FamilyKind(DedupSnapshot snapshot, IReadOnlyList<string> members) =>
        snapshot.Relations.Where(r => r.Kind != DuplicateKind.Syndicated && members.Contains(r.Document))
            .Select(r => r.Kind).DefaultIfEmpty(DuplicateKind.Exact).Max().ToString().ToLowerInvariant();

    static ListedMember Member(IDocumentStore store, DedupSnapshot snapshot, string member, string canonical, IReadOnlyList<string> members)
    {
        long id = Id(member);
        var document = store.GetDocument(id);
        var source = store.GetLocations(id).FirstOrDefault() ?? "";
        if (member == canonical) return new ListedMember(id, source, document?.Title, null, null);
        var link = snapshot.LinksOf(member).Where(l => members.Contains(l.Document))
            .OrderBy(l => l.Kind).ThenByDescending(l => l.Similarity).FirstOrDefault();
        return new ListedMember(id, source, document?.Title, link?.Kind.ToString().ToLowerInvariant(), link?.Similarity);
    }

    static void Write(TextWriter output, Report report)
    {
        output.WriteLine($"{report.Documents} documents processed, {report.IndependentSources} independent sources");
        output.WriteLine($"duplicate families: {report.Families.Count}");
        foreach (var family in report.Families) WriteListing(output, family, "canonical");
        output.WriteLine($"syndication groups: {report.SyndicationGroups.Count}");
        foreach (var group in report.SyndicationGroups) WriteListing(output, group, "original");
        output.WriteLine($"documents sharing passages: {report.SharedPassages.Count} pairs");
        foreach (var pair in report.SharedPassages)
            output.WriteLine($"  #{pair.Document} and #{pair.Other}: {pair.Passages} shared passage{(pair.Passages == 1 ? "" : "s")}");
    }

    static void WriteListing(TextWriter output, Listing listing, string role)
    {
        var agencies = listing.Agencies.Count > 0 ? $", agencies {string.Join(", ", listing.Agencies)}" : "";
        output.WriteLine($"  {listing.Kind}, {listing.Members.Count} members{agencies}:");
        foreach (var m in listing.Members)
        {
            var relation = m.Relation is null ? role : string.Create(CultureInfo.InvariantCulture, $"{m.Relation} {m.Similarity:0.00}");
            output.WriteLine($"    #{m.Document} [{relation}] {m.Source}{(m.Title is null ? "" : " — " + m.Title)}");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}

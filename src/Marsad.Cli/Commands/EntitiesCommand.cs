using System.CommandLine;
using System.Globalization;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad entities [--db FILE] [--type PER|ORG|LOC|MISC] [--format text|json]</c>: the collection's
/// entities (as the last <c>marsad process</c> resolved them), most mentioned first, with their mention and document
/// counts, aliases, roles and positions; <c>--explain ID</c> prints why each alias of one entity is there.</summary>
public static class EntitiesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db") { Description = StoreInputs.DatabaseDescription, DefaultValueFactory = _ => IngestCommand.DefaultDatabase };
        var type = new Option<string?>("--type", "-t") { Description = "Only entities of this type: PER, ORG, LOC or MISC." };
        type.AcceptOnlyFromAmong("PER", "ORG", "LOC", "MISC");
        var format = new Option<string>("--format", "-f") { Description = "text: one line per entity; json: the report's entity records.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        var limit = new Option<int?>("--limit", "-n") { Description = "At most this many entities." };
        var explain = new Option<string?>("--explain") { Description = "Print why each alias of the entity with this id is there: the rule, the name it matched, the documents." };
        var command = new Command("entities", "List the stored collection's entities with their mention counts.") { db, type, format, limit, explain };
        command.SetAction(parse => parse.GetValue(explain) is { } id
            ? Explain(parse.GetRequiredValue(db), id, output, error)
            : Execute(parse.GetRequiredValue(db), parse.GetValue(type), parse.GetRequiredValue(format), parse.GetValue(limit), output, error));
        return command;
    }

    /// <summary>One line per alias: the alias, the rule that put it on the entity, the name it matched, the documents.</summary>
    public static int Explain(string database, string id, TextWriter output, TextWriter error)
    {
        var collection = StoreInputs.ReadCollection("entities", database, error);
        if (collection is null) return MarsadCli.UsageError;
        if (collection.Entity(id) is not { } entity)
        {
            error.WriteLine($"marsad: entities: --explain: no entity '{id}' in {StoreFactory.Describe(database)} (ids are listed by 'marsad entities')");
            return MarsadCli.UsageError;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{entity.Id}\t{entity.Type}\t{entity.Name}\t{entity.Mentions.Count} mentions in {entity.Mentions.Select(m => m.Document).Distinct().Count()} documents"));
        if (entity.Evidence is not { Count: > 0 } evidence)
        {
            output.WriteLine("no evidence recorded: run 'marsad process' again to compute it");
            return MarsadCli.Success;
        }
        foreach (var e in evidence)
            output.WriteLine($"{e.Alias}\t{e.Rule}{(e.Weak ? " (weak)" : "")}{(e.Via is null ? "" : "\tvia " + e.Via)}\tin {string.Join(", ", e.Documents)}");
        return MarsadCli.Success;
    }

    public static int Execute(string database, string? type, string format, int? limit, TextWriter output, TextWriter error)
    {
        if (limit is < 0)
        {
            error.WriteLine($"marsad: entities: --limit must be 0 or more, not {limit}");
            return MarsadCli.UsageError;
        }
        var collection = StoreInputs.ReadCollection("entities", database, error);
        if (collection is null) return MarsadCli.UsageError;
        var entities = Select(collection, type).Take(limit ?? int.MaxValue).ToList();
        if (format == "json")
        {
            output.WriteLine("[" + string.Join(",\n", entities.Select(ReportRecordJson.Serialize)) + "]");
            return MarsadCli.Success;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entities.Count} entities{(type is null ? "" : " of type " + type)} in {StoreFactory.Describe(database)}"));
        foreach (var e in entities)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{e.Id}\t{e.Type}\t{e.Mentions.Count} mentions in {e.Mentions.Select(m => m.Document).Distinct().Count()} documents\t{e.Name}");
            var aliases = e.Aliases.Where(a => a != e.Name).ToList();
            if (aliases.Count > 0) line += "\taliases: " + string.Join("، ", aliases);
            if (e.Roles.Count > 0) line += "\troles: " + string.Join("، ", e.Roles.Select(r => r.Of is null ? r.Role : $"{r.Role} ({r.Of})"));
            if (e.Geo is { } g) line += string.Create(CultureInfo.InvariantCulture, $"\tgeo: {g.Lat:0.####},{g.Lon:0.####} {g.Country} {g.Precision}");
            output.WriteLine(line);
        }
        return MarsadCli.Success;
    }

    /// <summary>Entities of the type (all without one), most mentioned first, then by name and id.</summary>
    public static IEnumerable<EntityReport> Select(StoredCollection collection, string? type) =>
        collection.Entities.Where(e => type is null || e.Type == type)
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal);
}

using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad search QUERY --db postgres://… [--limit N] [--json]</c>: server-side full-text search of a
/// PostgreSQL store's clean text (PostgreSQL's <c>arabic</c> configuration): ranked documents with snippets.</summary>
public static class SearchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("query") { Description = "Words to find (web-search syntax: \"a phrase\", -word, or)." };
        var db = new Option<string>("--db") { Description = "The PostgreSQL store: postgres://user:password@host:port/database (or Host=…;Database=… pairs).", Required = true };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many documents.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "One JSON object per line (document, rank, snippet) instead of text." };
        var command = new Command("search", "Search a PostgreSQL store's documents (server mode); the embedded store is searched through 'marsad serve'.") { query, db, limit, json };
        command.SetAction(parse => Execute(parse.GetRequiredValue(query), parse.GetRequiredValue(db), parse.GetValue(limit), parse.GetValue(json), output, error));
        return command;
    }

    public static int Execute(string query, string database, int limit, bool json, TextWriter output, TextWriter error)
    {
        if (!StoreFactory.IsServer(database))
        {
            error.WriteLine("marsad: search: --db must name a PostgreSQL store; an SQLite store is searched through 'marsad serve'");
            return MarsadCli.UsageError;
        }
        using var store = new PostgresDocumentStore(StoreFactory.ConnectionString(database));
        var hits = store.Search(query, limit);
        foreach (var hit in hits)
        {
            if (json) output.WriteLine(JsonSerializer.Serialize(new { document = hit.DocumentId, rank = hit.Rank, snippet = hit.Snippet }, JsonOptions));
            else output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#{hit.DocumentId} ({hit.Rank:0.000}) {hit.Snippet.ReplaceLineEndings(" ")}"));
        }
        if (!json) output.WriteLine($"{hits.Count} documents in {store.Describe()}");
        return MarsadCli.Success;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

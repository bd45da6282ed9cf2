namespace Marsad.Storage;

/// <summary>One document found by <see cref="PostgresDocumentStore.Search"/>: its rank (ts_rank_cd) and a snippet of
/// its clean text with the matched words between « and ».</summary>
public sealed record TextSearchHit(long DocumentId, double Rank, string Snippet);

public sealed partial class PostgresDocumentStore
{
    /// <summary>
    /// Server-side full-text search over the processed documents' clean text with PostgreSQL's built-in
    /// <c>arabic</c> configuration: both the text and the query go through its Snowball Arabic stemmer, so
    /// المقاتلين finds مقاتليها (both become مقاتل). The query is web-search syntax (words, "phrases", -not, or).
    /// Ranked by cover density, then by id; the GIN index on <c>clean_tsv</c> answers the match.
    /// </summary>
    public IReadOnlyList<TextSearchHit> Search(string query, int limit = 20) => Query("""
        SELECT d.id, ts_rank_cd(d.clean_tsv, q)::float8,
               ts_headline('arabic', d.clean_text, q, 'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=2')
        FROM documents d, websearch_to_tsquery('arabic', $1) AS q
        WHERE d.clean_tsv @@ q
        ORDER BY 2 DESC, d.id
        LIMIT $2
        """, r => new TextSearchHit(r.GetInt64(0), r.GetDouble(1), r.GetString(2)), query, limit);
}

using System.Globalization;
using System.Text.Json;
using Marsad.Cleaning;
using Marsad.Entities;
using Marsad.Ingest;
using Marsad.Language;
using Marsad.Pipeline;
using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Evaluation;

/// <summary>What <see cref="CorpusEntities.Run"/> computed, with mention documents named by their corpus ids.</summary>
/// <param name="Texts">Each analysed document's clean text (what the mentions' offsets point into), by corpus id.</param>
/// <param name="Skipped">Records ingest would not store (no text) plus documents the text core left out (not Arabic,
/// nothing left after cleaning).</param>
/// <param name="Duplicates">Records whose text an earlier record already had (one stored document, as in ingest).</param>
public sealed record CorpusEntitiesResult(IReadOnlyList<EntityReport> Entities, IReadOnlyDictionary<string, string> Texts,
    int Records, int Documents, int Skipped, int Duplicates, StageTimings Timings);

/// <summary>
/// The entity stage over a JSON Lines corpus without a store, as <c>marsad ingest</c> then <c>marsad process</c> would
/// compute it: records read by <see cref="RecordReader"/>; one document per distinct text (the store keeps one
/// document per content hash, under its first locator); the text core (<see cref="DocumentAnalyzer"/> with the
/// boilerplate context of all documents, as one process run over a fresh store counts it); then
/// <see cref="EntityStage"/> over the documents in record order (the store's id order). Dedup is left out: the entity
/// stage does not read it.
/// <para>A document's corpus id is its record's <c>id</c> field, else <c>#LINE</c>; <see cref="CorpusIds"/> gives the same
/// ids for a store's documents by their locators' line numbers.</para>
/// </summary>
public static class CorpusEntities
{
    /// <param name="path">The name the records' locators carry (only the line numbers after it matter).</param>
    public static CorpusEntitiesResult Run(string jsonLines, string path, ILanguageIdentifier languages, EntityStage? stage = null)
    {
        var timings = new StageTimings();
        var ids = CorpusIds.Read(jsonLines, path);
        var sources = new List<SourceDocument>();
        var corpusIdOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        int records = 0, skipped = 0, duplicates = 0;
        using (timings.Time("read"))
            foreach (var item in RecordReader.ReadJsonLines(new StringReader(jsonLines), path, new IngestOptions().FieldMap))
            {
                records++;
                if (item.Article is not { } article) { skipped++; continue; }
                if (!hashes.Add(ContentHash.ToHex(ContentHash.Of(article.Text)))) { duplicates++; continue; }
                var source = article.ToSourceDocument();
                corpusIdOf[source.Id] = ids.Of(article.Locator);
                sources.Add(source);
            }

        List<AnalyzedDocument> analyzed;
        using (timings.Time("text core"))
        {
            var context = BoilerplateContext.FromDocuments(sources.Select(s => s.Text));
            var analyzer = new DocumentAnalyzer(languages);
            analyzed = sources.AsParallel().AsOrdered().Select(s => analyzer.Analyze(s, context).Document)
                .Where(d => d is not null).Select(d => d!).ToList();
        }
        skipped += sources.Count - analyzed.Count;

        var entities = (stage ?? new EntityStage()).RunWithDocuments(analyzed, timings).Entities;
        var reports = entities.Select(ReportBuilder.ToReport)
            .Select(e => e with { Mentions = e.Mentions.Select(m => m with { Document = corpusIdOf[m.Document] }).ToList() })
            .ToList();
        var texts = analyzed.ToDictionary(d => corpusIdOf[d.Source.Id], d => d.Text, StringComparer.Ordinal);
        return new CorpusEntitiesResult(reports, texts, records, analyzed.Count, skipped, duplicates, timings);
    }
}

/// <summary>The corpus ids of a JSON Lines file by line number: each record's <c>id</c> field, else <c>#LINE</c>.
/// A line that is not a JSON object throws <see cref="InvalidDataException"/> naming the file and line.</summary>
public sealed class CorpusIds
{
    private readonly Dictionary<int, string> byLine;

    private CorpusIds(Dictionary<int, string> byLine) => this.byLine = byLine;

    public int Count => byLine.Count;

    public static CorpusIds Read(string jsonLines, string path)
    {
        var byLine = new Dictionary<int, string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StringReader(jsonLines);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string? id;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                    throw new InvalidDataException($"{path}:{number}: not a JSON object");
                id = json.RootElement.TryGetProperty("id", out var v) ? v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Number => v.GetRawText(),
                    _ => null,
                } : null;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not valid JSON ({e.Message})", e);
            }
            id = string.IsNullOrWhiteSpace(id) ? "#" + number.ToString(CultureInfo.InvariantCulture) : id.Trim();
            if (seen.TryGetValue(id, out int first))
                throw new InvalidDataException($"{path}:{number}: id '{id}' already used on line {first}");
            seen[id] = number;
            byLine[number] = id;
        }
        return new CorpusIds(byLine);
    }

    /// <summary>The corpus id of a record by its locator (<c>…#LINE</c>, as ingest writes it); null when the locator
    /// names no line of this file.</summary>
    public string? OfLocator(string locator)
    {
        int hash = locator.LastIndexOf('#');
        return hash >= 0 && int.TryParse(locator.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int line)
            ? byLine.GetValueOrDefault(line) : null;
    }

    internal string Of(string locator) =>
        OfLocator(locator) ?? throw new InvalidOperationException($"no record line in '{locator}'");
}

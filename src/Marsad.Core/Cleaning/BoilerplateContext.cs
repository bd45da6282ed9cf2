using Marsad.Text;

namespace Marsad.Cleaning;

/// <summary>
/// What the cleaner may know about other documents: in how many documents each short line occurs (compared by
/// <see cref="LineFeatures.ComparisonKey"/>, so spacing, punctuation, diacritics and hamza do not matter).
/// A short line that occurs in at least <see cref="MinDocuments"/> documents and in at least <see cref="MinShare"/>
/// of all documents is page furniture, whatever it says: a site's menu, slogan or newsletter box.
/// Defaults: 3 documents and 30%, so two articles sharing a dateline are not enough, and in a large mixed collection
/// a line must be common to one site's pages to count.
/// </summary>
public sealed class BoilerplateContext
{
    /// <summary>Lines longer than this are prose, never furniture by repetition (a shared wire paragraph is news).</summary>
    public const int MaxFurnitureWords = 15;

    private readonly Dictionary<string, int> _documentsByLine;

    private BoilerplateContext(Dictionary<string, int> documentsByLine, int documentCount, int minDocuments, double minShare)
    {
        _documentsByLine = documentsByLine;
        DocumentCount = documentCount;
        MinDocuments = minDocuments;
        MinShare = minShare;
    }

    public int DocumentCount { get; }
    public int MinDocuments { get; }
    public double MinShare { get; }

    /// <summary>The number of documents a line must occur in to be furniture.</summary>
    public int Threshold => Math.Max(MinDocuments, (int)Math.Ceiling(MinShare * DocumentCount));

    /// <summary>Counts, for every short line, the documents it occurs in (each document counts a line once).</summary>
    /// <param name="documents">Raw document texts; they are display-normalised here.</param>
    public static BoilerplateContext FromDocuments(IEnumerable<string> documents, int minDocuments = 3, double minShare = 0.3)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(minDocuments, 1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int documentCount = 0;
        foreach (string document in documents)
        {
            documentCount++;
            seen.Clear();
            foreach (string line in DisplayNormalizer.Normalize(document).Split('\n'))
            {
                if (line.Length == 0 || LineFeatures.Of(line).WordCount > MaxFurnitureWords) continue;
                string key = LineFeatures.ComparisonKey(line);
                if (key.Length > 0 && seen.Add(key)) counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return new BoilerplateContext(counts, documentCount, minDocuments, minShare);
    }

    /// <summary>In how many documents the line occurs (0 for long lines, which are not counted).</summary>
    public int DocumentsContaining(string line) =>
        _documentsByLine.GetValueOrDefault(LineFeatures.ComparisonKey(DisplayNormalizer.Normalize(line)));

    /// <summary>Whether a line is furniture by repetition: short and common to enough documents.</summary>
    public bool IsFurniture(string line) =>
        LineFeatures.Of(line).WordCount <= MaxFurnitureWords && DocumentsContaining(line) >= Threshold;
}

using System.Globalization;

namespace Marsad.Entities.Recognition;

/// <summary>Counts for one entity type (or for all, the micro average): gold chunks, predicted chunks and exact matches.</summary>
public sealed record ChunkScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of scoring a tagged corpus: token and sentence counts, micro scores, per-type scores and the errors.</summary>
public sealed record ConllEvaluation(int Sentences, int Tokens, ChunkScore Micro, IReadOnlyList<ChunkScore> ByType, IReadOnlyList<ChunkError> Errors)
{
    /// <summary>Errors grouped by kind and types, most frequent first (ties in ordinal order of the key).</summary>
    public IReadOnlyList<(string Error, int Count)> ErrorSummary() =>
        Errors.GroupBy(e => e.Describe())
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToArray();

    /// <summary>A conlleval-like report; its last line is <c>micro-F1 0.xxxx</c>.</summary>
    public void WriteReport(TextWriter writer, int errorLines = 12)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Format(inv, "processed {0} tokens in {1} sentences with {2} phrases; found: {3} phrases; correct: {4}.",
            Tokens, Sentences, Micro.Gold, Micro.Predicted, Micro.Correct));
        writer.WriteLine(string.Format(inv, "{0,-6} {1,9} {2,9} {3,9} {4,7} {5,7} {6,7}", "type", "precision", "recall", "F1", "gold", "found", "correct"));
        foreach (var s in ByType.Append(Micro))
            writer.WriteLine(string.Format(inv, "{0,-6} {1,9:0.0000} {2,9:0.0000} {3,9:0.0000} {4,7} {5,7} {6,7}",
                s.Type, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted, s.Correct));
        var summary = ErrorSummary();
        if (summary.Count > 0)
        {
            writer.WriteLine(string.Format(inv, "errors ({0} in all; most frequent):", Errors.Count));
            foreach (var (error, count) in summary.Take(errorLines))
                writer.WriteLine(string.Format(inv, "  {0,6}  {1}", count, error));
        }
        writer.WriteLine(string.Format(inv, "micro-F1 {0:0.0000}", Micro.F1));
    }
}

/// <summary>How a gold or predicted chunk failed to match exactly.</summary>
public enum ChunkErrorKind
{
    /// <summary>Same span, other type.</summary>
    WrongType,
    /// <summary>Overlapping span of the same type.</summary>
    WrongBoundary,
    /// <summary>Overlapping span of another type.</summary>
    WrongBoundaryAndType,
    /// <summary>A gold chunk that no predicted chunk overlaps.</summary>
    Missed,
    /// <summary>A predicted chunk that no gold chunk overlaps.</summary>
    Spurious,
}

/// <summary>One scoring error; <see cref="PredictedType"/> is empty for a miss and <see cref="GoldType"/> for a spurious chunk.</summary>
public sealed record ChunkError(ChunkErrorKind Kind, string GoldType, string PredictedType)
{
    public string Describe() => Kind switch
    {
        ChunkErrorKind.WrongType => $"type {GoldType}→{PredictedType}",
        ChunkErrorKind.WrongBoundary => $"boundary {GoldType}",
        ChunkErrorKind.WrongBoundaryAndType => $"boundary+type {GoldType}→{PredictedType}",
        ChunkErrorKind.Missed => $"missed {GoldType}",
        _ => $"spurious {PredictedType}",
    };
}

/// <summary>Entity-level scoring as conlleval does it: a predicted chunk counts only with exactly the gold span and type.</summary>
public sealed class ConllEvaluator
{
    private readonly SortedDictionary<string, int[]> _byType = new(StringComparer.Ordinal); // gold, predicted, correct
    private readonly List<ChunkError> _errors = [];
    private int _sentences, _tokens;

    /// <summary>Adds one sentence: its gold tags and the predicted tags (equal lengths, any conlleval-readable scheme).</summary>
    public void Add(IReadOnlyList<string> goldTags, IReadOnlyList<string> predictedTags)
    {
        if (goldTags.Count != predictedTags.Count) throw new ArgumentException("gold and predicted tag sequences differ in length");
        _sentences++;
        _tokens += goldTags.Count;
        var gold = ConllChunks.Extract(goldTags);
        var predicted = ConllChunks.Extract(predictedTags);
        var predictedSet = new HashSet<EntityChunk>(predicted);
        var goldSet = new HashSet<EntityChunk>(gold);
        foreach (var g in gold)
        {
            Counts(g.Type)[0]++;
            if (predictedSet.Contains(g)) { Counts(g.Type)[2]++; continue; }
            _errors.Add(Classify(g, predicted));
        }
        foreach (var p in predicted)
        {
            Counts(p.Type)[1]++;
            if (!goldSet.Contains(p) && !gold.Any(p.Overlaps)) _errors.Add(new ChunkError(ChunkErrorKind.Spurious, "", p.Type));
        }
    }

    public ConllEvaluation Result()
    {
        var byType = _byType.Select(kv => new ChunkScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToArray();
        var micro = new ChunkScore("micro", byType.Sum(s => s.Gold), byType.Sum(s => s.Predicted), byType.Sum(s => s.Correct));
        return new ConllEvaluation(_sentences, _tokens, micro, byType, _errors.ToArray());
    }

    private static ChunkError Classify(EntityChunk gold, IReadOnlyList<EntityChunk> predicted)
    {
        // The first overlapping prediction explains the miss; exact span with another type is the clearest case.
        foreach (var p in predicted)
            if (p.Start == gold.Start && p.End == gold.End) return new ChunkError(ChunkErrorKind.WrongType, gold.Type, p.Type);
        foreach (var p in predicted)
        {
            if (!p.Overlaps(gold)) continue;
            return p.Type == gold.Type
                ? new ChunkError(ChunkErrorKind.WrongBoundary, gold.Type, p.Type)
                : new ChunkError(ChunkErrorKind.WrongBoundaryAndType, gold.Type, p.Type);
        }
        return new ChunkError(ChunkErrorKind.Missed, gold.Type, "");
    }

    private int[] Counts(string type)
    {
        if (!_byType.TryGetValue(type, out var counts)) _byType[type] = counts = new int[3];
        return counts;
    }
}

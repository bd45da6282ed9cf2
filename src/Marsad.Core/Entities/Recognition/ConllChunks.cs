namespace Marsad.Entities.Recognition;

/// <summary>An entity as a half-open range [Start, End) of token positions and a type label.</summary>
public readonly record struct EntityChunk(int Start, int End, string Type)
{
    public bool Overlaps(EntityChunk other) => Start < other.End && other.Start < End;
}

/// <summary>
/// Reads entity chunks off a tag sequence exactly as conlleval does, so IOB1 (a chunk may open with I-; B- only
/// separates two adjacent chunks of one type), IOB2 and IOE tags all give the chunks conlleval would score.
/// </summary>
public static class ConllChunks
{
    public static IReadOnlyList<EntityChunk> Extract(IReadOnlyList<string> tags)
    {
        var chunks = new List<EntityChunk>();
        int start = -1;
        string chunkType = "";
        char prevTag = 'O';
        string prevType = "";
        for (int i = 0; i < tags.Count; i++)
        {
            var (tag, type) = SplitTag(tags[i]);
            if (start >= 0 && EndsChunk(prevTag, tag, prevType, type))
            {
                chunks.Add(new EntityChunk(start, i, chunkType));
                start = -1;
            }
            if (StartsChunk(prevTag, tag, prevType, type))
            {
                if (start >= 0) chunks.Add(new EntityChunk(start, i, chunkType));
                start = i;
                chunkType = type;
            }
            prevTag = tag;
            prevType = type;
        }
        // conlleval treats the end of a sentence like an O tag: an open chunk closes there.
        if (start >= 0) chunks.Add(new EntityChunk(start, tags.Count, chunkType));
        return chunks;
    }

    /// <summary>Rewrites any conlleval-readable tag sequence as IOB2 (every chunk opens with B-).</summary>
    public static string[] ToIob2(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        Array.Fill(result, "O");
        foreach (var chunk in Extract(tags))
        {
            result[chunk.Start] = "B-" + chunk.Type;
            for (int i = chunk.Start + 1; i < chunk.End; i++) result[i] = "I-" + chunk.Type;
        }
        return result;
    }

    /// <summary>Splits "B-LOC" into ('B', "LOC"); a tag without a dash is its own prefix with an empty type, as in conlleval.</summary>
    private static (char Tag, string Type) SplitTag(string label)
    {
        int dash = label.IndexOf('-');
        if (dash < 0) return (label.Length == 0 ? 'O' : label[0], "");
        return (dash == 0 ? 'O' : label[0], EntityTypeLabels.Canonical(label[(dash + 1)..]));
    }

    // The two predicates below are conlleval's startOfChunk / endOfChunk, case for case.
    private static bool EndsChunk(char prevTag, char tag, string prevType, string type) =>
        (prevTag, tag) switch
        {
            ('B', 'B') or ('B', 'O') or ('I', 'B') or ('I', 'O') or ('E', 'E') or ('E', 'I') or ('E', 'O') => true,
            _ => prevTag != 'O' && prevTag != '.' && prevType != type,
        };

    private static bool StartsChunk(char prevTag, char tag, string prevType, string type) =>
        (prevTag, tag) switch
        {
            ('B', 'B') or ('I', 'B') or ('O', 'B') or ('O', 'I') or ('E', 'E') or ('E', 'I') or ('O', 'E') => true,
            _ => tag != 'O' && tag != '.' && prevType != type,
        };
}

namespace Marsad.Entities.Resolution;

/// <summary>An actor's alias found in a text: the range [Start, End) and the actor's id.</summary>
public sealed record ActorMatch(int Start, int End, string ActorId, string Text);

public sealed partial class ActorCatalog
{
    private sealed record AliasEntry(string ActorId, string[] Words, string? ExactSurface, int Order);

    // First word's index key (skeleton for Arabic, the key itself otherwise) → aliases starting with it.
    private readonly Dictionary<string, List<AliasEntry>> aliasIndex;
    private readonly Dictionary<string, List<AliasEntry>>.AlternateLookup<ReadOnlySpan<char>> aliasLookup;

    private static Dictionary<string, List<AliasEntry>> BuildAliasIndex(IReadOnlyList<Actor> actors)
    {
        var index = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        int order = 0;
        foreach (var actor in actors)
            foreach (string alias in actor.Aliases.Prepend(actor.Name).Distinct(StringComparer.Ordinal))
            {
                string[] words = [.. alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => DocumentWords.WordKey(w, w.StartsWith('@') ? Text.Tokens.TokenKind.Mention : Text.Tokens.TokenKind.LatinWord)).Where(w => w.Length > 0)];
                if (words.Length == 0) continue;
                // Short all-capital Latin acronyms (IS, SDF, UN) match only as written, so English words do not.
                string? exact = alias.Length <= 6 && alias.All(c => c is >= 'A' and <= 'Z') ? alias : null;
                string first = IndexKey(words[0]);
                if (!index.TryGetValue(first, out var list)) index[first] = list = [];
                list.Add(new AliasEntry(actor.Id, words, exact, order++));
            }
        return index;
    }

    private static string IndexKey(string word) => NameKeys.IsLatin(word) || word.StartsWith('@') ? word : NameKeys.Skeleton(word);

    /// <summary>
    /// Every alias of the catalog in the document, longest first at each token, left to right, not overlapping.
    /// Words are compared as spelled, and one word of a long alias may be a spelling variant
    /// (<see cref="NameVariants.LooseWord"/>) or a typo, the first word may carry a proclitic (بقسد، لداعش، والتحالف), and quotation marks between or
    /// around words are skipped (تنظيم «داعش»).
    /// </summary>
    public IReadOnlyList<ActorMatch> FindIn(DocumentWords words)
    {
        var matches = new List<ActorMatch>();
        for (int i = 0; i < words.Count;)
        {
            var best = BestAt(words, i);
            if (best is null) { i++; continue; }
            var (entry, cliticLetters, endToken) = best.Value;
            var first = words.Tokens[i];
            int start = first.Start + DocumentWords.OffsetAfterLetters(words.Text.AsSpan(first.Start, first.Length), cliticLetters);
            int end = words.Tokens[endToken - 1].End;
            matches.Add(new ActorMatch(start, end, entry.ActorId, words.Text[start..end]));
            i = endToken;
        }
        return matches;
    }

    private (AliasEntry Entry, int CliticLetters, int EndToken)? BestAt(DocumentWords words, int i)
    {
        if (!words.IsWord(i) && words.Tokens[i].Kind != Text.Tokens.TokenKind.Mention) return null;
        (AliasEntry Entry, int CliticLetters, int EndToken)? best = null;
        // The readings of DocumentWords.CliticReadings, in its order (the order breaks ties), looked up by a skeleton
        // built on the stack: the key itself is only made a string when some alias starts with its skeleton.
        string whole = words.Keys[i];
        Reading(whole, 0, whole);
        if (words.IsArabic(i) && whole.Length >= 4)
        {
            foreach (string clitic in DocumentWords.Proclitics)
                if (whole.Length > clitic.Length + 1 && whole.StartsWith(clitic, StringComparison.Ordinal))
                    Reading(whole.AsSpan(clitic.Length), clitic.Length, null);
            foreach (string clitic in DocumentWords.DoubledLam)
                if (whole.Length > clitic.Length + 1 && whole.StartsWith(clitic, StringComparison.Ordinal))
                {
                    string key = "ال" + whole[clitic.Length..];
                    Reading(key, 0, key);
                }
        }
        return best;

        void Reading(ReadOnlySpan<char> key, int clitic, string? keyString)
        {
            bool plain = NameKeys.IsLatin(key) || key.StartsWith('@');
            Span<char> skeleton = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
            var indexKey = plain ? key : skeleton[..NameKeys.Skeleton(key, skeleton)];
            if (!aliasLookup.TryGetValue(indexKey, out var entries)) return;
            keyString ??= key.ToString();
            foreach (var entry in entries)
            {
                if (entry.ExactSurface is not null && (clitic > 0 || words.Surface(i) != entry.ExactSurface)) continue;
                if (!WordMatches(entry.Words[0], keyString, entry.Words.Length == 1)) continue;
                int end = MatchRest(words, i + 1, entry, entry.Words[0] == keyString ? 0 : 1);
                if (end < 0) continue;
                if (best is null || end > best.Value.EndToken || (end == best.Value.EndToken && entry.Order < best.Value.Entry.Order))
                    best = (entry, clitic, end);
            }
        }
    }

    // A one-word alias must match exactly: alone, a spelling variant is too often another word (القسام، الأقسام).
    // Within a longer alias a word may be spelled otherwise only when the two spellings are not two words
    // (الديموقراطية for الديمقراطية, never الألمانية for اليمنية).
    private static bool WordMatches(string aliasWord, string word, bool alone = false) =>
        alone ? aliasWord == word : NameVariants.Default.LooseWord(aliasWord, word);

    /// <summary>The token after the alias's last word, or -1 when the words from <paramref name="next"/> do not continue it.</summary>
    private static int MatchRest(DocumentWords words, int next, AliasEntry entry, int inexact)
    {
        for (int k = 1; k < entry.Words.Length; k++)
        {
            while (next < words.Count && words.IsQuote(next)) next++;
            if (next >= words.Count || !words.IsWord(next)) return -1;
            string word = words.Keys[next];
            // At most one word of the alias spelled otherwise (وزيرة الخارجية الأميركية is not وزارة الخارجية الأمريكية).
            if (word != entry.Words[k]
                && (inexact++ > 0 || !(WordMatches(entry.Words[k], word) || NameVariants.Default.TypoOf(entry.Words[k], word))))
                return -1;
            next++;
        }
        return next;
    }
}

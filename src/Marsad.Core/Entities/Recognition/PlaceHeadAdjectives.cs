using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;

namespace Marsad.Entities.Recognition;

/// <summary>
/// Drops a one-word place the tagger found right after a place head when the word is that head's adjective:
/// مدينة رئيسية ("a main city"), آخر مدينة سورية ("the last Syrian city"). The tagger learns that a place head announces
/// a name, but the word after it can as well be an adjective that agrees with it. The adjective is told by its
/// shape and agreement, never by a word list: it ends as a nisba (ـي، ـية), has the head's definiteness (مدينة
/// رئيسية، المدينة الرئيسية), and the dictionary knows its masculine base (رئيسي). A name after a head takes the
/// article alone (مدينة الرقة، قرية المالكية) or is no nisba the dictionary knows (ولاية تكساس). (A head alone is
/// dropped later, by the entity resolver.)
/// </summary>
internal static class PlaceHeadAdjectives
{
    private const int MaxWordLength = 64;

    private static readonly Lazy<ArabicLexicon> Dictionary = new(() => ArabicLexicon.Default.DictionaryOnly());

    public static IReadOnlyList<EntityMention> Drop(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        List<EntityMention>? kept = null;
        int t = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            while (t < tokens.Count && tokens[t].Start < mention.Start) t++;
            bool oneWord = t < tokens.Count && tokens[t].Start == mention.Start && tokens[t].Start + tokens[t].Length == mention.End;
            var word = text.AsSpan(mention.Start, mention.End - mention.Start);
            bool drop = oneWord && mention.Type == EntityType.Location && t > 0
                && IsAdjectiveOf(text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length), word);
            if (drop) kept ??= [.. mentions.Take(m)];
            else kept?.Add(mention);
        }
        return kept ?? mentions;
    }

    /// <summary>Whether <paramref name="word"/> reads as an adjective of the place head <paramref name="head"/>.</summary>
    internal static bool IsAdjectiveOf(ReadOnlySpan<char> head, ReadOnlySpan<char> word)
    {
        if (head.Length > MaxWordLength || word.Length > MaxWordLength) return false;
        Span<char> headKey = stackalloc char[MaxWordLength];
        Span<char> wordKey = stackalloc char[MaxWordLength];
        headKey = headKey[..MatchKeyNormalizer.Normalize(head, headKey)];
        wordKey = wordKey[..MatchKeyNormalizer.Normalize(word, wordKey)];
        if (Triggers.ClassifyWord(headKey) != TriggerClass.PlaceHead) return false;

        bool headDefinite = NerFeatures.ArticlePrefixLength(headKey) > 0;
        int article = NerFeatures.ArticlePrefixLength(wordKey);
        if (headDefinite != article > 0) return false;
        var stem = wordKey[article..];
        // Match keys write ة as ه: رئيسيه → رئيسي; a masculine nisba is its own base.
        if (!NerFeatures.EndsLikeNisba(stem)) return false;
        var masculine = stem[^1] == 'ه' ? stem[..^1] : stem;
        return masculine.Length >= 3 && Dictionary.Value.Lookup(masculine).IsLemma;
    }
}

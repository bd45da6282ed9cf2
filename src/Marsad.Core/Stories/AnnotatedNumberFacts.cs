using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;
using Marsad.Text;
using Marsad.Text.Tokens;

namespace Marsad.Stories;

/// <summary>Counted quantities from the numbers annotator (<see cref="NumberTagger"/>), for corroboration: numbers inside
/// dates, designators (القرار 2254، اللواء 104), vague amounts (عشرات) and bare numbers without a counted noun are left out,
/// because two sources cannot agree or disagree about them. Each keeps its scope: the phrase that qualifies the counted
/// noun (a place, a side, a part) and the time of its sentence, so that a part is not compared with a whole.</summary>
public sealed class AnnotatedNumberFacts : INumberFacts
{
    public static AnnotatedNumberFacts Instance { get; } = new();

    /// <summary>Words of a scope at most: a qualifying phrase is short; the rest of the sentence is about something else.</summary>
    private const int MaxScopeWords = 6;

    public IReadOnlyList<NumberFact> Find(string text)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var times = TimeExpressionTagger.Tag(text, tokens, published: null).Times;
        var facts = new List<NumberFact>();
        foreach (var n in NumberTagger.Tag(text, tokens, times))
        {
            if (n.IsDesignator || n.Value is not { } value || n.Unit is not { } unit) continue;
            facts.Add(new NumberFact(n.Start, n.End, value, unit, n.Approximate || n.Comparator is not null)
            {
                Scope = ScopeAfter(text, tokens, n),
                When = TimeOfSentence(text, times, n.Start),
            });
        }
        return facts;
    }

    /// <summary>The words after the counted nouns up to a clause break (punctuation, or a word that opens a new clause:
    /// بعد، حيث، وفق …), at most <see cref="MaxScopeWords"/>.</summary>
    private static string ScopeAfter(string text, List<Token> tokens, NumberMention n)
    {
        int i = tokens.FindIndex(t => t.Start >= n.End);
        if (i < 0) return "";
        if (i < tokens.Count && Key(text, tokens[i]) == "من") i++;
        for (int skipped = 0; skipped < Math.Max(1, n.Units.Count) && i < tokens.Count && tokens[i].Kind == TokenKind.ArabicWord; skipped++) i++;
        int first = i, last = i;
        for (; i < tokens.Count && i - first < MaxScopeWords; i++)
        {
            var t = tokens[i];
            if (t.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)) break;
            if (i > first && text.AsSpan(tokens[i - 1].End, t.Start - tokens[i - 1].End).ContainsAny(ClauseMarks)) break;
            if (ClauseOpeners.Contains(Key(text, t))) break;
            last = i + 1;
        }
        return last > first ? text[tokens[first].Start..tokens[last - 1].End] : "";
    }

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(".,،:;؛!?؟()«»\"“”\n");

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "بعد", "قبل", "حيث", "وفق", "وفقا", "بحسب", "حسب", "طبقا", "اذ", "لكن", "ولكن", "بينما", "الذي", "التي", "الذين",
        "منذ", "خلال", "وذلك", "كما", "ان", "انه", "لان", "وسط",
    };

    private static string Key(string text, Token t) => MatchKeyNormalizer.Normalize(text.Substring(t.Start, t.Length));

    /// <summary>The first time expression of the sentence that holds offset <paramref name="at"/>, as written.</summary>
    private static string TimeOfSentence(string text, IReadOnlyList<TimeExpression> times, int at)
    {
        int start = text.AsSpan(0, at).LastIndexOfAny(SentenceEnds) + 1;
        int end = text.AsSpan(at).IndexOfAny(SentenceEnds) is var e and >= 0 ? at + e : text.Length;
        foreach (var t in times)
            if (t.Start >= start && t.End <= end) return t.Text;
        return "";
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?؟\n");
}

using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;
using Marsad.Text.Tokens;

namespace Marsad.Stories;

/// <summary>Counted quantities from the numbers annotator (<see cref="NumberTagger"/>), for corroboration: numbers inside
/// dates, designators (القرار 2254، اللواء 104), vague amounts (عشرات) and bare numbers without a counted noun are left out,
/// because two sources cannot agree or disagree about them.</summary>
public sealed class AnnotatedNumberFacts : INumberFacts
{
    public static AnnotatedNumberFacts Instance { get; } = new();

    public IReadOnlyList<NumberFact> Find(string text)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var times = TimeExpressionTagger.Tag(text, tokens, published: null).Times;
        var facts = new List<NumberFact>();
        foreach (var n in NumberTagger.Tag(text, tokens, times))
        {
            if (n.IsDesignator || n.Value is not { } value || n.Unit is not { } unit) continue;
            facts.Add(new NumberFact(n.Start, n.End, value, unit, n.Approximate || n.Comparator is not null));
        }
        return facts;
    }
}

using Marsad.Annotation.Times;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Annotation.Times;

/// <summary>Helpers shared by the time tests: tokenise, tag, and pick the expression covering a phrase.</summary>
internal static class TimeTagging
{
    public static readonly DateTimeOffset Published = new(2018, 11, 27, 16, 45, 0, TimeSpan.Zero); // a Tuesday

    public static TimeAnnotations Tag(string text, DateTimeOffset? published = null)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        return TimeExpressionTagger.Tag(text, tokens, published);
    }

    /// <summary>The single expression found in <paramref name="text"/>.</summary>
    public static TimeExpression Single(string text, DateTimeOffset? published = null) => Assert.Single(Tag(text, published).Times);

    /// <summary>The expression whose text is <paramref name="phrase"/>.</summary>
    public static TimeExpression Find(string text, string phrase, DateTimeOffset? published = null)
    {
        var times = Tag(text, published).Times;
        return Assert.Single(times, t => t.Text == phrase);
    }
}

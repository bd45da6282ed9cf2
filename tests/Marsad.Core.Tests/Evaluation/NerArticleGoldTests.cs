using Marsad.Evaluation;
using Marsad.Text.Tokens;

namespace Marsad.Tests.Evaluation;

public class NerArticleGoldTests
{
    [Fact]
    public void A_span_over_two_tokens_tags_them_begin_then_inside()
    {
        const string text = "زار جون كيري طهران";
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var tags = NerArticleGold.Tags(tokens, [(4, 12, "PER"), (13, 18, "LOC")]);
        Assert.Equal(["O", "B-PER", "I-PER", "B-LOC"], tags);
    }
}

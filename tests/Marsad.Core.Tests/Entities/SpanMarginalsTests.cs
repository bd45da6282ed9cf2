using Marsad.Entities;
using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class SpanMarginalsTests
{
    private const int T = NerTagSet.Count;
    private static readonly float[] FlatTransitions = new float[(T + 1) * T];

    /// <summary>Emission scores of a sentence: each token's scores, 0 for tags not given.</summary>
    private static float[] Emissions(params (int Tag, float Score)[][] tokens)
    {
        var scores = new float[tokens.Length * T];
        for (int i = 0; i < tokens.Length; i++)
            foreach (var (tag, score) in tokens[i]) scores[i * T + tag] = score;
        return scores;
    }

    private static readonly int BPer = NerTagSet.Begin(EntityType.Person), IPer = NerTagSet.Inside(EntityType.Person);
    private static readonly int BLoc = NerTagSet.Begin(EntityType.Location);

    [Fact]
    public void A_token_every_feature_calls_a_person_is_a_person_with_near_certainty()
    {
        var marginals = new SpanMarginals(Emissions([(BPer, 20)]), FlatTransitions);
        Assert.True(marginals.Span(0, 1, EntityType.Person) > 0.99);
    }

    [Fact]
    public void Two_types_scored_alike_share_the_probability()
    {
        var marginals = new SpanMarginals(Emissions([(BPer, 20), (BLoc, 20)]), FlatTransitions);
        Assert.Equal(0.5, marginals.Span(0, 1, EntityType.Person), 2);
        Assert.Equal(0.5, marginals.Span(0, 1, EntityType.Location), 2);
    }

    [Fact]
    public void A_span_that_the_next_token_continues_is_not_the_whole_entity()
    {
        var marginals = new SpanMarginals(Emissions([(BPer, 20)], [(IPer, 20)]), FlatTransitions);
        Assert.True(marginals.Span(0, 1, EntityType.Person) < 0.01);
        Assert.True(marginals.Span(0, 2, EntityType.Person) > 0.99);
    }

    [Fact]
    public void The_probabilities_of_a_one_token_sentence_never_exceed_one_in_sum()
    {
        var marginals = new SpanMarginals(Emissions([(BPer, 1), (BLoc, 2), (0, 1.5f)]), FlatTransitions);
        double entities = Enum.GetValues<EntityType>().Sum(t => marginals.Span(0, 1, t));
        Assert.InRange(entities, 0, 1);
    }
}

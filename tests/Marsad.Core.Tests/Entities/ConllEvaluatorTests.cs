using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class ConllEvaluatorTests
{
    private static ConllEvaluation Score(string[] gold, string[] predicted)
    {
        var evaluator = new ConllEvaluator();
        evaluator.Add(gold, predicted);
        return evaluator.Result();
    }

    [Fact]
    public void Exact_match_scores_one()
    {
        var result = Score(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-LOC"]);

        Assert.Equal(1.0, result.Micro.F1);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Boundary_error_counts_as_one_miss_and_one_false_find()
    {
        var result = Score(["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]);

        Assert.Equal(new ChunkScore("PER", 1, 1, 0), result.ByType.Single());
        Assert.Equal(0.0, result.Micro.F1);
        Assert.Equal(ChunkErrorKind.WrongBoundary, result.Errors.Single().Kind);
    }

    [Fact]
    public void Type_error_on_the_right_span_is_a_wrong_type()
    {
        var result = Score(["B-ORG", "I-ORG"], ["B-LOC", "I-LOC"]);

        Assert.Equal(new ChunkScore("ORG", 1, 0, 0), result.ByType.Single(s => s.Type == "ORG"));
        Assert.Equal(new ChunkScore("LOC", 0, 1, 0), result.ByType.Single(s => s.Type == "LOC"));
        Assert.Equal(new ChunkError(ChunkErrorKind.WrongType, "ORG", "LOC"), result.Errors.Single());
    }

    [Fact]
    public void Iob1_gold_against_iob2_prediction_of_the_same_entities_scores_one()
    {
        var result = Score(["I-ORG", "I-ORG", "O", "I-LOC", "B-LOC"], ["B-ORG", "I-ORG", "O", "B-LOC", "B-LOC"]);

        Assert.Equal(new ChunkScore("micro", 3, 3, 3), result.Micro);
    }

    [Fact]
    public void Micro_scores_pool_the_types()
    {
        // Gold: PER, LOC, ORG; found: PER (right), LOC (right), MISC (spurious); ORG missed.
        var result = Score(["B-PER", "O", "B-LOC", "O", "B-ORG", "O", "O"], ["B-PER", "O", "B-LOC", "O", "O", "O", "B-MISC"]);

        Assert.Equal(new ChunkScore("micro", 3, 3, 2), result.Micro);
        Assert.Equal(2.0 / 3, result.Micro.F1, 10);
        Assert.Contains(new ChunkError(ChunkErrorKind.Missed, "ORG", ""), result.Errors);
        Assert.Contains(new ChunkError(ChunkErrorKind.Spurious, "", "MISC"), result.Errors);
    }

    [Fact]
    public void Report_ends_with_the_micro_f1_line()
    {
        var result = Score(["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]);
        var writer = new StringWriter();

        result.WriteReport(writer);

        Assert.Equal("micro-F1 0.0000", writer.ToString().TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Sequences_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ConllEvaluator().Add(["O"], ["O", "O"]));
    }
}

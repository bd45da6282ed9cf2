using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public class StemmerEvaluationTests
{
    private static readonly StemmerWord[] Words =
    [
        new("سيارة", "car"), new("سيارات", "car"), new("قوة", "force"), new("قوي", "strong"),
    ];

    [Fact]
    public void Counts_pairs_of_different_classes_sharing_a_key_as_over_stemming()
    {
        var score = StemmerEvaluation.Score("first-two-letters", Words, w => w[..2]);
        Assert.Equal(1, score.OverStemmingErrors);
        Assert.Equal(("قوة", "قوي"), (score.OverStemmed[0].First, score.OverStemmed[0].Second));
    }

    [Fact]
    public void Counts_pairs_of_one_class_with_different_keys_as_under_stemming()
    {
        var score = StemmerEvaluation.Score("identity", Words, w => w);
        Assert.Equal((0, 1), (score.OverStemmingErrors, score.UnderStemmingErrors));
    }

    [Fact]
    public void Never_counts_empty_keys_as_meeting() =>
        Assert.Equal(0, StemmerEvaluation.Score("drop-all", Words, _ => "").OverStemmingErrors);

    [Fact]
    public void Compare_scores_both_analyzers_and_formats_a_table()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# test list", "تأمين\tinsurance", "تام\tcomplete", "قوات\tforce", "قوة\tforce", "قوي\tstrong"]);
            var comparison = StemmerEvaluation.Compare(path);
            Assert.Equal(5, comparison.Marsad.Words);
            Assert.True(comparison.Marsad.OverStemmingErrors < comparison.Lucene.OverStemmingErrors);
            Assert.Contains("| Lucene ArabicAnalyzer (light10) |", StemmerEvaluation.FormatTable(comparison));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rejects_a_line_without_a_class() =>
        Assert.Throws<FormatException>(() =>
        {
            var path = Path.GetTempFileName();
            try
            {
                File.WriteAllLines(path, ["تأمين"]);
                StemmerEvaluation.ReadWordList(path);
            }
            finally
            {
                File.Delete(path);
            }
        });
}

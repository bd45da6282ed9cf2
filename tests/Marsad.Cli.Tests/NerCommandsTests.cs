using Marsad.Cli;

namespace Marsad.Tests;

public sealed class NerCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-ner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteTinyCorpus()
    {
        string path = Path.Combine(_dir, "tiny.txt");
        File.WriteAllText(path, "قال O\nالرئيس O\nسمير B-PERS\nقصير I-PERS\nفي O\nبيروت B-LOC\n. O\n\nأعلنت O\nشركة B-ORG\nالنور I-ORG\nفي O\nدمشق B-LOC\n. O\n\n");
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var run = CliRun.Of(args);
        return (run.ExitCode, run.Output, run.Error);
    }

    [Fact]
    public void Train_writes_a_model_that_eval_scores_with_a_final_micro_f1_line()
    {
        string data = WriteTinyCorpus(), model = Path.Combine(_dir, "tiny.bin");

        var train = Run("train", "ner", "--data", data, "--out", model, "--epochs", "5");
        var eval = Run("eval", "ner", "--data", data, "--model", model);

        Assert.Equal(0, train.Code);
        Assert.True(File.Exists(model));
        Assert.Equal(0, eval.Code);
        Assert.Equal("micro-F1 1.0000", eval.Output.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Train_twice_with_one_seed_writes_identical_files()
    {
        string data = WriteTinyCorpus(), first = Path.Combine(_dir, "a.bin"), second = Path.Combine(_dir, "b.bin");

        Run("train", "ner", "--data", data, "--out", first, "--seed", "3", "--epochs", "2");
        Run("train", "ner", "--data", data, "--out", second, "--seed", "3", "--epochs", "2");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_word_dropout_outside_zero_to_one_is_a_usage_error_naming_the_option()
    {
        string data = WriteTinyCorpus();

        var result = Run("train", "ner", "--data", data, "--out", Path.Combine(_dir, "x.bin"), "--word-dropout", "1.5");

        Assert.Equal(MarsadCli.UsageError, result.Code);
        Assert.Contains("--word-dropout", result.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "x.bin")));
    }

    [Fact]
    public void Eval_without_data_is_a_usage_error()
    {
        Assert.Equal(MarsadCli.UsageError, Run("eval", "ner").Code);
    }

    [Fact]
    public void Eval_of_a_missing_file_reports_it()
    {
        var result = Run("eval", "ner", "--data", Path.Combine(_dir, "missing.txt"));

        Assert.Equal(MarsadCli.SomeInputsFailed, result.Code);
        Assert.Contains("missing.txt", result.Error);
    }

    [Fact]
    public void Eval_dev_split_scores_only_the_last_tenth()
    {
        // Ten sentences: the last one is the whole development set.
        string path = Path.Combine(_dir, "ten.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("في O\nبيروت B-LOC\n\n", 9)) + "زار O\nسمير B-PER\n\n");

        var result = Run("eval", "ner", "--data", path, "--dev-split");

        Assert.StartsWith("processed 2 tokens in 1 sentences", result.Output);
    }
}

using Marsad.Cli;

namespace Marsad.Tests.Cli.Commands;

/// <summary>marsad eval resolution over a tiny corpus and gold written here (no corpus text).</summary>
public sealed class EvalResolutionCommandTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly string corpus;
    private readonly string gold;

    public EvalResolutionCommandTests()
    {
        corpus = directory.Write("c.jsonl",
            "{\"id\": \"t-1\", \"text\": \"وصل وزير الخارجية عادل الجبير إلى القاهرة اليوم، والتقى الجبير في القاهرة نظيره المصري سامح شكري.\"}\n");
        gold = Path.Combine(directory.Path, "gold");
        directory.Write("gold/aliases.tsv", "type\tname\talias\tjudgement\tsource\tnote\nPER\tعادل الجبير\tالجبير\tsame\tadded\t\n");
        directory.Write("gold/types.tsv", "name\tgold_type\tnote\nالقاهرة\tLOC\t\n");
        directory.Write("gold/places.tsv", "document_id\tstart\tend\tmention\tlat\tlon\tprecision\tcountry\tnote\nt-1\t34\t41\tالقاهرة\t30.0444\t31.2357\tpoint\t\t\n");
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Scores_the_corpus_in_memory_and_ends_with_the_figures()
    {
        var run = CliRun.Of("eval", "resolution", "--data", corpus, "--gold", gold);

        Assert.Equal(MarsadCli.Success, run.ExitCode);
        Assert.Contains("gold: 1 alias pairs, 1 typed names, 1 place mentions", run.Output);
        Assert.Matches(@"alias-P \d\.\d{4} alias-R \d\.\d{4} type-P \d\.\d{4} geo@50km 1\.0000\s*$", run.Output);
    }

    [Fact]
    public void A_bad_gold_line_is_an_error_naming_the_file_and_line()
    {
        directory.Write("gold/types.tsv", "name\tgold_type\tnote\nالقاهرة\tCITY\t\n");
        var run = CliRun.Of("eval", "resolution", "--data", corpus, "--gold", gold);

        Assert.Equal(MarsadCli.SomeInputsFailed, run.ExitCode);
        Assert.Contains("types.tsv:2: 'gold_type' is 'CITY'", run.Error);
    }

    [Fact]
    public void A_bad_corpus_line_is_an_error_naming_the_file_and_line()
    {
        var bad = directory.Write("bad.jsonl", "{\"id\": \"a\", \"text\": \"نص\"}\n{\"id\": \n");
        var run = CliRun.Of("eval", "resolution", "--data", bad, "--gold", gold);

        Assert.Equal(MarsadCli.SomeInputsFailed, run.ExitCode);
        Assert.Contains("bad.jsonl:2: not valid JSON", run.Error);
    }

    [Fact]
    public void A_file_named_xz_that_is_not_xz_is_an_error()
    {
        var bad = directory.Write("c.jsonl.xz", "{\"id\": \"a\", \"text\": \"نص\"}\n");
        var run = CliRun.Of("eval", "resolution", "--data", bad, "--gold", gold);

        Assert.Equal(MarsadCli.SomeInputsFailed, run.ExitCode);
        Assert.Contains("c.jsonl.xz: cannot be decompressed as .xz", run.Error);
    }

    [Fact]
    public void A_missing_store_is_an_error()
    {
        var run = CliRun.Of("eval", "resolution", "--data", corpus, "--gold", gold, "--db", Path.Combine(directory.Path, "none.db"));

        Assert.Equal(MarsadCli.UsageError, run.ExitCode);
        Assert.Contains("no store at", run.Error);
    }
}

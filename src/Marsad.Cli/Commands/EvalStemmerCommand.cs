using System.CommandLine;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval stemmer [--words FILE]</c>: over- and under-stemming errors of Marsad's analyzer and Lucene.NET's
/// ArabicAnalyzer on a word list with stem classes (eval/stemmer/words.tsv), printed as a table.</summary>
public static class EvalStemmerCommand
{
    public const string DefaultWordList = "eval/stemmer/words.tsv";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var words = new Option<FileInfo>("--words", "-w")
        {
            Description = "Word list: 'word<TAB>class' per line; words of one class must share a key, words of different classes must not.",
            DefaultValueFactory = _ => new FileInfo(DefaultWordList),
        };
        var examples = new Option<int>("--examples")
        {
            Description = "How many example error pairs to print per analyzer.",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command("stemmer", "Compare over- and under-stemming of Marsad's analyzer and Lucene's ArabicAnalyzer.") { words, examples };
        command.SetAction(parse => Execute(parse.GetRequiredValue(words), parse.GetValue(examples), output, error));
        return command;
    }

    public static int Execute(FileInfo words, int examples, TextWriter output, TextWriter error)
    {
        if (!words.Exists)
        {
            error.WriteLine($"marsad: error: {words.FullName}: no such word list (run from the repository root or pass --words)");
            return MarsadCli.SomeInputsFailed;
        }
        try
        {
            var comparison = StemmerEvaluation.Compare(words.FullName);
            output.Write(StemmerEvaluation.FormatTable(comparison, examples));
            return MarsadCli.Success;
        }
        catch (FormatException e)
        {
            error.WriteLine($"marsad: error: {words.FullName}: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
    }
}

using System.Diagnostics;
using Marsad.Annotation.Numbers;
using Marsad.Annotation.Times;
using Marsad.Text.Tokens;

namespace Marsad.Bench.Annotation;

/// <summary>
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- annotate [--dir DIR]</c>: articles per second on one thread
/// for tokenising, time tagging and number tagging over the .txt files of a folder (default: samples/).
/// </summary>
public static class AnnotationBenchmark
{
    public static int Run(string[] args)
    {
        int at = Array.IndexOf(args, "--dir");
        string dir = at >= 0 && at + 1 < args.Length ? args[at + 1] : "samples";
        var texts = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"no .txt files in {dir}");
            return 1;
        }
        var tokenLists = texts.Select(text => { var list = new List<Token>(); ArabicTokenizer.Tokenize(text, list); return list; }).ToArray();
        var published = new DateTimeOffset(2018, 11, 27, 12, 0, 0, TimeSpan.Zero);

        Measure("tokenize", texts.Length, () => { foreach (var text in texts) ArabicTokenizer.Tokenize(text, new List<Token>()); });
        Measure("times", texts.Length, () => { for (int i = 0; i < texts.Length; i++) TimeExpressionTagger.Tag(texts[i], tokenLists[i], published); });
        Measure("numbers", texts.Length, () => { for (int i = 0; i < texts.Length; i++) NumberTagger.Tag(texts[i], tokenLists[i]); });
        Measure("times+numbers", texts.Length, () =>
        {
            for (int i = 0; i < texts.Length; i++)
                NumberTagger.Tag(texts[i], tokenLists[i], TimeExpressionTagger.Tag(texts[i], tokenLists[i], published).Times);
        });
        return 0;
    }

    private static void Measure(string name, int articles, Action pass)
    {
        pass(); // warm-up
        int rounds = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 2 || rounds < 3)
        {
            pass();
            rounds++;
        }
        double perSecond = articles * rounds / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-14} {perSecond,10:N0} articles/s");
    }
}

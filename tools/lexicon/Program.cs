using System.Text;
using Marsad.Text.Morphology;

// Rebuilds models/lexicon/arabic-lexicon.tsv.gz; see models/lexicon/README.md.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/lexicon -- <ar.dic> <anercorp train.txt> <output .tsv.gz>");
    return 2;
}
using var dictionary = new StreamReader(args[0], Encoding.UTF8);
using var corpus = new StreamReader(args[1], Encoding.UTF8);
var forms = ArabicLexiconBuilder.Build(dictionary, corpus);
using (var output = File.Create(args[2]))
    ArabicLexiconBuilder.Write(forms, output);
var counts = forms.Values.GroupBy(e => e.Flags & (LexiconFlags.Lemma | LexiconFlags.Function | LexiconFlags.Entity))
    .OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}");
Console.WriteLine($"{forms.Count} forms ({string.Join(", ", counts)}), {new FileInfo(args[2]).Length} bytes -> {args[2]}");
return 0;

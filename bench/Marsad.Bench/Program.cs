// Benchmarks dispatch on their first argument; each verb prints its own figures.
if (args.Length > 0 && args[0] == "ner") return Marsad.Bench.Ner.NerBenchmark.Run(args[1..]);
if (args.Length > 0 && args[0] == "annotate") return Marsad.Bench.Annotation.AnnotationBenchmark.Run(args[1..]);
Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Marsad.Bench -- <verb>   (verbs: ner, annotate)");
return 2;

// Benchmarks dispatch on their first argument; each verb prints its own figures.
Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Marsad.Bench -- <verb>");
return 2;

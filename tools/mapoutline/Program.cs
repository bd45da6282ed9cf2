using Marsad.Tools.MapOutline;

// Rebuilds data/map/countries.tsv, the country outlines the web interface draws its offline maps on, from the npm
// package world-atlas (Natural Earth); see data/map/README.md.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/mapoutline -- <world-atlas package dir> <output file>");
    return 2;
}
var countries = TopoJson.ReadCountries(Path.Combine(args[0], "countries-50m.json"));
var summary = OutlineExtract.Write(countries, args[1]);
Console.WriteLine(summary);
return 0;

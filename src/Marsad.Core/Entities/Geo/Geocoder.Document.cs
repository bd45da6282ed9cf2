namespace Marsad.Entities.Geo;

public sealed partial class Geocoder
{
    /// <summary>A place resolved in the first pass counts as context only if it led its runner-up by this much.</summary>
    private const double ConfidentMargin = 0.15;

    /// <summary>
    /// Geocodes every place mention of one article, letting them disambiguate one another: a first pass without
    /// context finds the countries and divisions the article names and the places it names unambiguously; a second
    /// pass geocodes each mention with those as context (a mention is never its own context). Returns one match per
    /// resolved mention, in input order (<see cref="GeoMatch.Mention"/> says which); mentions nothing fits are left out.
    /// </summary>
    public IReadOnlyList<GeoMatch> GeocodeDocument(IReadOnlyList<string> placeMentions)
    {
        ArgumentNullException.ThrowIfNull(placeMentions);
        var firstPass = placeMentions.Select(m => Resolve(m, GeoContext.Empty)).ToArray();
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        var divisions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (best, _) in firstPass)
        {
            if (best?.Precision is GeoPrecision.Country or GeoPrecision.Division) countries.Add(best.Country);
            if (best?.Precision is GeoPrecision.Division && best.Admin1 is not null) divisions.Add(best.Admin1);
        }
        var matches = new List<GeoMatch>(placeMentions.Count);
        for (int i = 0; i < placeMentions.Count; i++)
        {
            var others = new List<GeoMatch>();
            for (int j = 0; j < firstPass.Length; j++)
                if (j != i && firstPass[j].Best is { Precision: GeoPrecision.Point or GeoPrecision.Area } other
                    && firstPass[j].Margin >= ConfidentMargin && other.Mention != placeMentions[i])
                    others.Add(other);
            var context = new GeoContext(countries.ToArray(), divisions.ToArray(), others);
            if (Resolve(placeMentions[i], context).Best is { } match) matches.Add(match);
        }
        return matches;
    }
}

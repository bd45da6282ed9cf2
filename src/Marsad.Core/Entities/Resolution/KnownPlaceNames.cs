using System.Collections.Concurrent;
using Marsad.Entities.Geo;

namespace Marsad.Entities.Resolution;

/// <summary>
/// <see cref="Gazetteer.KnowsArabicName"/> remembered per name: resolution asks it of the same words in every document,
/// and each answer builds country keys and looks up three indexes.
/// </summary>
internal sealed class KnownPlaceNames(Gazetteer gazetteer)
{
    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);

    public bool Contains(string arabicName) => known.GetOrAdd(arabicName, gazetteer.KnowsArabicName);
}

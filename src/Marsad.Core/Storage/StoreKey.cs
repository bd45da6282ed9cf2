using System.Globalization;

namespace Marsad.Storage;

/// <summary>The key of a stored document in the pipeline's records (dedup ids, report documents): its store id in
/// invariant digits, the same in every store.</summary>
public static class StoreKey
{
    public static string Of(long documentId) => documentId.ToString(CultureInfo.InvariantCulture);

    public static long IdOf(string key) => long.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
}

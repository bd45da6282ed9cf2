using System.Globalization;

namespace Marsad.Bench.Common;

/// <summary>The <c>--name value</c> options of a bench verb.</summary>
public static class BenchArgs
{
    public static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

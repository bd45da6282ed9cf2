using Marsad.Pipeline;

namespace Marsad.Cleaning;

/// <summary>Turns raw article text into clean display text. STUB: owned by the cleaning work.</summary>
public static class PlainTextCleaner
{
    /// <param name="raw">Text as read from the source.</param>
    /// <param name="context">Lines seen across the other documents of the same run/collection, if known.</param>
    public static CleanedText Clean(string raw, BoilerplateContext? context = null) => throw new NotImplementedException();
}

namespace Marsad.Cleaning;

/// <summary>What the cleaner may know about other documents: how many documents each line (as a match key) occurs in.
/// A line repeated across many documents is furniture, whatever it says. STUB shape: owned by the cleaning work.</summary>
public sealed class BoilerplateContext
{
    public static BoilerplateContext FromDocuments(IEnumerable<string> texts) => throw new NotImplementedException();
}

namespace Marsad.Ingest;

/// <summary>One input that could not be read or analysed, with the reason in plain words.</summary>
/// <param name="Source">The path or URL, as the user gave or as found under a directory.</param>
public sealed record InputError(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}

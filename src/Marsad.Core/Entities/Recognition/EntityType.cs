namespace Marsad.Entities.Recognition;

/// <summary>The four entity types of ANERcorp and CoNLL: people, places, organisations and everything else named.</summary>
public enum EntityType : byte
{
    Person,
    Location,
    Organization,
    Miscellaneous,
}

/// <summary>The CoNLL labels of <see cref="EntityType"/> (PER, LOC, ORG, MISC) and their spellings in other corpora.</summary>
public static class EntityTypeLabels
{
    public static string Label(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        _ => "MISC",
    };

    /// <summary>Parses a type label; ANERcorp writes PERS for persons. Returns false for a label outside the four types.</summary>
    public static bool TryParse(string label, out EntityType type)
    {
        switch (label.ToUpperInvariant())
        {
            case "PER": case "PERS": case "PERSON": type = EntityType.Person; return true;
            case "LOC": case "LOCATION": type = EntityType.Location; return true;
            case "ORG": case "ORGANIZATION": case "ORGANISATION": type = EntityType.Organization; return true;
            case "MISC": case "MISCELLANEOUS": type = EntityType.Miscellaneous; return true;
            default: type = default; return false;
        }
    }

    /// <summary>The canonical label for a corpus label (PERS → PER); labels outside the four types are kept as they are.</summary>
    public static string Canonical(string label) => TryParse(label, out var type) ? type.Label() : label;
}

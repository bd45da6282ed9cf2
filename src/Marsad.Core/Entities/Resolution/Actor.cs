using Marsad.Entities.Recognition;

namespace Marsad.Entities.Resolution;

/// <summary>ACLED's actor types (its "inter" codes), used by later stages to weigh and group actors.</summary>
public enum ActorKind : byte
{
    StateForces,
    RebelGroup,
    PoliticalMilitia,
    IdentityMilitia,
    Rioters,
    Protesters,
    Civilians,
    ExternalOther,
}

/// <summary>An actor of the curated actors file: its canonical Arabic name, English name, type, ACLED kind,
/// countries (ISO 3166 alpha-2) and every other name it goes by (Arabic, Latin, abbreviations, handles); the actors it
/// is a part of (<paramref name="MemberOf"/>: a component of a coalition or a force of a government) and its allies.</summary>
public sealed record Actor(
    string Id,
    string Name,
    string EnglishName,
    EntityType Type,
    ActorKind Kind,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string>? MemberOf = null,
    IReadOnlyList<string>? Allies = null);

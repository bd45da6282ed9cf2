using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Roles;

namespace Marsad.Entities.Resolution;

/// <summary>One occurrence of an entity: the half-open range [Start, End) of a document's text.</summary>
public sealed record Mention(string DocumentId, int Start, int End, string Text);

/// <summary>
/// A resolved entity: everything the documents call by one of its names. <see cref="Id"/> is stable and
/// deterministic: <c>actor/ID</c> for an entity of the actors file, otherwise the type and a hash of the canonical
/// name's match key. <see cref="Aliases"/> are the distinct surface names (the canonical one included), sorted.
/// </summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Role> Roles,
    string? ActorId = null,
    ActorKind? ActorKind = null,
    IReadOnlyList<string>? Countries = null,
    // Filled by the geocoding stage for places; the resolver leaves it empty.
    GeoMatch? Geo = null,
    // Why each alias is on the entity (filled by the collection's registry).
    IReadOnlyList<AliasEvidence>? Evidence = null);

/// <summary>
/// Why an alias belongs to its entity: the rule that put it there, the name it was matched against, and the
/// documents (the first few, by id) that gave the evidence. <see cref="Weak"/> links rest on a partial name: a
/// shorter form joined the one full name in play.
/// </summary>
public sealed record AliasEvidence(string Alias, string Rule, string? Via, IReadOnlyList<string> Documents, bool Weak = false)
{
    public const string Canonical = "canonical", SameKey = "same-spelling", Variant = "spelling-variant", ActorAlias = "actor-catalogue",
        CountryName = "country-name", FeatureName = "gazetteer-feature-name", SameDocument = "same-document", ShorterForm = "shorter-form",
        InDocument = "partial-in-document", ReducedForm = "with-clitic-or-head";
}

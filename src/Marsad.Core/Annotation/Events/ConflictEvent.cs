using Marsad.Entities.Geo;

namespace Marsad.Annotation.Events;

/// <summary>
/// A conflict event a sentence reports, in ACLED's typology (<see cref="AcledTypes"/>). <see cref="Start"/>/<see cref="End"/>
/// are the sentence's UTF-16 offsets (half-open); actors and the location are entity ids of the document.
/// </summary>
/// <param name="Id">Document id and the event's number in it (<c>doc#1</c>).</param>
/// <param name="Date">ISO day (or month) the event happened, or null when neither the sentence nor the document says.</param>
/// <param name="TimePrecision">ACLED's time precision: 1 the day is stated in the sentence, 2 the document's event date, 3 a month or less precise.</param>
/// <param name="Fatalities">Deaths the sentence states; 0 when it states none.</param>
/// <param name="Trigger">The words that made the sentence an event ("بلغم أرضي").</param>
public sealed record ConflictEvent(
    string Id,
    string Document,
    int Start,
    int End,
    string EventType,
    string SubEventType,
    string? Actor1EntityId,
    string? Actor2EntityId,
    string? LocationEntityId,
    GeoMatch? Location,
    string? Date,
    int TimePrecision,
    int Fatalities,
    string Trigger,
    string Text);

/// <summary>ACLED's event types and sub-event types, spelled as ACLED spells them, and the disorder type of each.</summary>
public static class AcledTypes
{
    public const string Battles = "Battles";
    public const string ExplosionsRemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    public const string ArmedClash = "Armed clash";
    public const string GovernmentRegainsTerritory = "Government regains territory";
    public const string NonStateActorOvertakesTerritory = "Non-state actor overtakes territory";
    public const string AirDroneStrike = "Air/drone strike";
    public const string ShellingArtilleryMissile = "Shelling/artillery/missile attack";
    public const string RemoteExplosive = "Remote explosive/landmine/IED";
    public const string SuicideBomb = "Suicide bomb";
    public const string Attack = "Attack";
    public const string Abduction = "Abduction/forced disappearance";
    public const string PeacefulProtest = "Peaceful protest";
    public const string ProtestWithIntervention = "Protest with intervention";
    public const string MobViolence = "Mob violence";
    public const string Agreement = "Agreement";
    public const string Arrests = "Arrests";
    public const string ChangeToGroup = "Change to group/activity";
    public const string HeadquartersEstablished = "Headquarters or base established";
    public const string NonViolentTransfer = "Non-violent transfer of territory";
    public const string Other = "Other";

    /// <summary>ACLED's disorder type: political violence, demonstrations, or strategic developments.</summary>
    public static string DisorderType(string eventType) => eventType switch
    {
        Protests => "Demonstrations",
        Riots => "Political violence; Demonstrations",
        StrategicDevelopments => "Strategic developments",
        _ => "Political violence",
    };
}

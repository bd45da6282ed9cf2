namespace Marsad.Export;

/// <summary>One event as a row of ACLED's export, column for column (names in <see cref="AcledExport.Columns"/>).
/// Inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
/// 7 civilians, 8 external/other, 0 none. Precisions run from 1 (exact) to 3 (coarse).</summary>
public sealed record AcledRow(
    string EventIdCnty, string EventDate, int? Year, int TimePrecision, string DisorderType, string EventType, string SubEventType,
    string Actor1, string AssocActor1, int Inter1, string Actor2, string AssocActor2, int Inter2, int Interaction,
    string CivilianTargeting, string Iso, string Region, string Country, string Admin1, string Admin2, string Admin3,
    string Location, double? Latitude, double? Longitude, int GeoPrecision, string Source, string SourceScale, string Notes,
    int Fatalities, string Tags, long Timestamp);

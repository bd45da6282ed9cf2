using Marsad.Report;

namespace Marsad.Evaluation;

/// <summary>Counts of a yes/no decision against the gold: P = TP / (TP + FP), R = TP / (TP + FN), 0 when
/// undefined.</summary>
public sealed record PairCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    internal static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>A gold pair with the system's decision; <paramref name="Absent"/> when one of the two names is in no
/// entity at all.</summary>
public sealed record AliasDecision(GoldAliasPair Gold, bool PredictedSame, bool Absent);

/// <summary>The alias pairs: all of them, the sampled ones and the added ones.</summary>
/// <param name="NotNamePairs">Gold pairs left out because their name is no named entity (NONE in the type gold).</param>
public sealed record AliasScores(PairCounts All, PairCounts Sampled, PairCounts Added, int AbsentPairs, int NotNamePairs,
    IReadOnlyList<AliasDecision> Decisions);

/// <summary>A system entity scored for its type: <paramref name="MatchedName"/> is the gold name it was looked up
/// by (its canonical name or one of its aliases).</summary>
public sealed record TypeDecision(
    string EntityId, string Name, int Mentions, string SystemType, string GoldType, string MatchedName)
{
    public bool Correct => SystemType == GoldType;
}

/// <param name="Eligible">System entities with at least <see cref="ResolutionEvaluator.MinTypeMentions"/>
/// mentions.</param>
public sealed record TypeScores(int Eligible, IReadOnlyList<TypeDecision> Decisions)
{
    public int Covered => Decisions.Count;
    public int Correct => Decisions.Count(d => d.Correct);
    public double Precision => PairCounts.Ratio(Correct, Covered);
}

/// <summary>A gold place mention with what the system made of it. <paramref name="Entity"/> is the system entity
/// whose mention overlaps the gold span (null when none does); <paramref name="Realigned"/> when the gold offsets no
/// longer pointed at the mention and its nearest occurrence was used; <paramref name="Distance"/> in km when both have
/// coordinates; <paramref name="Correct"/> within <see cref="ResolutionEvaluator.RadiusKm"/> (or in the gold
/// country), <paramref name="Coarse"/> within <see cref="ResolutionEvaluator.CoarseRadiusKm"/>.</summary>
public sealed record PlaceDecision(
    GoldPlace Gold, EntityReport? Entity, bool Realigned, double? Distance, bool Correct, bool Coarse)
{
    public bool Geocoded => Entity?.Geo is not null;
}

/// <param name="Unaligned">Gold spans whose text matched neither their offsets nor any nearby occurrence.</param>
/// <param name="MissingDocuments">Gold mentions in documents whose text the system did not have.</param>
public sealed record GeoScores(IReadOnlyList<PlaceDecision> Decisions, int Unaligned, int MissingDocuments)
{
    public int GoldPlaces => Decisions.Count(d => d.Gold.IsPlace);
    public int Geocoded => Decisions.Count(d => d.Gold.IsPlace && d.Geocoded);
    public int Correct => Decisions.Count(d => d.Gold.IsPlace && d.Correct);
    public int CorrectCoarse => Decisions.Count(d => d.Gold.IsPlace && d.Coarse);
    public int NotPlaces => Decisions.Count(d => !d.Gold.IsPlace);
    public int NotPlacesGeocoded => Decisions.Count(d => !d.Gold.IsPlace && d.Geocoded);
    /// <summary>Correct among the gold places the system geocoded.</summary>
    public double Accuracy => PairCounts.Ratio(Correct, Geocoded);
    public double AccuracyCoarse => PairCounts.Ratio(CorrectCoarse, Geocoded);
    /// <summary>Gold places the system geocoded, right or wrong.</summary>
    public double Coverage => PairCounts.Ratio(Geocoded, GoldPlaces);
}

public sealed record EntitySize(string Id, string Type, string Name, int Mentions, int Aliases);

/// <summary>Everything <see cref="ResolutionEvaluator.Evaluate"/> scored; <see cref="ResolutionReport"/> prints it.</summary>
public sealed record ResolutionResult(
    AliasScores Alias, TypeScores Type, GeoScores Geo, IReadOnlyList<EntitySize> Largest, int Entities)
{
    public void WriteReport(TextWriter output, int examples = 15) => ResolutionReport.Write(this, output, examples);
}

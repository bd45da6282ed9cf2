using System.Globalization;

namespace Marsad.Evaluation;

/// <summary>The text report of <c>marsad eval resolution</c>: the figures, up to N errors of each kind behind them,
/// the largest entities, and last a machine-readable line <c>alias-P … alias-R … type-P … geo@50km …</c>.</summary>
public static class ResolutionReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private static readonly string[] Labels = ["PER", "ORG", "LOC", "MISC", "NONE"];

    public static void Write(ResolutionResult result, TextWriter output, int examples = 15)
    {
        output.WriteLine(string.Create(C, $"entities: {result.Entities}"));
        output.WriteLine();
        WriteAliases(result.Alias, output, examples);
        output.WriteLine();
        WriteTypes(result.Type, output, examples);
        output.WriteLine();
        WritePlaces(result.Geo, output, examples);
        output.WriteLine();
        output.WriteLine("largest entities:");
        foreach (var e in result.Largest)
            output.WriteLine(string.Create(C, $"  {e.Name}\t{e.Type}\t{e.Mentions} mentions\t{e.Aliases} aliases"));
        output.WriteLine();
        output.WriteLine($"alias-P {F(result.Alias.All.Precision)} alias-R {F(result.Alias.All.Recall)} "
            + $"type-P {F(result.Type.Precision)} geo@50km {F(result.Geo.Accuracy)}");
    }

    private static string F(double x) => x.ToString("0.0000", C);

    private static string Counts(PairCounts p) => string.Create(C,
        $"P {F(p.Precision)} R {F(p.Recall)} (TP {p.TruePositives}, FP {p.FalsePositives}, FN {p.FalseNegatives}, TN {p.TrueNegatives})");

    private static void WriteAliases(AliasScores alias, TextWriter output, int examples)
    {
        output.WriteLine(string.Create(C,
            $"alias pairs: {alias.All.Total} ({alias.AbsentPairs} with a name in no entity, counted as not merged; "
            + $"{alias.NotNamePairs} of names typed NONE left out)"));
        output.WriteLine($"  all      {Counts(alias.All)}");
        output.WriteLine($"  sampled  {Counts(alias.Sampled)}");
        output.WriteLine($"  added    {Counts(alias.Added)}");
        var wrong = alias.Decisions.Where(d => d.PredictedSame && !d.Gold.Same).ToList();
        output.WriteLine($"  wrong merges (gold different, merged): {wrong.Count}");
        foreach (var d in wrong.Take(examples))
            output.WriteLine($"    {d.Gold.Type}\t{d.Gold.Name}\t{d.Gold.Alias}\t{d.Gold.Note}");
        var missed = alias.Decisions.Where(d => !d.PredictedSame && d.Gold.Same).ToList();
        output.WriteLine($"  missed merges (gold same, not merged): {missed.Count}");
        foreach (var d in missed.Take(examples))
            output.WriteLine($"    {d.Gold.Type}\t{d.Gold.Name}\t{d.Gold.Alias}{(d.Absent ? "\t(a name in no entity)" : "")}");
    }

    private static void WriteTypes(TypeScores types, TextWriter output, int examples)
    {
        output.WriteLine(string.Create(C,
            $"types: {types.Covered} of {types.Eligible} entities with ≥ {ResolutionEvaluator.MinTypeMentions} mentions "
            + $"covered by the gold; precision {F(types.Precision)} ({types.Correct} correct)"));
        output.WriteLine("  system \\ gold\t" + string.Join('\t', Labels));
        foreach (var system in Labels.Take(4))
        {
            var row = Labels.Select(gold => types.Decisions.Count(d => d.SystemType == system && d.GoldType == gold));
            output.WriteLine($"  {system}\t\t" + string.Join('\t', row));
        }
        var wrong = types.Decisions.Where(d => !d.Correct).OrderByDescending(d => d.Mentions).ToList();
        output.WriteLine($"  wrong types, most mentioned first: {wrong.Count}");
        foreach (var d in wrong.Take(examples))
        {
            var by = d.MatchedName == d.Name ? "" : $" (by alias {d.MatchedName})";
            output.WriteLine(string.Create(C, $"    {d.Name}\t{d.Mentions} mentions\tsystem {d.SystemType}, gold {d.GoldType}{by}"));
        }
    }

    private static void WritePlaces(GeoScores geo, TextWriter output, int examples)
    {
        output.WriteLine(string.Create(C,
            $"places: {geo.GoldPlaces} gold place mentions, {geo.Geocoded} geocoded by the system (coverage {F(geo.Coverage)}); "
            + $"within 50 km {geo.Correct} (accuracy {F(geo.Accuracy)}), within 161 km {geo.CorrectCoarse} ({F(geo.AccuracyCoarse)})"));
        output.WriteLine(string.Create(C,
            $"  not places: {geo.NotPlaces}, geocoded by the system: {geo.NotPlacesGeocoded}; gold spans realigned: "
            + $"{geo.Decisions.Count(d => d.Realigned)}, unaligned: {geo.Unaligned}, documents missing: {geo.MissingDocuments}"));
        foreach (var precision in ResolutionGold.Precisions)
        {
            var group = geo.Decisions.Where(d => d.Gold.IsPlace && d.Gold.Precision == precision).ToList();
            if (group.Count > 0)
                output.WriteLine(string.Create(C,
                    $"  {precision}: {group.Count} gold, {group.Count(d => d.Geocoded)} geocoded, {group.Count(d => d.Correct)} right"));
        }
        var wrong = geo.Decisions.Where(d => d.Geocoded && !d.Correct).ToList();
        output.WriteLine($"  wrong places: {wrong.Count}");
        foreach (var d in wrong.Take(examples))
        {
            var (g, at) = (d.Entity!.Geo!, $"{d.Gold.Mention}\t{d.Gold.DocumentId}:{d.Gold.Start}");
            output.WriteLine(d.Gold.IsPlace
                ? string.Create(C, $"    {at}\tsystem {g.Name} {g.Country} ({g.Lat:0.###}, {g.Lon:0.###}) {d.Distance:0} km off")
                : $"    {at}\tnot a place, system {g.Name} {g.Country}");
        }
        var missed = geo.Decisions.Where(d => d.Gold.IsPlace && !d.Geocoded).ToList();
        output.WriteLine($"  gold places not geocoded: {missed.Count}");
        foreach (var d in missed.Take(examples))
        {
            var entity = d.Entity is null ? "no entity" : $"entity {d.Entity.Name} ({d.Entity.Type})";
            output.WriteLine($"    {d.Gold.Mention}\t{d.Gold.DocumentId}:{d.Gold.Start}\t{entity}");
        }
    }
}

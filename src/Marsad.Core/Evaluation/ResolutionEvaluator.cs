using System.Globalization;
using Marsad.Entities.Geo;
using Marsad.Entities.Resolution;
using Marsad.Report;

namespace Marsad.Evaluation;

/// <summary>Counts of a yes/no decision against the gold: P = TP / (TP + FP), R = TP / (TP + FN), 0 when undefined.</summary>
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

public sealed record AliasScores(PairCounts All, PairCounts Sampled, PairCounts Added, int AbsentPairs, IReadOnlyList<AliasDecision> Decisions);

/// <summary>A system entity scored for its type: <paramref name="MatchedName"/> is the gold name it was looked up by.</summary>
public sealed record TypeDecision(string EntityId, string Name, int Mentions, string SystemType, string GoldType, string MatchedName)
{
    public bool Correct => SystemType == GoldType;
}

/// <param name="Eligible">System entities with at least <see cref="ResolutionEvaluator.MinTypeMentions"/> mentions.</param>
public sealed record TypeScores(int Eligible, IReadOnlyList<TypeDecision> Decisions)
{
    public int Covered => Decisions.Count;
    public int Correct => Decisions.Count(d => d.Correct);
    public double Precision => PairCounts.Ratio(Correct, Covered);
}

/// <summary>A gold place mention with what the system made of it. <paramref name="Entity"/> is the system entity whose
/// mention overlaps the gold span (null when none does); <paramref name="Realigned"/> when the gold offsets no longer
/// pointed at the mention and the nearest occurrence was used; <paramref name="Distance"/> in km when both have
/// coordinates.</summary>
public sealed record PlaceDecision(GoldPlace Gold, EntityReport? Entity, bool Realigned, double? Distance, bool Correct, bool Correct161);

public sealed record GeoScores(IReadOnlyList<PlaceDecision> Decisions, int Unaligned, int MissingDocuments)
{
    public int GoldPlaces => Decisions.Count(d => d.Gold.IsPlace);
    public int Geocoded => Decisions.Count(d => d.Gold.IsPlace && d.Entity?.Geo is not null);
    public int Correct => Decisions.Count(d => d.Gold.IsPlace && d.Correct);
    public int Correct161 => Decisions.Count(d => d.Gold.IsPlace && d.Correct161);
    public int NotPlaces => Decisions.Count(d => !d.Gold.IsPlace);
    public int NotPlacesGeocoded => Decisions.Count(d => !d.Gold.IsPlace && d.Entity?.Geo is not null);
    /// <summary>Correct among the gold places the system geocoded.</summary>
    public double Accuracy => PairCounts.Ratio(Correct, Geocoded);
    public double Accuracy161 => PairCounts.Ratio(Correct161, Geocoded);
    public double Coverage => PairCounts.Ratio(Geocoded, GoldPlaces);
}

public sealed record EntitySize(string Id, string Type, string Name, int Mentions, int Aliases);

public sealed record ResolutionResult(AliasScores Alias, TypeScores Type, GeoScores Geo, IReadOnlyList<EntitySize> Largest, int Entities)
{
    /// <summary>The figures, the errors behind them (up to <paramref name="examples"/> of each kind), and last a
    /// machine-readable line: <c>alias-P … alias-R … type-P … geo@50km …</c>.</summary>
    public void WriteReport(TextWriter output, int examples = 15)
    {
        var c = CultureInfo.InvariantCulture;
        string F(double x) => x.ToString("0.0000", c);
        string Counts(PairCounts p) => string.Create(c,
            $"P {F(p.Precision)} R {F(p.Recall)} (TP {p.TruePositives}, FP {p.FalsePositives}, FN {p.FalseNegatives}, TN {p.TrueNegatives})");
        output.WriteLine(string.Create(c, $"entities: {Entities}"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"alias pairs: {Alias.All.Total} ({Alias.AbsentPairs} with a name in no entity, counted as not merged)"));
        output.WriteLine($"  all      {Counts(Alias.All)}");
        output.WriteLine($"  sampled  {Counts(Alias.Sampled)}");
        output.WriteLine($"  added    {Counts(Alias.Added)}");
        var wrongMerges = Alias.Decisions.Where(d => d.PredictedSame && !d.Gold.Same).ToList();
        var missed = Alias.Decisions.Where(d => !d.PredictedSame && d.Gold.Same).ToList();
        output.WriteLine($"  wrong merges (gold different, merged): {wrongMerges.Count}");
        foreach (var d in wrongMerges.Take(examples)) output.WriteLine($"    {d.Gold.Type}\t{d.Gold.Name}\t{d.Gold.Alias}\t{d.Gold.Note}");
        output.WriteLine($"  missed merges (gold same, not merged): {missed.Count}");
        foreach (var d in missed.Take(examples))
            output.WriteLine($"    {d.Gold.Type}\t{d.Gold.Name}\t{d.Gold.Alias}{(d.Absent ? "\t(a name in no entity)" : "")}");
        output.WriteLine();

        output.WriteLine(string.Create(c,
            $"types: {Type.Covered} of {Type.Eligible} entities with ≥ {ResolutionEvaluator.MinTypeMentions} mentions covered by the gold; precision {F(Type.Precision)} ({Type.Correct} correct)"));
        var labels = new[] { "PER", "ORG", "LOC", "MISC", "NONE" };
        output.WriteLine("  system \\ gold\t" + string.Join('\t', labels));
        foreach (var system in labels.Take(4))
            output.WriteLine($"  {system}\t\t" + string.Join('\t', labels.Select(g => Type.Decisions.Count(d => d.SystemType == system && d.GoldType == g))));
        var wrongTypes = Type.Decisions.Where(d => !d.Correct).OrderByDescending(d => d.Mentions).ToList();
        output.WriteLine($"  wrong types, most mentioned first: {wrongTypes.Count}");
        foreach (var d in wrongTypes.Take(examples))
            output.WriteLine(string.Create(c, $"    {d.Name}\t{d.Mentions} mentions\tsystem {d.SystemType}, gold {d.GoldType}{(d.MatchedName == d.Name ? "" : $" (by alias {d.MatchedName})")}"));
        output.WriteLine();

        output.WriteLine(string.Create(c,
            $"places: {Geo.GoldPlaces} gold place mentions, {Geo.Geocoded} geocoded by the system (coverage {F(Geo.Coverage)}); within 50 km {Geo.Correct} (accuracy {F(Geo.Accuracy)}), within 161 km {Geo.Correct161} ({F(Geo.Accuracy161)})"));
        output.WriteLine(string.Create(c,
            $"  not places: {Geo.NotPlaces}, geocoded by the system: {Geo.NotPlacesGeocoded}; gold spans realigned: {Geo.Decisions.Count(d => d.Realigned)}, unaligned: {Geo.Unaligned}, documents missing: {Geo.MissingDocuments}"));
        foreach (var precision in ResolutionGold.Precisions)
        {
            var group = Geo.Decisions.Where(d => d.Gold.IsPlace && d.Gold.Precision == precision).ToList();
            if (group.Count == 0) continue;
            int geocoded = group.Count(d => d.Entity?.Geo is not null), correct = group.Count(d => d.Correct);
            output.WriteLine(string.Create(c, $"  {precision}: {group.Count} gold, {geocoded} geocoded, {correct} within 50 km"));
        }
        var wrongPlaces = Geo.Decisions.Where(d => d.Entity?.Geo is not null && !d.Correct).ToList();
        output.WriteLine($"  wrong places: {wrongPlaces.Count}");
        foreach (var d in wrongPlaces.Take(examples))
        {
            var g = d.Entity!.Geo!;
            output.WriteLine(d.Gold.IsPlace
                ? string.Create(c, $"    {d.Gold.Mention}\t{d.Gold.DocumentId}:{d.Gold.Start}\tsystem {g.Name} {g.Country} ({g.Lat:0.###}, {g.Lon:0.###}) {d.Distance:0} km off")
                : $"    {d.Gold.Mention}\t{d.Gold.DocumentId}:{d.Gold.Start}\tnot a place, system {g.Name} {g.Country}");
        }
        var missedPlaces = Geo.Decisions.Where(d => d.Gold.IsPlace && d.Entity?.Geo is null).ToList();
        output.WriteLine($"  gold places not geocoded: {missedPlaces.Count}");
        foreach (var d in missedPlaces.Take(examples))
            output.WriteLine($"    {d.Gold.Mention}\t{d.Gold.DocumentId}:{d.Gold.Start}\t{(d.Entity is null ? "no entity" : $"entity {d.Entity.Name} ({d.Entity.Type})")}");
        output.WriteLine();

        output.WriteLine("largest entities:");
        foreach (var e in Largest)
            output.WriteLine(string.Create(c, $"  {e.Name}\t{e.Type}\t{e.Mentions} mentions\t{e.Aliases} aliases"));
        output.WriteLine();
        output.WriteLine($"alias-P {F(Alias.All.Precision)} alias-R {F(Alias.All.Recall)} type-P {F(Type.Precision)} geo@50km {F(Geo.Accuracy)}");
    }
}

/// <summary>
/// Scores a system's resolved entities against <see cref="ResolutionGold"/>. Names are compared by their match key
/// (<see cref="NameKeys.Key"/>) throughout.
/// <list type="bullet">
/// <item>alias pairs: a pair is predicted <c>same</c> when one entity's names (canonical name and aliases) hold both
/// keys; a pair whose two names have one key is therefore <c>same</c> whenever some entity holds that key. A pair with
/// a name in no entity at all (the system no longer finds it) is predicted <c>different</c>, and counted apart.</item>
/// <item>types: every system entity with at least <see cref="MinTypeMentions"/> mentions whose canonical name, or
/// failing that one of its aliases (the most mentioned first), is in the type gold; the gold type NONE is wrong for
/// any system type.</item>
/// <item>places: a gold mention is judged on the system entity with a mention overlapping its span in the same
/// document (the geocoded one first, then the largest overlap, then the most mentioned). Right when within 50 km of
/// the gold point, or, for a gold country with its code, when the system places it in that country; also given within
/// 161 km (100 miles, the usual coarse threshold). A gold span whose text no longer matches its mention is moved to the
/// mention's nearest occurrence within <see cref="RealignWindow"/> characters.</item>
/// </list>
/// Deterministic; the entities' mention documents must be the gold's document ids.
/// </summary>
public static class ResolutionEvaluator
{
    public const int MinTypeMentions = 5;
    public const double RadiusKm = 50;
    public const double CoarseRadiusKm = 161;
    public const int RealignWindow = 300;

    /// <param name="textOf">The clean text of a document by gold id (null when unknown), to check the gold spans.</param>
    public static ResolutionResult Evaluate(IReadOnlyList<EntityReport> entities, ResolutionGold gold, Func<string, string?>? textOf = null)
    {
        var largest = entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal).Take(10)
            .Select(e => new EntitySize(e.Id, e.Type, e.Name, e.Mentions.Count, e.Aliases.Count)).ToList();
        return new ResolutionResult(ScoreAliases(entities, gold.Aliases), ScoreTypes(entities, gold.Types),
            ScorePlaces(entities, gold.Places, textOf ?? (_ => null)), largest, entities.Count);
    }

    public static AliasScores ScoreAliases(IReadOnlyList<EntityReport> entities, IReadOnlyList<GoldAliasPair> pairs)
    {
        // key → the entities whose names have it
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
            foreach (var key in entities[i].Aliases.Append(entities[i].Name).Select(NameKeys.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!holders.TryGetValue(key, out var list)) holders[key] = list = [];
                list.Add(i);
            }
        var decisions = new List<AliasDecision>(pairs.Count);
        foreach (var pair in pairs)
        {
            var (a, b) = (NameKeys.Key(pair.Name), NameKeys.Key(pair.Alias));
            var ha = holders.GetValueOrDefault(a);
            var hb = holders.GetValueOrDefault(b);
            bool absent = ha is null || hb is null;
            bool same = !absent && ha!.Intersect(hb!).Any();
            decisions.Add(new AliasDecision(pair, same, absent));
        }
        return new AliasScores(Count(decisions), Count(decisions.Where(d => !d.Gold.Added)), Count(decisions.Where(d => d.Gold.Added)),
            decisions.Count(d => d.Absent), decisions);
    }

    private static PairCounts Count(IEnumerable<AliasDecision> decisions)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var d in decisions)
        {
            if (d.PredictedSame && d.Gold.Same) tp++;
            else if (d.PredictedSame) fp++;
            else if (d.Gold.Same) fn++;
            else tn++;
        }
        return new PairCounts(tp, fp, fn, tn);
    }

    public static TypeScores ScoreTypes(IReadOnlyList<EntityReport> entities, IReadOnlyList<GoldType> types)
    {
        var gold = new Dictionary<string, GoldType>(StringComparer.Ordinal);
        foreach (var t in types) gold.TryAdd(NameKeys.Key(t.Name), t);
        var decisions = new List<TypeDecision>();
        int eligible = 0;
        foreach (var e in entities)
        {
            if (e.Mentions.Count < MinTypeMentions) continue;
            eligible++;
            var match = gold.GetValueOrDefault(NameKeys.Key(e.Name));
            if (match is null)
            {
                // The aliases most mentioned first, so that a blob is judged by what it mostly is.
                var byMentions = e.Mentions.GroupBy(m => NameKeys.Key(m.Text), StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)
                    .Concat(e.Aliases.Select(NameKeys.Key));
                foreach (var key in byMentions)
                    if (gold.TryGetValue(key, out match)) break;
            }
            if (match is not null) decisions.Add(new TypeDecision(e.Id, e.Name, e.Mentions.Count, e.Type, match.Type, match.Name));
        }
        return new TypeScores(eligible, decisions);
    }

    public static GeoScores ScorePlaces(IReadOnlyList<EntityReport> entities, IReadOnlyList<GoldPlace> places, Func<string, string?> textOf)
    {
        var wanted = places.Select(p => p.DocumentId).ToHashSet(StringComparer.Ordinal);
        var byDocument = new Dictionary<string, List<(int Start, int End, EntityReport Entity)>>(StringComparer.Ordinal);
        foreach (var e in entities)
            foreach (var m in e.Mentions)
            {
                if (!wanted.Contains(m.Document)) continue;
                if (!byDocument.TryGetValue(m.Document, out var list)) byDocument[m.Document] = list = [];
                list.Add((m.Start, m.End, e));
            }
        var decisions = new List<PlaceDecision>(places.Count);
        int unaligned = 0, missing = 0;
        foreach (var place in places)
        {
            var (start, end, realigned) = (place.Start, place.End, false);
            var text = textOf(place.DocumentId);
            if (text is null) missing++;
            else if (!SpanHolds(text, start, end, place.Mention))
            {
                if (Nearest(text, place.Mention, start) is int moved)
                    (start, end, realigned) = (moved, moved + place.Mention.Length, true);
                else unaligned++;
            }
            var entity = byDocument.GetValueOrDefault(place.DocumentId)?
                .Where(m => m.Start < end && start < m.End)
                .OrderByDescending(m => m.Entity.Geo is not null)
                .ThenByDescending(m => Math.Min(end, m.End) - Math.Max(start, m.Start))
                .ThenByDescending(m => m.Entity.Mentions.Count)
                .ThenBy(m => m.Entity.Id, StringComparer.Ordinal)
                .Select(m => m.Entity).FirstOrDefault();
            double? distance = null;
            bool correct = false, coarse = false;
            if (entity?.Geo is { } g && place.IsPlace)
            {
                distance = GeoDistance.Kilometres(place.Lat!.Value, place.Lon!.Value, g.Lat, g.Lon);
                bool sameCountry = place.Precision == "country" && place.Country is not null && place.Country == g.Country;
                correct = sameCountry || distance <= RadiusKm;
                coarse = sameCountry || distance <= CoarseRadiusKm;
            }
            decisions.Add(new PlaceDecision(place, entity, realigned, distance, correct, coarse));
        }
        return new GeoScores(decisions, unaligned, missing);
    }

    private static bool SpanHolds(string text, int start, int end, string mention) =>
        end <= text.Length && NameKeys.Key(text[start..end]) == NameKeys.Key(mention);

    /// <summary>The start of the occurrence of <paramref name="mention"/> nearest <paramref name="start"/>, within the window.</summary>
    private static int? Nearest(string text, string mention, int start)
    {
        int? best = null;
        for (int i = text.IndexOf(mention, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mention, i + 1, StringComparison.Ordinal))
            if (Math.Abs(i - start) <= RealignWindow && (best is null || Math.Abs(i - start) < Math.Abs(best.Value - start))) best = i;
        return best;
    }
}

using Marsad.Entities.Geo;
using Marsad.Entities.Resolution;
using Marsad.Report;

namespace Marsad.Evaluation;

/// <summary>
/// Scores a system's resolved entities against <see cref="ResolutionGold"/>. Names are compared by their match key
/// (<see cref="NameKeys.Key"/>) throughout.
/// <list type="bullet">
/// <item>alias pairs: a pair is predicted <c>same</c> when one entity's names (canonical name and aliases) hold both
/// keys; a pair whose two names have one key is therefore <c>same</c> whenever some entity holds that key. A pair with
/// a name in no entity at all (the system no longer finds it, even without a leading conjunction or preposition) is
/// predicted <c>different</c>, and counted apart. Pairs
/// whose name the type gold calls NONE (currencies, common words) are left out.</item>
/// <item>types: every system entity with at least <see cref="MinTypeMentions"/> mentions whose canonical name, or
/// failing that one of its aliases (the most mentioned first), is in the type gold; the gold type NONE is wrong for
/// any system type.</item>
/// <item>places: a gold mention is judged on the system entity with a mention overlapping its span in the same
/// document (the geocoded one first, then the largest overlap, then the most mentioned). Right when within 50 km of
/// the gold point, or, for a gold country with its code, when the system places it in that country, or, for a gold
/// region (continent, world region, sea), when the system gives a region within <see cref="RegionRadiusKm"/> of the
/// gold's representative point; also given within
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
    /// <summary>How far apart two representative points of one region (أوروبا، آسيا، المحيط الأطلسي) may be.</summary>
    public const double RegionRadiusKm = 2000;
    public const int RealignWindow = 300;

    /// <param name="textOf">The clean text of a document by gold id (null when unknown), to check the gold
    /// spans.</param>
    public static ResolutionResult Evaluate(
        IReadOnlyList<EntityReport> entities, ResolutionGold gold, Func<string, string?>? textOf = null)
    {
        var largest = entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(10).Select(e => new EntitySize(e.Id, e.Type, e.Name, e.Mentions.Count, e.Aliases.Count)).ToList();
        var notNames = gold.Types.Where(t => t.Type == "NONE").Select(t => NameKeys.Key(t.Name))
            .ToHashSet(StringComparer.Ordinal);
        return new ResolutionResult(ScoreAliases(entities, gold.Aliases, notNames), ScoreTypes(entities, gold.Types),
            ScorePlaces(entities, gold.Places, textOf ?? (_ => null)), largest, entities.Count);
    }

    /// <param name="notNames">Match keys of names that are no named entity (NONE in the type gold): their pairs are
    /// left out, so that a system that drops them is not charged with missed merges.</param>
    public static AliasScores ScoreAliases(
        IReadOnlyList<EntityReport> entities, IReadOnlyList<GoldAliasPair> pairs, IReadOnlySet<string>? notNames = null)
    {
        // key → the entities whose names have it
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            var keys = entities[i].Aliases.Append(entities[i].Name).Select(NameKeys.Key).Where(k => k.Length > 0);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                if (!holders.TryGetValue(key, out var list)) holders[key] = list = [];
                list.Add(i);
            }
        }
        var decisions = new List<AliasDecision>(pairs.Count);
        int left = 0;
        foreach (var pair in pairs)
        {
            if (notNames is not null && notNames.Contains(NameKeys.Key(pair.Name)))
            {
                left++;
                continue;
            }
            var a = Holders(holders, NameKeys.Key(pair.Name));
            var b = Holders(holders, NameKeys.Key(pair.Alias));
            bool absent = a is null || b is null;
            decisions.Add(new AliasDecision(pair, !absent && a!.Intersect(b!).Any(), absent));
        }
        return new AliasScores(Count(decisions), Count(decisions.Where(d => !d.Gold.Added)),
            Count(decisions.Where(d => d.Gold.Added)), decisions.Count(d => d.Absent), left, decisions);
    }

    /// <summary>The entities holding a name, or, when none does, the name without a leading conjunction or
    /// preposition (والرياض → الرياض، للفيفا → الفيفا، بمكة → مكة): a system that takes the particle off a name no
    /// longer lists the particle's form, and is then judged on the bare name.</summary>
    private static List<int>? Holders(Dictionary<string, List<int>> holders, string key)
    {
        if (holders.TryGetValue(key, out var list)) return list;
        foreach (string bare in ProcliticFree(key))
            if (holders.TryGetValue(bare, out list)) return list;
        return null;
    }

    internal static IEnumerable<string> ProcliticFree(string key)
    {
        if (key.Length < 4 || NameKeys.IsLatin(key)) yield break;
        if (key.StartsWith("لل", StringComparison.Ordinal)) yield return "ال" + key[2..];
        if (key[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك') yield return key[1..];
        if (key.Length > 4 && key[0] is 'و' or 'ف' && key[1] is 'ب' or 'ل' or 'ك') yield return key[2..];
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
            // The canonical name, then the aliases most mentioned first (a blob is judged by what it mostly is), then
            // any alias.
            var keys = e.Mentions.GroupBy(m => NameKeys.Key(m.Text), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)
                .Prepend(NameKeys.Key(e.Name)).Concat(e.Aliases.Select(NameKeys.Key));
            if (keys.Select(gold.GetValueOrDefault).FirstOrDefault(g => g is not null) is { } match)
                decisions.Add(new TypeDecision(e.Id, e.Name, e.Mentions.Count, e.Type, match.Type, match.Name));
        }
        return new TypeScores(eligible, decisions);
    }

    public static GeoScores ScorePlaces(
        IReadOnlyList<EntityReport> entities, IReadOnlyList<GoldPlace> places, Func<string, string?> textOf)
    {
        var wanted = places.Select(p => p.DocumentId).ToHashSet(StringComparer.Ordinal);
        var byDocument = new Dictionary<string, List<(int Start, int End, EntityReport Entity)>>(StringComparer.Ordinal);
        foreach (var e in entities)
            foreach (var m in e.Mentions.Where(m => wanted.Contains(m.Document)))
            {
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
                if (Nearest(text, place.Mention, start) is not int moved) unaligned++;
                else (start, end, realigned) = (moved, moved + place.Mention.Length, true);
            }
            var entity = byDocument.GetValueOrDefault(place.DocumentId)?
                .Where(m => m.Start < end && start < m.End)
                .OrderByDescending(m => m.Entity.Geo is not null)
                .ThenByDescending(m => Math.Min(end, m.End) - Math.Max(start, m.Start))
                .ThenByDescending(m => m.Entity.Mentions.Count)
                .ThenBy(m => m.Entity.Id, StringComparer.Ordinal)
                .Select(m => m.Entity).FirstOrDefault();
            decisions.Add(Judge(place, entity, realigned));
        }
        return new GeoScores(decisions, unaligned, missing);
    }

    private static PlaceDecision Judge(GoldPlace place, EntityReport? entity, bool realigned)
    {
        if (entity?.Geo is not { } g || !place.IsPlace)
            return new PlaceDecision(place, entity, realigned, null, false, false);
        double distance = GeoDistance.Kilometres(place.Lat!.Value, place.Lon!.Value, g.Lat, g.Lon);
        // A country has no single point: the system is right when it puts the mention in that country.
        bool inCountry = place.Precision == "country" && place.Country is not null && place.Country == g.Country;
        // Nor has a continent, world region or sea: right when the system places it as a region near the gold's point.
        bool sameRegion = place.Precision == "region" && g.Precision == "region" && distance <= RegionRadiusKm;
        return new PlaceDecision(place, entity, realigned, distance,
            inCountry || sameRegion || distance <= RadiusKm, inCountry || sameRegion || distance <= CoarseRadiusKm);
    }

    private static bool SpanHolds(string text, int start, int end, string mention) =>
        end <= text.Length && NameKeys.Key(text[start..end]) == NameKeys.Key(mention);

    /// <summary>The start of the occurrence of <paramref name="mention"/> nearest <paramref name="start"/>, within
    /// the window.</summary>
    private static int? Nearest(string text, string mention, int start)
    {
        int? best = null;
        for (int i = text.IndexOf(mention, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mention, i + 1, StringComparison.Ordinal))
        {
            int distance = Math.Abs(i - start);
            if (distance <= RealignWindow && (best is null || distance < Math.Abs(best.Value - start))) best = i;
        }
        return best;
    }
}

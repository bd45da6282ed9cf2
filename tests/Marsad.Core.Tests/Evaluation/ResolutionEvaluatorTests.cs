using Marsad.Evaluation;
using Marsad.Report;

namespace Marsad.Tests.Evaluation;

public class ResolutionEvaluatorTests
{
    private static EntityReport Entity(string type, string name, string[] aliases, int mentions = 1, string document = "d1",
        int start = 0, GeoReport? geo = null) =>
        new($"{type}/{name}", type, name, [name, .. aliases],
            Enumerable.Range(0, mentions).Select(i => new EntityMentionReport(document, start + 100 * i, start + 100 * i + name.Length, name)).ToList(),
            [], null, null, geo);

    private static GoldAliasPair Pair(string name, string alias, bool same, bool added = false) => new("PER", name, alias, same, added, "");

    private static GeoReport Geo(double lat, double lon, string country) => new(lat, lon, country, null, country, "Point", "x");

    [Fact]
    public void A_pair_is_merged_when_one_entity_holds_both_names()
    {
        var entities = new[] { Entity("ORG", "قوات سوريا الديمقراطية", ["قسد"]), Entity("PER", "محمد", []) };
        var scores = ResolutionEvaluator.ScoreAliases(entities, [Pair("قوات سوريا الديمقراطية", "قسد", true), Pair("قسد", "محمد", false)]);

        Assert.Equal(new PairCounts(1, 0, 0, 1), scores.All);
    }

    [Fact]
    public void Names_are_compared_by_match_key() =>
        Assert.True(ResolutionEvaluator.ScoreAliases([Entity("LOC", "سوريا", ["سورية"])], [Pair("سوريا", "سوريه", true)]).Decisions[0].PredictedSame);

    [Fact]
    public void A_pair_of_names_in_two_entities_is_not_merged()
    {
        var entities = new[] { Entity("PER", "عادل الجبير", []), Entity("PER", "الجبير", []) };
        var scores = ResolutionEvaluator.ScoreAliases(entities, [Pair("عادل الجبير", "الجبير", true, added: true)]);

        Assert.Equal(new PairCounts(0, 0, 1, 0), scores.Added);
        Assert.Equal(0, scores.AbsentPairs);
    }

    [Fact]
    public void A_name_written_with_a_particle_is_judged_on_the_bare_name_the_system_keeps() =>
        Assert.True(ResolutionEvaluator.ScoreAliases([Entity("LOC", "الرياض", [])], [Pair("الرياض", "والرياض", true)]).Decisions[0].PredictedSame);

    [Fact]
    public void A_name_in_no_entity_counts_as_not_merged_and_absent()
    {
        var scores = ResolutionEvaluator.ScoreAliases([Entity("PER", "سلمان", [])], [Pair("سلمان", "الملك سلمان", true), Pair("سلمان", "زيد", false)]);

        Assert.Equal((new PairCounts(0, 0, 1, 1), 2), (scores.All, scores.AbsentPairs));
    }

    [Fact]
    public void Pairs_of_names_that_are_no_named_entity_are_left_out()
    {
        var scores = ResolutionEvaluator.ScoreAliases([Entity("PER", "سلمان", [])],
            [Pair("ريال", "ريالا", true), Pair("سلمان", "زيد", false)], new HashSet<string> { "ريال" });

        Assert.Equal((1, 1), (scores.All.Total, scores.NotNamePairs));
    }

    [Fact]
    public void A_wrong_merge_is_a_false_positive_of_the_sampled_pairs()
    {
        var scores = ResolutionEvaluator.ScoreAliases([Entity("PER", "محمد بن سلمان", ["محمد"])], [Pair("محمد بن سلمان", "محمد", false)]);

        Assert.Equal((0.0, 1), (scores.Sampled.Precision, scores.Sampled.FalsePositives));
    }

    [Fact]
    public void Types_are_scored_on_entities_with_enough_mentions_by_name_then_alias()
    {
        var entities = new[]
        {
            Entity("LOC", "الرياض", [], mentions: 5),
            Entity("PER", "الله", [], mentions: 9),
            Entity("ORG", "الهلال", ["نادي الهلال"], mentions: 5),
            Entity("PER", "زيد", [], mentions: 4),
        };
        var gold = new[] { new GoldType("الرياض", "LOC", ""), new GoldType("الله", "NONE", ""), new GoldType("نادي الهلال", "ORG", ""), new GoldType("زيد", "PER", "") };
        // The third entity is found by its alias; the fourth has too few mentions.
        var scores = ResolutionEvaluator.ScoreTypes(entities, gold);

        Assert.Equal((3, 3, 2), (scores.Eligible, scores.Covered, scores.Correct));
        Assert.Equal("نادي الهلال", scores.Decisions[2].MatchedName);
    }

    [Fact]
    public void A_place_is_right_within_50_km_and_counted_only_when_geocoded()
    {
        var entities = new[]
        {
            Entity("LOC", "جدة", [], start: 10, geo: Geo(21.5, 39.2, "SA")),
            Entity("LOC", "أبها", [], start: 40, geo: Geo(24.7, 46.7, "SA")),
            Entity("LOC", "تبوك", [], start: 60),
        };
        var gold = new[]
        {
            new GoldPlace("d1", 10, 13, "جدة", 21.54, 39.17, "point", null, ""),
            new GoldPlace("d1", 40, 44, "أبها", 18.22, 42.5, "point", null, ""),
            new GoldPlace("d1", 60, 64, "تبوك", 28.38, 36.57, "point", null, ""),
        };
        var scores = ResolutionEvaluator.ScorePlaces(entities, gold, _ => null);

        Assert.Equal((3, 2, 1), (scores.GoldPlaces, scores.Geocoded, scores.Correct));
        Assert.Equal((0.5, 2 / 3.0), (scores.Accuracy, scores.Coverage));
        Assert.Equal(3, scores.MissingDocuments);
    }

    [Fact]
    public void A_country_is_right_in_its_country_and_a_geocoded_non_place_is_counted()
    {
        var entities = new[] { Entity("LOC", "مصر", [], geo: Geo(27, 30, "EG")), Entity("LOC", "الله", [], start: 20, geo: Geo(1, 1, "XX")) };
        var gold = new[]
        {
            new GoldPlace("d1", 0, 3, "مصر", 30.04, 31.24, "country", "EG", ""),
            new GoldPlace("d1", 20, 24, "الله", null, null, "", null, ""),
        };
        var scores = ResolutionEvaluator.ScorePlaces(entities, gold, _ => null);

        Assert.Equal((1, 1, 1), (scores.Correct, scores.NotPlaces, scores.NotPlacesGeocoded));
    }

    [Fact]
    public void A_region_is_right_as_a_region_whatever_its_representative_point()
    {
        var europe = Entity("LOC", "أوروبا", [], start: 10, geo: new GeoReport(50, 15, "", null, "region-europe", "region", "Europe"));
        var gold = new GoldPlace("d1", 10, 16, "أوروبا", 48, 10, "region", null, "");
        var scores = ResolutionEvaluator.ScorePlaces([europe], [gold], _ => null);
        Assert.True(scores.Decisions[0].Correct);
    }

    [Fact]
    public void A_gold_span_that_moved_is_realigned_to_the_nearest_occurrence()
    {
        const string text = "زار الوزير جدة ثم عاد إلى جدة أمس";
        int second = text.LastIndexOf("جدة", StringComparison.Ordinal);
        var entities = new[] { Entity("LOC", "جدة", [], start: second, geo: Geo(21.5, 39.2, "SA")) };
        var gold = new[] { new GoldPlace("d1", second + 2, second + 5, "جدة", 21.54, 39.17, "point", null, "") };
        var scores = ResolutionEvaluator.ScorePlaces(entities, gold, _ => text);

        Assert.True(scores.Decisions[0].Realigned);
        Assert.Equal((1, 0), (scores.Correct, scores.Unaligned));
    }

    [Fact]
    public void The_report_ends_with_the_machine_readable_line()
    {
        var result = ResolutionEvaluator.Evaluate([Entity("LOC", "جدة", ["جده"], mentions: 5, geo: Geo(21.5, 39.2, "SA"))],
            new ResolutionGold([Pair("جدة", "جده", true)], [new GoldType("جدة", "LOC", "")], [new GoldPlace("d1", 0, 3, "جدة", 21.54, 39.17, "point", null, "")]));
        var output = new StringWriter();
        result.WriteReport(output);

        Assert.Equal("alias-P 1.0000 alias-R 1.0000 type-P 1.0000 geo@50km 1.0000", output.ToString().TrimEnd().Split('\n')[^1]);
        Assert.Equal(("جدة", 5, 2), (result.Largest[0].Name, result.Largest[0].Mentions, result.Largest[0].Aliases));
    }

    [Fact]
    public void Nothing_to_score_gives_zeros_not_errors()
    {
        var result = ResolutionEvaluator.Evaluate([], new ResolutionGold([], [], []));

        Assert.Equal((0.0, 0.0, 0.0), (result.Alias.All.Precision, result.Type.Precision, result.Geo.Accuracy));
    }
}

using Marsad.Stories;

namespace Marsad.Tests.Stories;

/// <summary>Placing one article among stored stories from what the story index says of its keys.</summary>
public sealed class StoryPlacerTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>An article whose terms are the given stems (each once) and whose actors are the given keys.</summary>
    private static ArticleKeys Article(string[] terms, params string[] actors) =>
        new([.. actors.Select(a => StoryKeys.Entity + a)], [], terms.ToDictionary(t => StoryKeys.Term + t, _ => 1));

    private static StoryKeyHit Hit(string key, string story, int frequency = 1, DateTimeOffset? last = null) =>
        new(key, frequency, story, last ?? Day);

    [Fact]
    public void An_article_whose_keys_one_story_carries_joins_it()
    {
        var article = Article(["زلزال", "انهيار", "انقاذ"], "الدفاع المدني");
        var lookup = new StoryLookup("r1", 10, [Hit("t:زلزال", "s1"), Hit("t:انهيار", "s1"), Hit("t:انقاذ", "s1"), Hit("e:الدفاع المدني", "s1"), Hit("t:زلزال", "s2")]);

        var match = StoryPlacer.Place(article, lookup, Day.AddHours(5));

        // All its terms and all its actors: the content and entity weights whole; it names no place.
        Assert.Equal("s1", match.Story);
        Assert.Equal(StoryOptions.Default.ContentWeight + StoryOptions.Default.EntityWeight, match.Score, 3);
    }

    [Fact]
    public void An_article_sharing_one_word_of_many_joins_no_story()
    {
        var article = Article(["زلزال", "مباراه", "هدف", "ملعب", "جمهور"]);
        var lookup = new StoryLookup("r1", 10, [Hit("t:زلزال", "s1")]);

        var match = StoryPlacer.Place(article, lookup, Day);

        Assert.Null(match.Story);
        Assert.True(match.Score < StoryOptions.Default.PlacementThreshold);
    }

    [Fact]
    public void A_story_whose_last_article_is_older_than_the_window_is_closed()
    {
        var article = Article(["زلزال", "انهيار"]);
        var lookup = new StoryLookup("r1", 10, [Hit("t:زلزال", "s1", last: Day), Hit("t:انهيار", "s1", last: Day)]);

        var match = StoryPlacer.Place(article, lookup, Day + StoryOptions.Default.Window + TimeSpan.FromHours(1));

        Assert.Null(match.Story);
    }

    [Fact]
    public void A_key_the_index_says_is_common_weighs_little_and_names_no_candidate()
    {
        // "قوات" in all 10 stories (so returned without its stories), the rare word in s1 only.
        var article = Article(["قوات", "زلزال"]);
        var lookup = new StoryLookup("r1", 10, [new StoryKeyHit("t:قوات", 10, null, null), Hit("t:زلزال", "s1")]);

        var match = StoryPlacer.Place(article, lookup, Day);

        Assert.Equal("s1", match.Story);
        Assert.True(match.Score < StoryOptions.Default.ContentWeight);
    }

    [Fact]
    public void Ties_go_to_the_story_that_sorts_first()
    {
        var article = Article(["زلزال"]);
        var lookup = new StoryLookup("r1", 10, [Hit("t:زلزال", "s2"), Hit("t:زلزال", "s1")]);

        Assert.Equal("s1", StoryPlacer.Place(article, lookup, Day).Story);
    }

    [Fact]
    public void Without_any_hit_nothing_is_placed()
    {
        var match = StoryPlacer.Place(Article(["زلزال"]), StoryLookup.Empty, Day);

        Assert.Equal(new StoryMatch(null, 0), match);
    }

    [Fact]
    public void Story_keys_are_the_union_of_their_documents_actor_place_and_heaviest_term_keys()
    {
        var a = new StoryDocument("a", "انهار مبنى قديم في حلب وفرق الانقاذ تبحث عن ناجين", Day, null, [], ["الدفاع المدني"], ["حلب"], "x");
        var b = new StoryDocument("b", "فرق الانقاذ تنتشل ناجين من تحت انقاض المبنى في حلب", Day, null, [], ["الدفاع المدني"], ["حلب"], "y");
        var story = new Marsad.Stories.Story("s1", "", null, Day, Day, ["a", "b"], [], 2, [], [], [], [], [], [], []);

        var keys = StoryKeys.Of([story], [a, b]);

        Assert.Contains(new StoryKey("s1", "e:الدفاع المدني", 2), keys);
        Assert.Contains(new StoryKey("s1", "p:حلب", 2), keys);
        Assert.Contains(keys, k => k.Key.StartsWith(StoryKeys.Term, StringComparison.Ordinal));
        Assert.All(keys, k => Assert.Equal("s1", k.Story));
    }

    [Fact]
    public void A_story_is_also_keyed_by_the_ids_its_documents_alone_gave_an_actor_the_collection_renamed()
    {
        // The collection merged طلال سلو (this article) with طلال سيلو (another) under the id of the second spelling;
        // a copy of this article placed alone only knows the id of the first.
        var a = new StoryDocument("a", "قال طلال سلو إن المعارك مستمرة في ريف دير الزور", Day, null, [], ["per/talal-silo"], [], "x")
        {
            OwnEntityIds = ["per/talal-salo"],
        };
        var story = new Marsad.Stories.Story("s1", "", null, Day, Day, ["a"], [], 1, [], [], [], [], [], [], []);

        var keys = StoryKeys.Of([story], [a]);

        Assert.Contains(new StoryKey("s1", "e:per/talal-silo", 1), keys);
        Assert.Contains(new StoryKey("s1", "e:per/talal-salo", 1), keys);
    }
}

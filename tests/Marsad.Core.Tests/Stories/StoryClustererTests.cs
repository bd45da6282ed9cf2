using Marsad.Stories;
using Marsad.Text.Sentences;

namespace Marsad.Tests.Stories;

public class StoryClustererTests
{
    static StoryDocument Doc(string id, string text, DateTimeOffset? published = null, string? copyOf = null) =>
        new(id, text, published, null, SentenceSplitter.Split(text), [], [], id) { CopyOf = copyOf };

    const string FloodA = "غمرت مياه الفيضانات قرى وادي النيل الجنوبي بعد أمطار غزيرة، وأجلت فرق الدفاع المدني مئات الأسر من قرية الشلالات. وقال محافظ أسوان إن السدود الترابية انهارت ليلا.";
    const string FloodB = "أجلت فرق الدفاع المدني الأسر من قرية الشلالات في وادي النيل بعد انهيار السدود الترابية إثر أمطار غزيرة وفيضانات، بحسب محافظ أسوان.";
    const string Football = "فاز فريق الزمالك على الأهلي بهدفين نظيفين في نهائي كأس مصر لكرة القدم على ملعب القاهرة الدولي وسط حضور جماهيري كبير.";

    [Fact]
    public void Articles_about_one_event_join_one_story()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Put(Doc("a", FloodA));
        var second = clusterer.Put(Doc("b", FloodB));
        Assert.True(first.Opened);
        Assert.False(second.Opened);
        Assert.Equal(first.Story, second.Story);
    }

    [Fact]
    public void An_unrelated_article_opens_a_new_story()
    {
        var clusterer = new StoryClusterer();
        clusterer.Put(Doc("a", FloodA));
        var other = clusterer.Put(Doc("c", Football));
        Assert.True(other.Opened);
        Assert.Equal(2, clusterer.StoryCount);
    }

    [Fact]
    public void A_story_is_closed_to_articles_after_its_window()
    {
        var day = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var clusterer = new StoryClusterer(new StoryOptions { Window = TimeSpan.FromDays(2) });
        clusterer.Put(Doc("a", FloodA, day));
        var late = clusterer.Put(Doc("b", FloodB, day.AddDays(5)));
        Assert.True(late.Opened);
    }

    [Fact]
    public void A_reworded_copy_of_a_report_joins_the_story_of_its_original()
    {
        // A threshold no content score reaches: only the copy link can join.
        var clusterer = new StoryClusterer(new StoryOptions { JoinThreshold = 0.95 });
        var original = clusterer.Put(Doc("a", FloodA));
        var copy = clusterer.Put(Doc("b", FloodB, copyOf: "a"));
        Assert.Equal(original.Story, copy.Story);
    }

    [Fact]
    public void A_copy_link_between_texts_that_share_nothing_does_not_join_them()
    {
        var clusterer = new StoryClusterer();
        var original = clusterer.Put(Doc("a", FloodA));
        var copy = clusterer.Put(Doc("b", Football, copyOf: "a"));
        Assert.NotEqual(original.Story, copy.Story);
    }

    [Fact]
    public void The_same_articles_in_the_same_order_give_the_same_stories()
    {
        var docs = new[] { Doc("a", FloodA), Doc("c", Football), Doc("b", FloodB) };
        var one = new StoryClusterer();
        var two = new StoryClusterer();
        foreach (var d in docs) { one.Put(d); two.Put(d); }
        Assert.Equal(one.Stories().Select(s => string.Join(",", s.Documents)), two.Stories().Select(s => string.Join(",", s.Documents)));
    }

    [Fact]
    public void Every_placement_is_logged()
    {
        var clusterer = new StoryClusterer();
        clusterer.Put(Doc("a", FloodA));
        clusterer.Put(Doc("b", FloodB));
        Assert.Equal([StoryChange.Opened, StoryChange.Joined], clusterer.Log.Select(e => e.Change));
    }

    [Fact]
    public void Batch_mode_reports_a_previous_story_that_it_splits()
    {
        var docs = new[] { Doc("a", FloodA), Doc("c", Football) };
        var previous = new Dictionary<string, string> { ["a"] = "old", ["c"] = "old" };
        var result = StoryClusterer.Batch(docs, previous: previous);
        Assert.Contains(result.Log, e => e.Change == StoryChange.Split && e.Story == "old");
    }

    [Fact]
    public void Empty_text_opens_a_story_of_its_own()
    {
        var clusterer = new StoryClusterer();
        Assert.True(clusterer.Put(Doc("e", "")).Opened);
    }
}

namespace Marsad.Stories;

public sealed partial class StoryBuilder
{
    /// <summary>
    /// Groups stories into topics (ongoing situations and themes): the story clusterer run one level up, each story
    /// one document made of its headlines and leads with every actor and place its articles name, a looser join
    /// threshold (<see cref="StoryOptions.TopicThreshold"/>), a longer window, a larger core and no split. What is
    /// related but not the same happening lands here. Every story has a topic, perhaps of its own.
    /// </summary>
    private List<StoryTopic> LinkTopics(List<Story> stories)
    {
        var documents = stories.Select(TopicDocument).ToList();
        double keys = options.EntityWeight + options.PlaceWeight, keyShare = keys <= 0 ? 0 : (1 - options.TopicContentWeight) / keys;
        var topicOptions = options with
        {
            ContentWeight = options.TopicContentWeight,
            EntityWeight = options.EntityWeight * keyShare,
            PlaceWeight = options.PlaceWeight * keyShare,
            JoinThreshold = options.TopicThreshold,
            Window = options.TopicWindow,
            MaxSpan = options.TopicWindow * 3,
            CoreSize = options.TopicCoreSize,
            KeyConflictPenalty = 0,
            CommonKeyShare = 1,
            SplitThreshold = 0,
            TitleBoost = 0,
        };
        var clustering = StoryClusterer.Batch(documents, topicOptions);
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var frequency = stories.SelectMany(s => s.MainEntities.Concat(s.Places).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var topics = new List<StoryTopic>();
        var order = stories.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var (_, members) in clustering.Stories.OrderBy(t => t.Documents.Min(d => order[d])))
        {
            var memberStories = members.OrderBy(d => order[d]).Select(d => byId[d]).ToList();
            topics.Add(new StoryTopic("t" + (topics.Count + 1), memberStories.Select(s => s.Id).ToList(),
                Common(memberStories, s => s.MainEntities), Common(memberStories, s => s.Places))
            { Name = TopicName(memberStories, frequency, stories.Count) });
        }
        return topics;
    }

    /// <summary>A story as one document of the topic clustering: the headline and lead of each of its first articles,
    /// and every actor and place its articles name (repeats kept: what most articles name weighs most).</summary>
    private StoryDocument TopicDocument(Story story)
    {
        var docs = storyDocuments[story.Id];
        var text = string.Join("\n", docs.Take(TopicArticles).Select(d => (d.Title ?? "") + "\n" + Lead(d)));
        return new StoryDocument(story.Id, text, story.First, null, [],
            [.. docs.SelectMany(d => d.Entities)], [.. docs.SelectMany(d => d.Places)], story.Id);
    }

    private const int TopicArticles = 8;

    /// <summary>The first two sentences of an article (its whole text when it has no sentence spans).</summary>
    private static string Lead(StoryDocument d) =>
        d.Sentences.Count == 0 ? d.Text : string.Join(" ", d.Sentences.Take(2).Select(s => s.Slice(d.Text).ToString()));

    /// <summary>
    /// The actors and places (up to three) that at least half of a topic's stories name among their main ones, those
    /// named by fewer stories of the whole collection first (the King or the kingdom says little); a topic of one story,
    /// or whose stories share no main name, is named by the headline of its largest story.
    /// </summary>
    private static string TopicName(List<Story> stories, Dictionary<string, int> frequency, int storyCount)
    {
        if (stories.Count > 1)
        {
            var shared = stories.SelectMany(s => s.MainEntities.Take(3).Concat(s.Places.Take(2)).Distinct(StringComparer.Ordinal))
                .GroupBy(k => k, StringComparer.Ordinal)
                .Where(g => g.Count() * 2 >= stories.Count)
                .OrderBy(g => frequency.GetValueOrDefault(g.Key) * 20 > storyCount ? 1 : 0)
                .ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(3).Select(g => g.Key).ToList();
            if (shared.Count > 0) return string.Join("، ", shared);
        }
        return stories.OrderByDescending(s => s.Documents.Count).ThenBy(s => s.First ?? DateTimeOffset.MaxValue).First().Title;
    }

    private static List<string> Common(List<Story> stories, Func<Story, IReadOnlyList<string>> keys) =>
        stories.SelectMany(s => keys(s).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MainKeys).Select(g => g.Key).ToList();
}

namespace Marsad.Stories;

public sealed partial class StoryBuilder
{
    /// <summary>
    /// Links stories into topics (ongoing situations): two stories are linked when the actors and places they name
    /// overlap by <see cref="StoryOptions.TopicThreshold"/> or more (|A∩B| / min(|A|,|B|) over the keys of each story's main actors and
    /// places, with at least two shared) and they are dated within a window of each other (or undated). Linked stories
    /// form a topic (connected components); a story linked to none is a topic of its own only when it has no link at all,
    /// so every story has a topic. Candidate pairs come from an index of keys, not from all pairs.
    /// </summary>
    private List<StoryTopic> LinkTopics(List<Story> stories)
    {
        var keys = stories.Select(s => storyKeys[s.Id]).ToList();
        var parent = Enumerable.Range(0, stories.Count).ToArray();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < stories.Count; i++)
        {
            var related = new SortedSet<int>();
            foreach (var k in keys[i])
            {
                if (!index.TryGetValue(k, out var list)) index[k] = list = [];
                related.UnionWith(list);
                list.Add(i);
            }
            foreach (int j in related)
            {
                int shared = keys[i].Count(keys[j].Contains);
                double overlap = (double)shared / Math.Max(1, Math.Min(keys[i].Count, keys[j].Count));
                if (shared < 2 || overlap < options.TopicThreshold || !Near(stories[i], stories[j])) continue;
                parent[Find(i)] = Find(j);
            }
        }
        var topics = new List<StoryTopic>();
        foreach (var members in Enumerable.Range(0, stories.Count).GroupBy(Find).OrderBy(g => g.Min()))
        {
            var ids = members.Order().Select(i => stories[i].Id).ToList();
            var memberStories = members.Select(i => stories[i]).ToList();
            topics.Add(new StoryTopic("t" + (topics.Count + 1), ids,
                Common(memberStories, s => s.MainEntities), Common(memberStories, s => s.Places)));
        }
        return topics;

        int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
    }

    /// <summary>Whether two stories are close enough in time to be one situation: within ten windows, or undated.</summary>
    private bool Near(Story a, Story b)
    {
        if (a.First is null || b.First is null) return true;
        var span = options.Window * 10;
        return a.First <= b.Last + span && b.First <= a.Last + span;
    }

    private static List<string> Common(List<Story> stories, Func<Story, IReadOnlyList<string>> keys) =>
        stories.SelectMany(s => keys(s).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MainKeys).Select(g => g.Key).ToList();
}

using System.Runtime.InteropServices;

namespace Marsad.Stories;

public sealed partial class StoryClusterer
{
    // Postings: story indexes per rare term and per actor/place key, most recent last.
    private readonly Dictionary<int, List<int>> termPostings = [];
    private readonly Dictionary<string, List<int>> keyPostings = new(StringComparer.Ordinal);

    // Postings per report (an article's CopyOf, else its own id). Nearly every report is in one story, so that story
    // is kept as a plain int; a list is made only when a second story gets the report. At a million articles this
    // saves a list, its array and a key string per article.
    private readonly Dictionary<string, int> reportStory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> reportPostings = new(StringComparer.Ordinal);

    // Each story's time bounds (UTC ticks; NoTime when unknown) and the story it was merged into, in arrays beside the
    // story objects. A put's postings name a few thousand stories, most of them closed; judging those on the arrays
    // touches a few cache lines instead of one scattered object each, which at a million stories was most of a put.
    private readonly List<long> storyFirst = [];
    private readonly List<long> storyLast = [];
    private readonly List<int> storyMergedInto = [];
    private const long NoTime = long.MinValue;

    /// <summary>Copies a story's bounds and merge target into the arrays; called after every change to the story.</summary>
    private void Track(StoryCluster story)
    {
        long first = story.First?.UtcTicks ?? NoTime, last = story.Last?.UtcTicks ?? NoTime;
        if (story.Index == storyFirst.Count)
        {
            storyFirst.Add(first);
            storyLast.Add(last);
            storyMergedInto.Add(story.MergedInto);
            return;
        }
        storyFirst[story.Index] = first;
        storyLast[story.Index] = last;
        storyMergedInto[story.Index] = story.MergedInto;
    }

    /// <summary>The story a story index stands for now, after merges.</summary>
    private int Live(int index)
    {
        while (storyMergedInto[index] >= 0) index = storyMergedInto[index];
        return index;
    }

    /// <summary><see cref="StoryCluster.IsClosedAt"/> read from the arrays.</summary>
    private bool IsClosed(int index, DateTimeOffset? time)
    {
        long first = storyFirst[index], last = storyLast[index];
        if (time is not { } t || first == NoTime || last == NoTime) return false;
        long at = t.UtcTicks, window = options.Window.Ticks, span = options.MaxSpan.Ticks;
        return at - last > window || first - at > window || at - first > span || last - at > span;
    }

    /// <summary>Open stories sharing an index key with the article, those sharing most first (then the most recent), at
    /// most <see cref="StoryOptions.MaxCandidates"/>.</summary>
    private List<StoryCluster> Candidates(int[] indexTerms, string[] keys, StoryDocument document)
    {
        hitScratch.Clear();
        foreach (int t in indexTerms)
            if (termPostings.TryGetValue(t, out var list)) Hit(list);
        foreach (var key in keys)
            if (keyPostings.TryGetValue(key, out var list)) Hit(list);
        string report = ReportOf(document);
        if (reportPostings.TryGetValue(report, out var copies)) Hit(copies);
        else if (reportStory.TryGetValue(report, out int single)) CollectionsMarshal.GetValueRefOrAddDefault(hitScratch, Live(single), out _)++;

        var found = new List<(StoryCluster Cluster, int Hits)>(hitScratch.Count);
        foreach (var (index, hits) in hitScratch)
            if (!IsClosed(index, document.Published)) found.Add((clusters[index], hits));
        found.Sort((a, b) => a.Hits != b.Hits ? b.Hits.CompareTo(a.Hits) : b.Cluster.Index.CompareTo(a.Cluster.Index));
        if (found.Count > options.MaxCandidates) found.RemoveRange(options.MaxCandidates, found.Count - options.MaxCandidates);
        // Score in story order so that ties resolve the same way whatever the hit counts were.
        found.Sort((a, b) => a.Cluster.Index.CompareTo(b.Cluster.Index));
        return found.ConvertAll(f => f.Cluster);

        void Hit(List<int> postings)
        {
            // A story is counted once per key, even when it was posted several times or through a merged story.
            int last = -1;
            foreach (int p in postings)
            {
                int live = Live(p);
                if (live == last) continue;
                last = live;
                CollectionsMarshal.GetValueRefOrAddDefault(hitScratch, live, out _)++;
            }
        }
    }

    private void IndexDocument(StoryCluster story, int[] indexTerms, string[] keys, StoryDocument document)
    {
        foreach (int t in indexTerms)
        {
            if (!termPostings.TryGetValue(t, out var list)) termPostings[t] = list = [];
            Post(list, story);
        }
        foreach (var key in keys)
        {
            if (!keyPostings.TryGetValue(key, out var list)) keyPostings[key] = list = [];
            Post(list, story);
        }
        string report = ReportOf(document);
        if (reportPostings.TryGetValue(report, out var reports)) Post(reports, story);
        else if (!reportStory.TryGetValue(report, out int single)) reportStory[report] = story.Index;
        else if (single != story.Index)
        {
            reportStory.Remove(report);
            reportPostings[report] = reports = [single];
            Post(reports, story);
        }
    }

    /// <summary>Adds a story to a postings list; a list that grew past twice its cap loses merged stories and then its
    /// oldest entries: a key found in that many stories is no longer rare, and the recent stories are the open ones.</summary>
    private void Post(List<int> list, StoryCluster story)
    {
        if (list.Count > 0 && list[^1] == story.Index) return;
        list.Add(story.Index);
        if (list.Count <= 2 * options.MaxPostings) return;
        list.RemoveAll(i => storyMergedInto[i] >= 0);
        var distinct = new List<int>(list.Count);
        var seen = new HashSet<int>();
        for (int i = list.Count - 1; i >= 0 && distinct.Count < options.MaxPostings; i--)
            if (seen.Add(list[i])) distinct.Add(list[i]);
        distinct.Reverse();
        list.Clear();
        list.AddRange(distinct);
    }
}

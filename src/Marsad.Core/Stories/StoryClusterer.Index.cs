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
        else if (reportStory.TryGetValue(report, out int single)) CollectionsMarshal.GetValueRefOrAddDefault(hitScratch, Resolve(single).Index, out _)++;

        var found = new List<(StoryCluster Cluster, int Hits)>(hitScratch.Count);
        foreach (var (index, hits) in hitScratch)
        {
            var c = clusters[index];
            if (!c.IsClosedAt(document.Published, options.Window)) found.Add((c, hits));
        }
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
                int live = Resolve(p).Index;
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
        list.RemoveAll(i => clusters[i].MergedInto >= 0);
        var distinct = new List<int>(list.Count);
        var seen = new HashSet<int>();
        for (int i = list.Count - 1; i >= 0 && distinct.Count < options.MaxPostings; i--)
            if (seen.Add(list[i])) distinct.Add(list[i]);
        distinct.Reverse();
        list.Clear();
        list.AddRange(distinct);
    }
}

using Marsad.Dedup;

namespace Marsad.Tests.Dedup;

/// <summary>The five real sample articles (samples/ at the repository root), read as they are: the finder must work on
/// uncleaned text (furniture lines and repeated paragraphs only add unshared words).</summary>
public class SampleArticlesTests
{
    static readonly Lazy<(DuplicateFinder Finder, Dictionary<string, string> Ids)> Loaded = new(Load);

    static (DuplicateFinder, Dictionary<string, string>) Load()
    {
        string dir = FindSamples();
        var finder = new DuplicateFinder();
        var ids = new Dictionary<string, string>();
        foreach (string path in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(path);
            ids[id[..3]] = id;
            finder.Add(new DedupDocument(id, File.ReadAllText(path)));
        }
        return (finder, ids);
    }

    static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return candidate;
        }
        throw new DirectoryNotFoundException("samples/ not found above the test binaries");
    }

    static bool Shares(DuplicateFinder finder, string a, string b) =>
        finder.SharedPassagesOf(a).Any(p => p.Locations.Any(l => l.DocumentId == b));

    [Fact]
    public void Reuters_report_and_its_uncredited_rewrite_share_passages()
    {
        var (finder, ids) = Loaded.Value;
        Assert.True(Shares(finder, ids["004"], ids["000"]));
    }

    [Fact]
    public void Reuters_report_and_its_uncredited_rewrite_are_one_syndication_group()
    {
        var (finder, ids) = Loaded.Value;
        var group = finder.SyndicationGroupOf(ids["004"]);
        Assert.NotNull(group);
        Assert.Equal(ids["000"], group.Original);
        Assert.Contains(ids["004"], group.Copies);
        Assert.Contains("reuters", group.Agencies);
    }

    [Fact]
    public void Press_conference_quotes_shared_by_two_outlets_are_recorded()
    {
        var (finder, ids) = Loaded.Value;
        Assert.True(Shares(finder, ids["002"], ids["001"]));
    }

    [Fact]
    public void Article_with_its_own_reporting_is_linked_to_nothing()
    {
        var (finder, ids) = Loaded.Value;
        Assert.Empty(finder.LinksOf(ids["003"]));
        Assert.Empty(finder.SharedPassagesOf(ids["003"]));
    }
}

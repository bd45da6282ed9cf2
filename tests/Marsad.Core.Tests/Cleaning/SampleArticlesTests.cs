using Marsad.Cleaning;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Cleaning;

/// <summary>Runs the cleaner on the five real articles in samples/ and checks the outcomes the cleaning issue asks for.
/// The cleaner knows nothing about these files; it reaches these outcomes by its general rules.</summary>
public class SampleArticlesTests
{
    private static readonly string SamplesDirectory = FindSamples();

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }

    private static string Raw(string prefix) =>
        File.ReadAllText(Directory.GetFiles(SamplesDirectory, prefix + "_*.txt").Single());

    private static CleanedText Cleaned(string prefix) => PlainTextCleaner.Clean(Raw(prefix));

    [Fact]
    public void PageWithFurnitureLosesItsAccessibilityLinksAsBoilerplate()
    {
        var result = Cleaned("002");
        Assert.Contains(result.Removed, r => r.Kind == RemovalKind.Boilerplate && r.Text == "Accessibility links");
        Assert.DoesNotContain("Accessibility", result.Text);
    }

    [Fact]
    public void PageWithFurnitureLosesItsSizeTogglesAsBoilerplate()
    {
        var result = Cleaned("002");
        foreach (string toggle in new[] { "XS", "SM", "MD", "LG" })
            Assert.Contains(result.Removed, r => r.Kind == RemovalKind.Boilerplate && r.Text == toggle);
        Assert.DoesNotMatch("(?m)^(XS|SM|MD|LG)$", result.Text);
    }

    [Fact]
    public void PageWithFurnitureHasItsUpdateStampInMetadata()
    {
        var result = Cleaned("002");
        Assert.True(result.Metadata.TryGetValue("updated", out string? updated));
        Assert.Contains("16:45", updated);
        Assert.DoesNotContain("16:45", result.Text);
    }

    [Fact]
    public void ArticleWithTweetsLosesTheirDebrisAsEmbed()
    {
        var result = Cleaned("003");
        var embeds = result.Removed.Where(r => r.Kind == RemovalKind.Embed).ToList();
        Assert.Equal(2, embeds.Count(r => r.Text.Contains("(@")));
        Assert.Contains(embeds, r => r.Text.StartsWith("RT @", StringComparison.Ordinal));
        Assert.DoesNotContain("@", result.Text);
        Assert.DoesNotContain("#", result.Text);
        Assert.False(result.Text.EndsWith('–'));
    }

    [Fact]
    public void HardWrappedArticleHasItsWrapsRepaired()
    {
        var result = Cleaned("000");
        string firstLine = result.Text.Split('\n')[0];
        Assert.StartsWith("قال متحدث باسم قوات سوريا الديمقراطية", firstLine);
        Assert.Null(result.Title);
    }

    [Fact]
    public void ArticleWithRepeatedParagraphsLosesTheRepeats()
    {
        var result = Cleaned("004");
        Assert.True(result.Removed.Count(r => r.Kind == RemovalKind.RepeatedParagraph) >= 3);
        var keys = result.Text.Split("\n\n").Select(p => MatchKeyNormalizer.Normalize(p)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void RealParagraphsSurvive(string prefix)
    {
        // A real paragraph: a line of at least 15 words that ends a sentence and carries no #/@ markers.
        var result = Cleaned(prefix);
        string cleanKey = MatchKeyNormalizer.Normalize(result.Text.Replace("\n", " "));
        var paragraphs = DisplayNormalizer.Normalize(Raw(prefix)).Split('\n')
            .Where(l => l.Split(' ').Length >= 15 && (l.EndsWith('.') || l.EndsWith('»') || l.EndsWith('"') || l.EndsWith('”')))
            .Where(l => !l.Contains('#') && !l.Contains('@'));
        Assert.All(paragraphs, p => Assert.Contains(MatchKeyNormalizer.Normalize(p), cleanKey));
    }

    [Fact]
    public void EveryRemovedTextComesFromTheNormalisedInput()
    {
        foreach (string prefix in new[] { "000", "001", "002", "003", "004" })
        {
            string normalized = DisplayNormalizer.Normalize(Raw(prefix));
            Assert.All(Cleaned(prefix).Removed, r => Assert.Contains(r.Text, normalized));
        }
    }
}

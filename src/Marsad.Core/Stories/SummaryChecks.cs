using System.Globalization;
using Marsad.Report;

namespace Marsad.Stories;

/// <summary>What an analyst checks first in one story's summary.</summary>
/// <param name="Sentences">Summary sentences.</param>
/// <param name="LeadIncluded">A sentence is the opening of one of the story's independent reports (not a copy's).</param>
/// <param name="Dangling">Sentences that open by pointing back (<see cref="SummaryOpeners.PointsBack"/>) without the
/// sentence they continue right before them.</param>
/// <param name="TopicShifts">Sentences that open by turning to another subject (<see cref="SummaryOpeners.ShiftsTopic"/>).</param>
/// <param name="FromCopies">Sentences taken from a copy whose original is in the story.</param>
/// <param name="IndependentSources">The story's independent reports.</param>
/// <param name="SummarySources">Independent reports the summary's sentences come from or stand for (a sentence that says
/// what two reports say draws on both).</param>
public sealed record SummaryCheck(string Story, int Sentences, bool LeadIncluded, int Dangling, int TopicShifts, int FromCopies,
    int IndependentSources, int SummarySources)
{
    /// <summary>A story told by several independent reports whose summary of two or more sentences uses one.</summary>
    public bool OneSourceOfMany => IndependentSources > 1 && Sentences > 1 && SummarySources < 2;
}

/// <summary>The checks over a collection's stories.</summary>
public sealed record SummaryScores(int Stories, int Sentences, int LeadIncluded, int Dangling, int TopicShifts, int FromCopies,
    int MultiSourceStories, int OneSourceOfMany)
{
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"summaries {Stories}, sentences {Sentences}\n")
            + string.Create(c, $"lead included     {LeadIncluded}/{Stories} = {Share(LeadIncluded, Stories):0.000}\n")
            + string.Create(c, $"dangling openers  {Dangling}/{Sentences} = {Share(Dangling, Sentences):0.000}\n")
            + string.Create(c, $"topic shifts      {TopicShifts}/{Sentences} = {Share(TopicShifts, Sentences):0.000}\n")
            + string.Create(c, $"from copies       {FromCopies}/{Sentences} = {Share(FromCopies, Sentences):0.000}\n")
            + string.Create(c, $"one source of many {OneSourceOfMany}/{MultiSourceStories} = {Share(OneSourceOfMany, MultiSourceStories):0.000}");
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>
/// Checks story summaries as an analyst reads them: does the summary include a lead (the opening of an independent
/// report), does any sentence open by pointing back to a sentence that is not there (وأضاف، وكان، وبعد ذلك، وأوضح سيلو
/// أن) or by turning to another subject (من جهة أخرى), does it take sentences from a copy whose original is in the
/// story, and does a story of several independent reports get a summary from only one. Works on the report's records,
/// so a stored collection, a fresh analysis and a saved JSON report are checked alike.
/// </summary>
public static class SummaryChecks
{
    /// <param name="textOf">A document's clean text (the summary's offsets point into it), or null when unknown.</param>
    /// <param name="rootOf">A document's independent report (itself for an original).</param>
    public static SummaryCheck Check(StoryReport story, Func<string, string?> textOf, Func<string, string> rootOf)
    {
        int dangling = 0, shifts = 0, copies = 0;
        bool lead = false;
        var inStory = story.Documents.ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < story.Summary.Count; i++)
        {
            var s = story.Summary[i];
            var text = textOf(s.Document);
            string root = rootOf(s.Document);
            if (text is not null && root == s.Document && IsOpening(text, s.Start)) lead = true;
            if (SummaryOpeners.ShiftsTopic(s.Text)) shifts++;
            if (SummaryOpeners.PointsBack(s.Text) && !(i > 0 && Continues(story.Summary[i - 1], s, text))) dangling++;
            if (root != s.Document && inStory.Contains(root)) copies++;
        }
        return new SummaryCheck(story.Id, story.Summary.Count, lead, dangling, shifts, copies,
            story.Documents.Select(rootOf).Distinct(StringComparer.Ordinal).Count(),
            story.Summary.SelectMany(s => s.Sources ?? [s.Document]).Select(rootOf).Distinct(StringComparer.Ordinal).Count());
    }

    public static SummaryScores Score(IEnumerable<SummaryCheck> checks)
    {
        var list = checks.Where(c => c.Sentences > 0).ToList();
        return new SummaryScores(list.Count, list.Sum(c => c.Sentences), list.Count(c => c.LeadIncluded), list.Sum(c => c.Dangling),
            list.Sum(c => c.TopicShifts), list.Sum(c => c.FromCopies), list.Count(c => c.IndependentSources > 1 && c.Sentences > 1),
            list.Count(c => c.OneSourceOfMany));
    }

    /// <summary>The checks of every story of a JSON report, with its documents' texts and copy relations.</summary>
    public static List<SummaryCheck> Check(AnalysisReport report)
    {
        var texts = report.Documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var roots = Roots(report);
        return report.Stories.Select(s => Check(s, texts.GetValueOrDefault, d => roots.GetValueOrDefault(d, d))).ToList();
    }

    /// <summary>Document → its independent report in a JSON report: a duplicate family's canonical member, a syndication
    /// group's original for a member whose strongest syndication link makes it a copy (<see cref="StoryInputs.IsCopy(double)"/>).
    /// The rule is applied to the links, not read from the groups' lists, so reports written before the rule are judged alike.</summary>
    public static Dictionary<string, string> Roots(AnalysisReport report)
    {
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in report.DuplicateFamilies)
            foreach (var m in f.Members) roots[m] = f.Canonical;
        var links = report.Documents.ToDictionary(d => d.Id, d => d.Duplicates, StringComparer.Ordinal);
        foreach (var g in report.Syndication)
        {
            var members = g.Copies.Concat(g.Carriers ?? []).Append(g.Original).ToHashSet(StringComparer.Ordinal);
            string original = roots.GetValueOrDefault(g.Original, g.Original);
            foreach (var m in members.Where(m => m != g.Original))
            {
                var syndicated = links.GetValueOrDefault(m)?.Where(l => l.Kind == "syndicated" && members.Contains(l.Document)).ToList();
                if (syndicated is not { Count: > 0 } || StoryInputs.IsCopy(syndicated.Max(l => l.Similarity))) roots[m] = original;
            }
        }
        return roots;
    }

    /// <summary>Whether offset <paramref name="start"/> opens its text: nothing but a dateline of a few words (on its own
    /// line or not) before it.</summary>
    public static bool IsOpening(string text, int start)
    {
        var before = text.AsSpan(0, Math.Clamp(start, 0, text.Length)).Trim();
        if (before.IsEmpty) return true;
        if (before.IndexOfAny(".!?؟") >= 0) return false;
        int words = 0;
        foreach (var _ in before.Split(' ')) words++;
        return words <= MaxDatelineWords;
    }

    private const int MaxDatelineWords = 5;

    /// <summary>Whether <paramref name="s"/> comes right after <paramref name="previous"/> in one document.</summary>
    private static bool Continues(SummarySentenceReport previous, SummarySentenceReport s, string? text)
    {
        if (previous.Document != s.Document || text is null || previous.End > s.Start || s.Start > text.Length) return false;
        foreach (char c in text.AsSpan(previous.End, s.Start - previous.End))
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }
}

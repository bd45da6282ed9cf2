namespace Marsad.Stories;

public sealed partial class StoryBuilder
{
    private sealed record QuoteGroup(string Text, HashSet<int> Terms, List<string> Documents, HashSet<string> Roots);

    /// <summary>Stem overlap at which two quotes are the same words (allowing a word or two cut or changed).</summary>
    private const double SameQuoteOverlap = 0.7;

    /// <summary>Relative difference under which two approximate figures (نحو 30، حوالي 32) agree.</summary>
    private const double ApproximateTolerance = 0.1;

    /// <summary>Quotes of the story's documents, each once: a quote whose stems overlap an earlier one's by
    /// <see cref="SameQuoteOverlap"/> joins its group.</summary>
    private List<QuoteGroup> QuoteGroups(List<StoryDocument> docs, Func<string, string> root)
    {
        var groups = new List<QuoteGroup>();
        foreach (var d in docs)
            foreach (var span in QuoteFinder.Find(d.Text))
            {
                var terms = vocabulary.TermSet(span.Slice(d.Text));
                if (terms.Count < 2) continue;
                var group = groups.FirstOrDefault(g => Overlap(g.Terms, terms) >= SameQuoteOverlap);
                if (group is null) groups.Add(group = new QuoteGroup(span.Slice(d.Text).ToString(), terms, [], new(StringComparer.Ordinal)));
                if (!group.Documents.Contains(d.Id)) group.Documents.Add(d.Id);
                group.Roots.Add(root(d.Id));
            }
        return groups;
    }

    /// <summary>
    /// Numbers (value and unit) and quotes reported by two or more independent sources are corroborated. Numbers about
    /// one unit that differ (beyond <see cref="ApproximateTolerance"/> when either is approximate) and come from different
    /// independent sources are a contradiction, listed with every value reported for that unit and its sources.
    /// Durations (ساعة، يوم …) are not compared: two reports usually count different spans.
    /// </summary>
    private (List<CorroboratedFact>, List<Contradiction>) Corroborate(List<StoryDocument> docs, Func<string, string> root, List<QuoteGroup> quotes)
    {
        var corroborated = new List<CorroboratedFact>();
        var contradictions = new List<Contradiction>();
        // unit → value → (first text, documents, roots, approximate)
        var byUnit = new SortedDictionary<string, SortedDictionary<double, (string Text, List<string> Docs, SortedSet<string> Roots, bool Approximate)>>(StringComparer.Ordinal);
        foreach (var d in docs)
            foreach (var fact in numbers.Find(d.Text))
            {
                if (!byUnit.TryGetValue(fact.Unit, out var values)) byUnit[fact.Unit] = values = [];
                if (!values.TryGetValue(fact.Value, out var entry))
                    entry = (d.Text[fact.Start..fact.End], [], new(StringComparer.Ordinal), fact.Approximate);
                if (!entry.Docs.Contains(d.Id)) entry.Docs.Add(d.Id);
                entry.Roots.Add(root(d.Id));
                values[fact.Value] = entry with { Approximate = entry.Approximate || fact.Approximate };
            }

        foreach (var (unit, values) in byUnit)
        {
            foreach (var (value, e) in values)
                if (e.Roots.Count >= 2)
                    corroborated.Add(new CorroboratedFact("number", unit, Reported(Number(value), e.Text, e.Docs, e.Roots)));
            if (Durations.Contains(unit) || values.Count < 2) continue;
            var list = values.ToList();
            bool disagree = false;
            for (int i = 0; i < list.Count && !disagree; i++)
                for (int j = i + 1; j < list.Count && !disagree; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    bool approximate = a.Value.Approximate || b.Value.Approximate;
                    double relative = Math.Abs(a.Key - b.Key) / Math.Max(Math.Abs(a.Key), Math.Abs(b.Key));
                    if (approximate && relative <= ApproximateTolerance) continue;
                    // Different sources must be behind the two values: one source giving two figures is a breakdown, not a dispute.
                    disagree = a.Value.Roots.Any(r => b.Value.Roots.Any(s => s != r));
                }
            if (disagree)
                contradictions.Add(new Contradiction("number", unit,
                    list.Select(p => Reported(Number(p.Key), p.Value.Text, p.Value.Docs, p.Value.Roots)).ToList()));
        }

        foreach (var q in quotes.Where(q => q.Roots.Count >= 2))
            corroborated.Add(new CorroboratedFact("quote", "", Reported(q.Text, q.Text, q.Documents, q.Roots)));
        return (corroborated, contradictions);
    }

    private static ReportedValue Reported(string value, string text, IEnumerable<string> docs, IEnumerable<string> roots) =>
        new(value, text, docs.ToList(), roots.Order(StringComparer.Ordinal).ToList());

    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal)
    {
        "ساع", "ساعه", "يوم", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "عام", "اعوام", "سن", "سنه", "سنوات", "دقيق", "دقيقه", "دقايق",
    };
}

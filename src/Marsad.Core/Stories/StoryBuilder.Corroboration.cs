using Marsad.Pipeline;

namespace Marsad.Stories;

public sealed partial class StoryBuilder
{
    private sealed record QuoteGroup(string Text, HashSet<int> Terms, List<string> Documents, HashSet<string> Roots);

    /// <summary>One number fact of one document with the independent source it speaks for.</summary>
    /// <param name="Scope">Stems of the fact's scope; <paramref name="Context"/>: stems of its whole sentence.</param>
    private sealed record PlacedFact(StoryDocument Document, NumberFact Fact, string Voice, HashSet<int> Scope, HashSet<int> Context);

    /// <summary>Stem overlap at which two quotes are the same words (allowing a word or two cut or changed).</summary>
    private const double SameQuoteOverlap = 0.7;

    /// <summary>Relative difference under which two approximate figures (نحو 30، حوالي 32) agree.</summary>
    private const double ApproximateTolerance = 0.1;

    /// <summary>Stem overlap at which two scopes («عند الضفة الشرقية للفرات», «على الضفاف الشرقية لنهر الفرات») name the same thing.</summary>
    private const double SameScopeOverlap = 0.5;

    /// <summary>
    /// The independent source that a passage of a document speaks for: the source a borrowed passage it overlaps comes
    /// from (a shared agency paragraph is the agency's, whoever repeats it), else the document's own source.
    /// </summary>
    private static string Voice(StoryDocument d, TextSpan sentence, Func<string, string> root)
    {
        foreach (var b in d.Borrowed)
            if (b.Start < sentence.End && sentence.Start < b.End) return root(b.From);
        return root(d.Id);
    }

    /// <summary>The sentence of <paramref name="d"/> that holds offset <paramref name="at"/> (the offset alone when the
    /// document has no sentence spans there).</summary>
    private static TextSpan SentenceAt(StoryDocument d, int at)
    {
        foreach (var s in d.Sentences)
            if (s.Start <= at && at < s.End) return s;
        return new TextSpan(at, at + 1);
    }

    /// <summary>Quotes of the story's documents, each once: a quote whose stems overlap an earlier one's by
    /// <see cref="SameQuoteOverlap"/> joins its group. A quote inside a borrowed passage speaks for the passage's source.</summary>
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
                group.Roots.Add(Voice(d, span, root));
            }
        return groups;
    }

    /// <summary>
    /// A number fact is a value with its unit, its scope (the phrase that qualifies the counted noun: a place, a side, a
    /// part) and the time of its sentence. Facts about one unit with the same value and compatible scopes (the same, or
    /// one unqualified) from two or more independent sources are corroborated; a fact inside a passage that documents
    /// share speaks for the passage's source only. Two values conflict only when their scopes match (both unqualified,
    /// or both naming the same thing, at no different times), no document reports both (one document giving two figures
    /// is a breakdown: 4 villages on one bank, 22 elsewhere, about 30 in all) and different independent sources stand
    /// behind them. Durations (ساعة، يوم …) are not compared: two reports usually count different spans.
    /// </summary>
    private (List<CorroboratedFact>, List<Contradiction>) Corroborate(List<StoryDocument> docs, Func<string, string> root, List<QuoteGroup> quotes)
    {
        var corroborated = new List<CorroboratedFact>();
        var contradictions = new List<Contradiction>();
        var byUnit = new SortedDictionary<string, List<PlacedFact>>(StringComparer.Ordinal);
        foreach (var d in docs)
            foreach (var fact in numbers.Find(d.Text))
            {
                if (!byUnit.TryGetValue(fact.Unit, out var list)) byUnit[fact.Unit] = list = [];
                var sentence = SentenceAt(d, fact.Start);
                list.Add(new PlacedFact(d, fact, Voice(d, sentence, root), vocabulary.TermSet(fact.Scope), vocabulary.TermSet(sentence.Slice(d.Text))));
            }

        foreach (var (unit, facts) in byUnit)
        {
            foreach (var agreeing in AgreeingGroups(facts))
                if (agreeing.Select(f => f.Voice).Distinct(StringComparer.Ordinal).Count() >= 2)
                    corroborated.Add(new CorroboratedFact("number", Subject(unit, agreeing), Reported(agreeing)));
            if (Durations.Contains(unit)) continue;
            foreach (var scoped in ScopeClasses(facts))
            {
                var values = scoped.GroupBy(f => f.Fact.Value).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
                if (values.Count < 2 || !AnyConflict(values)) continue;
                contradictions.Add(new Contradiction("number", Subject(unit, scoped), values.Select(Reported).ToList()));
            }
        }

        foreach (var q in quotes.Where(q => q.Roots.Count >= 2))
            corroborated.Add(new CorroboratedFact("quote", "", new ReportedValue(q.Text, q.Text, q.Documents.ToList(), q.Roots.Order(StringComparer.Ordinal).ToList())));
        return (corroborated, contradictions);
    }

    /// <summary>Facts with one value whose scopes are compatible, each group led by its first scoped fact.</summary>
    private static List<List<PlacedFact>> AgreeingGroups(List<PlacedFact> facts)
    {
        var groups = new List<List<PlacedFact>>();
        foreach (var byValue in facts.GroupBy(f => f.Fact.Value))
            foreach (var f in byValue.OrderByDescending(f => f.Scope.Count))
            {
                var group = groups.FirstOrDefault(g => g[0].Fact.Value == f.Fact.Value && Compatible(g[0], f));
                if (group is null) groups.Add([f]);
                else group.Add(f);
            }
        return groups;
    }

    /// <summary>Facts whose scopes match (see <see cref="SameScope"/>) with the first of their class.</summary>
    private static List<List<PlacedFact>> ScopeClasses(List<PlacedFact> facts)
    {
        var classes = new List<List<PlacedFact>>();
        foreach (var f in facts)
        {
            var scoped = classes.FirstOrDefault(c => SameScope(c[0], f));
            if (scoped is null) classes.Add([f]);
            else scoped.Add(f);
        }
        return classes;
    }

    /// <summary>Whether two values of one scope class contradict: they differ beyond rounding, no document reports
    /// both, and different independent sources stand behind them.</summary>
    private static bool AnyConflict(List<List<PlacedFact>> values)
    {
        for (int i = 0; i < values.Count; i++)
            for (int j = i + 1; j < values.Count; j++)
            {
                var (a, b) = (values[i], values[j]);
                bool approximate = a.Any(f => f.Fact.Approximate) || b.Any(f => f.Fact.Approximate);
                double relative = Math.Abs(a[0].Fact.Value - b[0].Fact.Value) / Math.Max(Math.Abs(a[0].Fact.Value), Math.Abs(b[0].Fact.Value));
                if (approximate && relative <= ApproximateTolerance) continue;
                if (a.Any(x => b.Any(y => ReferenceEquals(x.Document, y.Document)))) continue;
                if (a.Any(x => b.Any(y => x.Voice != y.Voice))) return true;
            }
        return false;
    }

    /// <summary>Not set at two different times, and each scope's words mostly found in the other fact's sentence: «12
    /// مدنيا في قصف على إدلب» and «أسفر القصف على إدلب عن مقتل 20 مدنيا» count the same dead; «أربع قرى عند الضفاف الشرقية»
    /// is a part of «نحو 30 قرية» in a sentence that names no bank.</summary>
    private static bool SameScope(PlacedFact a, PlacedFact b) => SameWhen(a, b) && Covered(a, b) && Covered(b, a);

    /// <summary>As <see cref="SameScope"/>, or one unqualified: a report that leaves the place out may still agree.</summary>
    private static bool Compatible(PlacedFact a, PlacedFact b) =>
        SameWhen(a, b) && (a.Scope.Count == 0 || b.Scope.Count == 0 || Covered(a, b) && Covered(b, a));

    /// <summary>Whether <paramref name="a"/>'s scope is unqualified or its stems are mostly in <paramref name="b"/>'s sentence.</summary>
    private static bool Covered(PlacedFact a, PlacedFact b) =>
        a.Scope.Count == 0 || (double)a.Scope.Count(b.Context.Contains) / a.Scope.Count >= SameScopeOverlap;

    private static bool SameWhen(PlacedFact a, PlacedFact b) =>
        a.Fact.When.Length == 0 || b.Fact.When.Length == 0 || Marsad.Text.MatchKeyNormalizer.Normalize(a.Fact.When) == Marsad.Text.MatchKeyNormalizer.Normalize(b.Fact.When);

    /// <summary>The unit, with the scope its facts share as written in the first scoped one («قري عند الضفاف الشرقية لنهر الفرات»).</summary>
    private static string Subject(string unit, List<PlacedFact> facts) =>
        facts.FirstOrDefault(f => f.Fact.Scope.Length > 0) is { } scoped && facts.All(f => f.Scope.Count > 0) ? unit + " " + scoped.Fact.Scope : unit;

    private static ReportedValue Reported(List<PlacedFact> facts)
    {
        var first = facts[0];
        return new ReportedValue(Number(first.Fact.Value), first.Document.Text[first.Fact.Start..first.Fact.End],
            facts.Select(f => f.Document.Id).Distinct(StringComparer.Ordinal).ToList(),
            facts.Select(f => f.Voice).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal)
    {
        "ساع", "ساعه", "يوم", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "عام", "اعوام", "سن", "سنه", "سنوات", "دقيق", "دقيقه", "دقايق",
    };
}

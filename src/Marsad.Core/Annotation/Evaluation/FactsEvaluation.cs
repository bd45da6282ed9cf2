using System.Globalization;
using Marsad.Annotation.Events;
using Marsad.Annotation.Quotes;
using Marsad.Entities.Resolution;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Annotation.Evaluation;

/// <summary>
/// Scores the events, quote speakers and figures of an analysis against an analyst's gold (<see cref="FactsGold"/>).
/// <para>Events: a system event is right when some gold event of its document has the same ACLED event type and
/// its actors are a non-empty set each matching a different gold actor (an actor the gold does not name, two actors
/// for one slot, or no actor at all make it wrong: an event shown must be right). With the date, the event's date
/// must also be one the gold accepts (null for null). Precision is over system events, recall over gold events (a
/// gold event is found when a right system event matches it; a document reporting one event twice is not penalised).</para>
/// <para>Quotes: a gold quote is found when a system quote's verb is the gold verb's occurrence; its speaker is right
/// when the system's entity is the gold actor, bears the gold name, or is null for "none".</para>
/// <para>Numbers: a gold figure is found when the document has a number of that value counting that unit.</para>
/// </summary>
public static class FactsEvaluation
{
    /// <param name="sourceIds">Gold document id → the analysed document's id, where they differ (a corpus record
    /// read from its own file is "id#1").</param>
    public static FactsReport Run(IReadOnlyList<FactsGold> gold, CollectionAnalysis analysis, IReadOnlyDictionary<string, string>? sourceIds = null)
    {
        var entities = analysis.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var documents = analysis.Documents.ToDictionary(d => d.Source.Id, StringComparer.Ordinal);
        var events = analysis.Events.ToLookup(e => e.Document, StringComparer.Ordinal);
        var quotes = analysis.Quotes.ToLookup(q => q.Document, StringComparer.Ordinal);
        var report = new FactsReport();
        foreach (var doc in gold)
        {
            var id = sourceIds?.GetValueOrDefault(doc.Document) ?? doc.Document;
            if (!documents.TryGetValue(id, out var document))
            {
                report.Missing.Add(doc.Document);
                continue;
            }
            ScoreEvents(doc, events[id].ToList(), entities, report);
            ScoreQuotes(doc, document.Text, quotes[id].ToList(), entities, report);
            var numbers = analysis.Annotations.GetValueOrDefault(id)?.Numbers ?? [];
            foreach (var number in doc.Numbers)
            {
                report.GoldNumbers++;
                if (numbers.Any(n => n.Value == number.Value && UnitMatches(n, number.Unit))) report.FoundNumbers++;
                else report.MissedNumbers.Add($"{doc.Document}: {number.Value.ToString(CultureInfo.InvariantCulture)} {number.Unit} ({number.Counts})");
            }
        }
        return report;
    }

    private static void ScoreEvents(FactsGold doc, List<ConflictEvent> system, Dictionary<string, Entity> entities, FactsReport report)
    {
        report.GoldEvents += doc.Events.Count;
        var found = new bool[doc.Events.Count];
        var foundWithDate = new bool[doc.Events.Count];
        foreach (var e in system)
        {
            report.SystemEvents++;
            var actors = new[] { e.Actor1EntityId, e.Actor2EntityId }.OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(id => entities.GetValueOrDefault(id)).ToList();
            bool right = false, rightWithDate = false;
            for (int g = 0; g < doc.Events.Count; g++)
            {
                var gold = doc.Events[g];
                if (gold.Type != e.EventType || !ActorsMatch(actors, gold.Actors)) continue;
                right = found[g] = true;
                if (DateMatches(e.Date, gold.Date)) rightWithDate = foundWithDate[g] = true;
            }
            if (right) report.RightEvents++;
            if (rightWithDate) report.RightEventsWithDate++;
            if (!right)
                report.WrongEvents.Add($"{doc.Document}: {e.EventType} / {e.SubEventType}: {Describe(actors)} ({e.Trigger})");
            else if (!rightWithDate)
                report.WrongDates.Add($"{doc.Document}: {e.EventType}: {Describe(actors)} dated {e.Date ?? "none"} ({e.Trigger})");
        }
        for (int g = 0; g < doc.Events.Count; g++)
        {
            if (found[g]) report.FoundEvents++;
            else report.MissedEvents.Add($"{doc.Document}: {doc.Events[g].Type}: {string.Join(" vs ", doc.Events[g].Actors)} at {doc.Events[g].Place}");
            if (foundWithDate[g]) report.FoundEventsWithDate++;
        }
    }

    private static void ScoreQuotes(FactsGold doc, string text, List<Quote> system, Dictionary<string, Entity> entities, FactsReport report)
    {
        var byOccurrence = new Dictionary<(string Verb, int N), Quote>();
        foreach (var q in system)
        {
            var occurrence = VerbOccurrence(text, q);
            if (occurrence is { } key) byOccurrence.TryAdd(key, q);
        }
        var scored = new HashSet<Quote>();
        foreach (var gold in doc.Quotes)
        {
            report.GoldQuotes++;
            if (!byOccurrence.TryGetValue((gold.Verb, gold.Occurrence), out var quote))
            {
                report.MissedQuotes.Add($"{doc.Document}: {gold.Verb}#{gold.Occurrence} ({gold.Speaker})");
                continue;
            }
            scored.Add(quote);
            report.FoundQuotes++;
            var speaker = quote.SpeakerEntityId is null ? null : entities.GetValueOrDefault(quote.SpeakerEntityId);
            if (Alternatives(gold.Speaker).Any(label => SpeakerMatches(quote, speaker, label)))
                report.RightSpeakers++;
            else
                report.WrongSpeakers.Add($"{doc.Document}: {gold.Verb}#{gold.Occurrence}: {speaker?.Name ?? quote.SpeakerText ?? "none"} ≠ {gold.Speaker}");
        }
        foreach (var q in system.Where(q => !scored.Contains(q)))
            report.ExtraQuotes.Add($"{doc.Document}: {q.Verb} at {q.Start}: {q.SpeakerText ?? "none"}");
    }

    /// <summary>"none": no speaker entity. A name: the speaker entity bears it, or, for a speaker no entity stands for,
    /// the words naming the speaker are the name's words. An actor id: the speaker entity is that actor.</summary>
    private static bool SpeakerMatches(Quote quote, Entity? speaker, string label)
    {
        if (label == "none") return quote.SpeakerEntityId is null;
        if (speaker is not null) return Names(speaker, label);
        if (quote.SpeakerText is null || ActorCatalog.Default.Find(label) is not null) return false;
        var words = Words(quote.SpeakerText);
        var name = Words(label);
        return words.Count > 0 && (name.IsSubsetOf(words) || words.IsSubsetOf(name));
    }

    /// <summary>The system quote's verb and which occurrence of that spelling it is: the last before the quoted words,
    /// or the first after them for a quotation that comes first («…»، قال فلان).</summary>
    private static (string Verb, int N)? VerbOccurrence(string text, Quote quote)
    {
        var starts = TokenOccurrences(text, quote.Verb);
        if (starts.Count == 0) return null;
        int k = starts.FindLastIndex(s => s < quote.Start);
        if (k < 0) k = starts.FindIndex(s => s >= quote.End);
        return k < 0 ? null : (quote.Verb, k + 1);
    }

    /// <summary>Offsets where <paramref name="word"/> stands as a whole token (bounded by non-letters).</summary>
    internal static List<int> TokenOccurrences(string text, string word)
    {
        var starts = new List<int>();
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !char.IsLetter(text[at - 1]);
            bool after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after) starts.Add(at);
        }
        return starts;
    }

    /// <summary>Each system actor matches a different gold actor slot; at least one actor.</summary>
    private static bool ActorsMatch(List<Entity?> actors, IReadOnlyList<string> gold)
    {
        if (actors.Count == 0 || actors.Count > gold.Count || actors.Any(a => a is null)) return false;
        if (actors.Count == 1) return gold.Any(slot => Alternatives(slot).Any(l => Names(actors[0]!, l)));
        for (int i = 0; i < gold.Count; i++)
            for (int j = 0; j < gold.Count; j++)
                if (i != j && Alternatives(gold[i]).Any(l => Names(actors[0]!, l)) && Alternatives(gold[j]).Any(l => Names(actors[1]!, l)))
                    return true;
        return false;
    }

    private static bool DateMatches(string? system, string? gold) =>
        gold is null ? system is null : system is not null && Alternatives(gold).Contains(system);

    /// <summary>Whether the entity is the one the gold label names: its actor id, or its name or an alias whose words
    /// are the label's words or a part of them ("سلو" for "طلال سلو").</summary>
    internal static bool Names(Entity entity, string label)
    {
        if (entity.ActorId is not null && label == entity.ActorId) return true;
        if (label is "none" or "unidentified" or "civilians") return false;
        var labelWords = Words(label);
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            var words = Words(name);
            if (words.Count == 0) continue;
            if (words.SetEquals(labelWords) || words.IsSubsetOf(labelWords) || (labelWords.Count > 1 && labelWords.IsSubsetOf(words))) return true;
        }
        return false;
    }

    private static HashSet<string> Words(string s) =>
        s.Split([' ', '«', '»', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => MatchKeyNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static bool UnitMatches(Numbers.NumberMention number, string? unit)
    {
        if (unit is null) return true;
        var key = MatchKeyNormalizer.Normalize(unit);
        var units = number.Units.Count > 0 ? number.Units : number.Unit is null ? [] : [number.Unit];
        return units.Any(u => MatchKeyNormalizer.Normalize(u) == key);
    }

    private static IEnumerable<string> Alternatives(string label) => label.Split('|', StringSplitOptions.TrimEntries);

    private static string Describe(List<Entity?> actors) =>
        actors.Count == 0 ? "no actors" : string.Join(" vs ", actors.Select(a => a?.ActorId ?? a?.Name ?? "?"));
}

/// <summary>The counts <see cref="FactsEvaluation"/> gathers, and the errors behind them.</summary>
public sealed class FactsReport
{
    public int SystemEvents { get; set; }
    public int RightEvents { get; set; }
    public int RightEventsWithDate { get; set; }
    public int GoldEvents { get; set; }
    public int FoundEvents { get; set; }
    public int FoundEventsWithDate { get; set; }
    public int GoldQuotes { get; set; }
    public int FoundQuotes { get; set; }
    public int RightSpeakers { get; set; }
    public int GoldNumbers { get; set; }
    public int FoundNumbers { get; set; }
    public List<string> Missing { get; } = [];
    public List<string> WrongEvents { get; } = [];
    public List<string> WrongDates { get; } = [];
    public List<string> MissedEvents { get; } = [];
    public List<string> WrongSpeakers { get; } = [];
    public List<string> MissedQuotes { get; } = [];
    public List<string> ExtraQuotes { get; } = [];
    public List<string> MissedNumbers { get; } = [];

    public double EventPrecision => Ratio(RightEvents, SystemEvents);
    public double EventRecall => Ratio(FoundEvents, GoldEvents);
    public double DatedEventPrecision => Ratio(RightEventsWithDate, SystemEvents);
    public double DatedEventRecall => Ratio(FoundEventsWithDate, GoldEvents);
    public double SpeakerAccuracy => Ratio(RightSpeakers, FoundQuotes);
    public double QuoteRecall => Ratio(FoundQuotes, GoldQuotes);
    public double NumberRecall => Ratio(FoundNumbers, GoldNumbers);

    public void WriteReport(TextWriter output, bool details)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"events (type + actors):        precision {EventPrecision:0.000} ({RightEvents}/{SystemEvents})  recall {EventRecall:0.000} ({FoundEvents}/{GoldEvents})"));
        output.WriteLine(string.Create(c, $"events (type + actors + date): precision {DatedEventPrecision:0.000} ({RightEventsWithDate}/{SystemEvents})  recall {DatedEventRecall:0.000} ({FoundEventsWithDate}/{GoldEvents})"));
        output.WriteLine(string.Create(c, $"quotes: found {QuoteRecall:0.000} ({FoundQuotes}/{GoldQuotes}), speaker accuracy {SpeakerAccuracy:0.000} ({RightSpeakers}/{FoundQuotes}), {ExtraQuotes.Count} quotes not in the gold"));
        output.WriteLine(string.Create(c, $"numbers (value + unit): found {NumberRecall:0.000} ({FoundNumbers}/{GoldNumbers})"));
        foreach (var id in Missing) output.WriteLine($"missing document: {id}");
        if (!details) return;
        Section(output, "wrong events", WrongEvents);
        Section(output, "right events, wrong date", WrongDates);
        Section(output, "missed events", MissedEvents);
        Section(output, "wrong speakers", WrongSpeakers);
        Section(output, "missed quotes", MissedQuotes);
        Section(output, "quotes not in the gold", ExtraQuotes);
        Section(output, "missed numbers", MissedNumbers);
    }

    private static void Section(TextWriter output, string title, List<string> lines)
    {
        if (lines.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"{title} ({lines.Count}):");
        foreach (var line in lines) output.WriteLine("  " + line);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval stories --data FILE --db STORE [--gold DIR] [--stored] [--from DATE --to DATE]</c>: stories
/// and topics against the judged article pairs of eval/stories/pairs.tsv (pairwise precision and recall), with the size
/// distribution of the stories and the largest ones with a few titles each. The store must have ingested the corpus
/// file and run <c>marsad process</c>: its text core, dedup links and collection entities are read, and stories and
/// topics are clustered again with the current code (or, with --stored, read as the last collection run stored them).</summary>
public static class EvalStoriesCommand
{
    public const string DefaultGold = "eval/stories";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<FileInfo>("--data", "-d")
        {
            Description = "The corpus the store ingested: JSON Lines (.jsonl or .jsonl.xz) with an 'id' per record (its line numbers name the documents).",
            Required = true,
        };
        var db = new Option<string>("--db") { Description = "The processed store. " + StoreInputs.DatabaseDescription, Required = true };
        var gold = new Option<DirectoryInfo>("--gold", "-g")
        {
            Description = "Gold directory with pairs.tsv.",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultGold),
        };
        var stored = new Option<bool>("--stored") { Description = "Score the stories the store holds instead of clustering again." };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Cluster only documents published on or after this day." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Cluster only documents published on or before this day." };
        var largest = new Option<int>("--largest") { Description = "How many of the largest stories to list.", DefaultValueFactory = _ => 12 };
        var titles = new Option<int>("--titles") { Description = "Titles shown per listed story.", DefaultValueFactory = _ => 4 };
        var showErrors = new Option<bool>("--errors") { Description = "Also list the judged pairs the clustering gets wrong." };
        var set = new Option<string[]>("--set")
        {
            Description = "Override a story setting for this run, NAME=VALUE (a StoryOptions property; TimeSpans in days), e.g. --set JoinThreshold=0.3.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("stories", "Evaluate stories and topics against judged article pairs of a real corpus.")
        {
            data, db, gold, stored, from, to, largest, titles, set, showErrors,
        };
        command.SetAction(parse =>
        {
            StoryOptions options;
            try
            {
                options = Override(StoryOptions.Default, parse.GetValue(set) ?? []);
            }
            catch (FormatException e)
            {
                error.WriteLine($"marsad: eval stories: {e.Message}");
                return MarsadCli.UsageError;
            }
            return Execute(parse.GetRequiredValue(data), parse.GetRequiredValue(db), parse.GetRequiredValue(gold),
                parse.GetValue(stored), parse.GetValue(from), parse.GetValue(to), parse.GetValue(largest), parse.GetValue(titles), options, parse.GetValue(showErrors), output, error);
        });
        return command;
    }

    /// <summary>The settings with NAME=VALUE overrides applied (numbers, TimeSpans in days).</summary>
    public static StoryOptions Override(StoryOptions options, IReadOnlyList<string> settings)
    {
        var result = options with { };
        foreach (var setting in settings)
        {
            int equals = setting.IndexOf('=', StringComparison.Ordinal);
            var property = equals > 0 ? typeof(StoryOptions).GetProperty(setting[..equals]) : null;
            if (property is null || !property.CanWrite) throw new FormatException($"'{setting}' does not name a story setting (NAME=VALUE)");
            var text = setting[(equals + 1)..];
            object value = property.PropertyType == typeof(int) ? int.Parse(text, CultureInfo.InvariantCulture)
                : property.PropertyType == typeof(double) ? double.Parse(text, CultureInfo.InvariantCulture)
                : property.PropertyType == typeof(TimeSpan) ? TimeSpan.FromDays(double.Parse(text, CultureInfo.InvariantCulture))
                : throw new FormatException($"'{setting}': {property.Name} cannot be set here");
            property.SetValue(result, value);
        }
        return result;
    }

    public static int Execute(FileInfo data, string database, DirectoryInfo goldDirectory, bool stored, DateTimeOffset? from, DateTimeOffset? to,
        int largest, int titles, StoryOptions options, bool errors, TextWriter output, TextWriter error)
    {
        var c = CultureInfo.InvariantCulture;
        IReadOnlyList<JudgedPair> pairs;
        CorpusIds ids;
        try
        {
            var goldFile = Path.Combine(goldDirectory.FullName, "pairs.tsv");
            pairs = StoryPairGold.Parse(File.ReadAllText(goldFile), goldFile);
            ids = CorpusIds.Read(EvalResolutionCommand.ReadCorpus(data), data.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            error.WriteLine($"marsad: eval stories: {e.Message}");
            return MarsadCli.SomeInputsFailed;
        }
        var collection = StoreInputs.ReadCollection("eval stories", database, error);
        if (collection is null) return MarsadCli.UsageError;
        using var store = StoreFactory.Open(database);

        var clock = Stopwatch.StartNew();
        // Story and topic of every clustered document (store keys), and the documents' titles and dates.
        List<(string Id, string? Topic, IReadOnlyList<string> Documents)> stories;
        var titleOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var dateOf = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        if (stored)
        {
            stories = collection.Stories.Select(s => (s.Id, s.Topic, s.Documents)).ToList();
            foreach (var d in stories.SelectMany(s => s.Documents))
            {
                var document = store.GetDocument(StoreKey.IdOf(d));
                titleOf[d] = document?.Title ?? "";
                dateOf[d] = document?.Published;
            }
            output.WriteLine($"stories as stored by the last collection run ({StoreFactory.Describe(database)})");
        }
        else
        {
            var dedup = store.ReadDedup();
            var documents = new List<AnalyzedDocument>(dedup.Members.Count);
            foreach (var id in dedup.Members.Select(m => StoreKey.IdOf(m.Id)).Order())
                if (StoredTextCore.Read(store, id) is { } document && Within(document.Source.Published, from, to)) documents.Add(document);
            var analysis = new CollectionAnalyzer { Entities = null, Stories = null }.Analyze(documents, dedup);
            var storyDocuments = StoryInputs.FromStoredEntities(analysis, collection.Entities);
            output.WriteLine(string.Create(c, $"read {storyDocuments.Count} documents with their stored entities in {clock.Elapsed.TotalSeconds:0.0} s"));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var clustering = StoryClusterer.Batch(storyDocuments, options);
            var clusterTime = clock.Elapsed;
            var clusterCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            clock.Restart();
            var built = new StoryBuilder(options).Build(storyDocuments, clustering, StoryInputs.IndependentRoots(analysis));
            output.WriteLine(string.Create(c,
                $"clustered in {clusterTime.TotalSeconds:0.0} s ({clusterCpu.TotalSeconds:0.0} s CPU), stories and topics built in {clock.Elapsed.TotalSeconds:0.0} s"));
            stories = built.Stories.Select(s => (s.Id, s.Topic, s.Documents)).ToList();
            foreach (var d in storyDocuments)
            {
                titleOf[d.Id] = d.Title ?? "";
                dateOf[d.Id] = d.Published;
            }
        }

        var storyOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var topicOfStory = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var s in stories)
        {
            topicOfStory[s.Id] = s.Topic;
            foreach (var d in s.Documents) storyOfKey[d] = s.Id;
        }
        // Corpus id → store key, through each document's locators (file#line).
        var keyOfCorpusId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in storyOfKey.Keys)
            foreach (var locator in store.GetLocations(StoreKey.IdOf(key)))
                if (ids.OfLocator(locator) is { } corpusId) keyOfCorpusId.TryAdd(corpusId, key);
        string? StoryOf(string corpusId) => keyOfCorpusId.TryGetValue(corpusId, out var k) ? storyOfKey.GetValueOrDefault(k) : null;
        string? TopicOf(string corpusId) => StoryOf(corpusId) is { } s ? topicOfStory.GetValueOrDefault(s) : null;

        int topics = stories.Select(s => s.Topic).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        output.WriteLine(string.Create(c, $"{storyOfKey.Count} documents, {stories.Count} stories, {topics} topics"));
        output.WriteLine();
        WriteSizes(stories.Select(s => s.Documents.Count).ToList(), output);
        output.WriteLine();
        output.WriteLine("largest stories:");
        foreach (var s in stories.OrderByDescending(s => s.Documents.Count).ThenBy(s => s.Id, StringComparer.Ordinal).Take(largest))
        {
            var dates = s.Documents.Select(d => dateOf.GetValueOrDefault(d)).OfType<DateTimeOffset>().ToList();
            string span = dates.Count == 0 ? "undated" : string.Create(c, $"{dates.Min():yyyy-MM-dd}..{dates.Max():yyyy-MM-dd}");
            output.WriteLine(string.Create(c, $"  {s.Id} ({s.Documents.Count} documents, {span}, topic {s.Topic ?? "-"})"));
            // Titles spread over the story: first, then evenly spaced members.
            int step = Math.Max(1, s.Documents.Count / Math.Max(1, titles));
            for (int i = 0, shown = 0; i < s.Documents.Count && shown < titles; i += step, shown++)
                output.WriteLine($"    - {titleOf.GetValueOrDefault(s.Documents[i], "")}");
        }
        output.WriteLine();
        var topicSizes = stories.Where(s => s.Topic is not null).GroupBy(s => s.Topic!)
            .Select(g => (Topic: g.Key, Stories: g.Count(), Documents: g.Sum(s => s.Documents.Count)))
            .OrderByDescending(t => t.Documents).ThenBy(t => t.Topic, StringComparer.Ordinal).Take(5).ToList();
        output.WriteLine("largest topics: " + string.Join(", ", topicSizes.Select(t => string.Create(c, $"{t.Topic} ({t.Stories} stories, {t.Documents} documents)"))));
        output.WriteLine();
        var scores = StoryPairGold.Score(pairs, StoryOf, TopicOf);
        output.WriteLine(string.Create(c, $"gold: {pairs.Count} judged pairs ({pairs.Count(p => p.Judgement == PairJudgement.Same)} same, "
            + $"{pairs.Count(p => p.Judgement == PairJudgement.Topic)} topic only, {pairs.Count(p => p.Judgement == PairJudgement.Different)} different), "
            + $"{scores.Missing} with an article not clustered"));
        output.WriteLine(StoryPairGold.Describe(scores));
        if (errors)
        {
            output.WriteLine();
            output.WriteLine("pairs the clustering gets wrong (story: joined a pair judged otherwise, or split a same pair; topic: split a related pair):");
            foreach (var p in pairs)
            {
                string? sa = StoryOf(p.A), sb = StoryOf(p.B);
                if (sa is null || sb is null) continue;
                bool oneStory = sa == sb, oneTopic = TopicOf(p.A) is { } ta && ta == TopicOf(p.B);
                string? wrong = oneStory != (p.Judgement == PairJudgement.Same) ? "story" : p.Judgement != PairJudgement.Different && !oneTopic ? "topic" : null;
                if (wrong is not null) output.WriteLine($"  {wrong} {p.Judgement.ToString().ToLowerInvariant()} {p.A} {p.B} ({sa}/{sb}): {p.Reason}");
            }
        }
        return MarsadCli.Success;
    }

    private static bool Within(DateTimeOffset? published, DateTimeOffset? from, DateTimeOffset? to) =>
        (from is null || published is null || published >= from) && (to is null || published is null || published <= to);

    /// <summary>How many stories of each size band, and how many documents they hold.</summary>
    private static void WriteSizes(List<int> sizes, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        (int Low, int High)[] bands = [(1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 40), (41, 60), (61, 100), (101, int.MaxValue)];
        output.WriteLine("story sizes (documents: stories, documents in them):");
        foreach (var (low, high) in bands)
        {
            var inBand = sizes.Where(n => n >= low && n <= high).ToList();
            string label = high == int.MaxValue ? $"{low}+" : low == high ? $"{low}" : $"{low}-{high}";
            output.WriteLine(string.Create(c, $"  {label,-7} {inBand.Count,6} {inBand.Sum(),7}"));
        }
        output.WriteLine(string.Create(c, $"  largest {(sizes.Count == 0 ? 0 : sizes.Max())}, over 60: {sizes.Count(n => n > 60)}"));
    }
}

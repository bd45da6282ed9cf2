using System.Globalization;
using Marsad.Annotation;
using Marsad.Annotation.Times;
using Marsad.Dedup;
using Marsad.Pipeline;
using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Stories;

namespace Marsad.Report;

/// <summary>Maps pipeline records to the report's records; the report is a contract, the pipeline records are not.</summary>
public static class ReportBuilder
{
    public static AnalysisReport Build(CollectionAnalysis analysis) =>
        new(AnalysisReport.CurrentVersion,
            analysis.Documents.Select(d => ToReport(d, Annotations(analysis, d), analysis.Links.GetValueOrDefault(d.Source.Id, []))).ToList(),
            analysis.Documents.SelectMany(d => Annotations(analysis, d).Times.Select(t => new TimeReport(
                d.Source.Id, t.Start, t.End, t.Text, t.Value, GranularityName(t.Granularity), t.Resolved, t.Relative, t.Approximate))).ToList(),
            analysis.Documents.SelectMany(d => Annotations(analysis, d).Numbers.Where(n => !n.IsDesignator).Select(n => new NumberReport(
                d.Source.Id, n.Start, n.End, n.Text, n.Value, n.Approximate, n.Comparator, n.Unit, n.Units, n.Magnitude))).ToList(),
            analysis.SharedPassages.Select(p => new SharedPassageReport(
                p.Locations.Select(l => new PassageLocationReport(l.DocumentId, l.Start, l.End)).ToList())).ToList(),
            analysis.Families.Where(f => f.Members.Count > 1).Select(f => new FamilyReport(f.Canonical, f.Members, OriginName(f.Origin))).ToList(),
            analysis.SyndicationGroups.Select(g => Syndication(analysis, g)).ToList(),
            analysis.IndependentSources,
            analysis.Errors.Select(e => new ErrorReport(e.Source, e.Reason)).ToList())
        {
            Entities = analysis.Entities.Select(e => ToReport(e, analysis.TaggedMentions)).ToList(),
            Quotes = analysis.Quotes.Select(q => new QuoteReport(q.Document, q.Start, q.End, q.Text, q.SpeakerEntityId, q.SpeakerText, q.Direct, q.Verb)).ToList(),
            Events = analysis.Events.Select(e => new EventReport(e.Id, e.Document, e.Start, e.End, e.EventType, e.SubEventType,
                e.Actor1EntityId, e.Actor2EntityId, e.LocationEntityId, ToReport(e.Location), e.Date, e.Fatalities, e.Trigger)).ToList(),
            Stories = StoryReports(analysis.Stories),
            Topics = analysis.Stories.Topics.Select(t => new TopicReport(t.Id, t.Stories, t.Entities, t.Places, t.Name)).ToList(),
            StoryLog = analysis.Stories.Log.Select(l => new StoryLogReport(l.Change.ToString().ToLowerInvariant(), l.Document, l.Story, l.Other, l.Score)).ToList(),
        };

    public static EntityReport ToReport(Entity e) => ToReport(e, null);

    /// <summary>The entity with each mention's confidence taken from the tagged mentions of its document.</summary>
    public static EntityReport ToReport(Entity e, IReadOnlyDictionary<string, IReadOnlyList<EntityMention>>? tagged) => new(
        e.Id,
        EntityTypeLabels.Label(e.Type),
        e.Name,
        e.Aliases,
        e.Mentions.Select(m => new EntityMentionReport(m.DocumentId, m.Start, m.End, m.Text,
            tagged is null ? null : Marsad.Entities.EntityStageResult.ConfidenceOf(tagged, m.DocumentId, m.Start, m.End))).ToList(),
        e.Roles.Select(r => new RoleReport(r.Title, r.OfEntityId)).ToList(),
        e.ActorId,
        e.ActorKind?.ToString(),
        ToReport(e.Geo),
        e.Evidence?.Select(v => new AliasEvidenceReport(v.Alias, v.Rule, v.Via, v.Documents, v.Weak)).ToList());

    private static GeoReport? ToReport(Marsad.Entities.Geo.GeoMatch? g) => g is null ? null
        : new GeoReport(Math.Round(g.Lat, 5), Math.Round(g.Lon, 5), g.Country, g.Admin1, g.GazetteerId, g.Precision.ToString().ToLowerInvariant(), g.Name);

    /// <summary>Stories newest first (by last date; undated last), then by id.</summary>
    public static List<StoryReport> StoryReports(StoryAnalysis stories) =>
        stories.Stories
            .OrderByDescending(s => s.Last ?? DateTimeOffset.MinValue)
            .ThenBy(s => s.Id.Length).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(ToReport).ToList();

    public static StoryReport ToReport(Story s) => new(
        s.Id, s.Title, s.Topic, Date(s.First), Date(s.Last), s.Documents, s.Sources, s.IndependentSources,
        s.MainEntities, s.Places, s.Events, s.Quotes,
        s.Summary.Select(x => new SummarySentenceReport(x.Document, x.Start, x.End, x.Text, x.Sources.Count > 0 ? x.Sources : [x.Document])).ToList(),
        s.Corroborated.Select(f => new FactReport(f.Kind, f.Subject, f.Reported.Value, f.Reported.Text, f.Reported.Documents, f.Reported.IndependentSources)).ToList(),
        s.Contradictions.Select(c => new ContradictionReport(c.Kind, c.Subject,
            c.Values.Select(v => new ReportedValueReport(v.Value, v.Text, v.Documents, v.IndependentSources)).ToList())).ToList());

    private static string? Date(DateTimeOffset? d) => d?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DocumentAnnotations Annotations(CollectionAnalysis analysis, AnalyzedDocument d) =>
        analysis.Annotations.GetValueOrDefault(d.Source.Id, DocumentAnnotations.Empty);

    public static string GranularityName(TimeGranularity granularity) => granularity switch
    {
        TimeGranularity.Year => "year",
        TimeGranularity.Month => "month",
        TimeGranularity.Week => "week",
        TimeGranularity.Day => "day",
        TimeGranularity.PartOfDay => "part-of-day",
        TimeGranularity.Minute => "minute",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    public static DocumentReport ToReport(AnalyzedDocument d, DocumentAnnotations annotations, IReadOnlyList<DuplicateLink> links) => new(
        d.Source.Id,
        d.Source.Source,
        d.Source.Title,
        d.Source.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        d.Language,
        d.Text,
        d.Clean.Removed.Select(r => new RemovedReport(KindName(r.Kind), r.Text, r.Reason)).ToList(),
        new SortedDictionary<string, string>(d.Source.Metadata.Concat(d.Clean.Metadata).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value), StringComparer.Ordinal),
        d.Sentences.Select(s => new SpanReport(s.Start, s.End)).ToList(),
        d.TokenCount,
        annotations.EventDate,
        links.Select(l => new DuplicateReport(l.Document, DuplicateKindName(l.Kind), Math.Round(l.Similarity, 4))).ToList());

    /// <summary>A syndication group with its members split into copies of the wire report and outlets' own reports that
    /// carry a few of its passages (see <see cref="StoryInputs.IsCopy(CollectionAnalysis, string, IReadOnlySet{string})"/>).</summary>
    private static SyndicationReport Syndication(CollectionAnalysis analysis, SyndicationGroup g)
    {
        var members = g.Copies.Append(g.Original).ToHashSet(StringComparer.Ordinal);
        var copies = g.Copies.Where(c => StoryInputs.IsCopy(analysis, c, members)).ToList();
        var carriers = g.Copies.Except(copies, StringComparer.Ordinal).ToList();
        return new SyndicationReport(g.Original, copies, g.Agencies, OriginName(g.Origin), carriers.Count > 0 ? carriers : null);
    }

    public static string DuplicateKindName(DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => "exact",
        DuplicateKind.Near => "near",
        DuplicateKind.Contained => "contained",
        DuplicateKind.Rewrite => "rewrite",
        DuplicateKind.Syndicated => "syndicated",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string OriginName(CopyOrigin origin) => origin switch
    {
        CopyOrigin.Published => "published",
        CopyOrigin.AgencyCredit => "agency-credit",
        CopyOrigin.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    public static string KindName(RemovalKind kind) => kind switch
    {
        RemovalKind.Boilerplate => "boilerplate",
        RemovalKind.Embed => "embed",
        RemovalKind.RepeatedParagraph => "repeated-paragraph",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

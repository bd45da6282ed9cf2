using Marsad.Pipeline;

namespace Marsad.Dedup;

/// <summary>A document handed to <see cref="DuplicateFinder"/>.</summary>
/// <param name="Id">Stable, unique identifier.</param>
/// <param name="Text">Clean text (offsets in results point into it).</param>
/// <param name="Published">Publication time, when known: the earliest member of a group is its original.</param>
/// <param name="Sentences">Sentence spans of <paramref name="Text"/>, when known: shared passages that cover most of a
/// sentence are widened to the whole sentence.</param>
public sealed record DedupDocument(string Id, string Text, DateTimeOffset? Published = null, IReadOnlyList<TextSpan>? Sentences = null);

/// <summary>How two documents are related, strongest first.</summary>
public enum DuplicateKind
{
    /// <summary>Same match-key text (whitespace, diacritics, hamza seats and digit forms aside).</summary>
    Exact,
    /// <summary>Shingle Jaccard similarity at or above <see cref="DedupOptions.NearThreshold"/>.</summary>
    Near,
    /// <summary>Most shingles of the shorter document occur in the longer (a short rewrite inside a long article).</summary>
    Contained,
    /// <summary>The same report edited by another outlet: passages aligned despite edits inside sentences, merged or split
    /// sentences and reordered paragraphs cover most of the shorter document, template passages aside
    /// (<see cref="DedupOptions.RewriteCoverage"/>).</summary>
    Rewrite,
    /// <summary>Both carry the same wire report: an agency credit on at least one side and strong shared content.</summary>
    Syndicated,
}

/// <summary>A relation from one document to <paramref name="Document"/>.</summary>
/// <param name="Similarity">Exact: 1; Near: Jaccard; Contained: share of the shorter document's shingles found in the
/// longer; Rewrite: share of the shorter document's words inside aligned passages that are not templates; Syndicated:
/// share of the shorter document's words inside shared passages that are not templates.</param>
public sealed record DuplicateLink(string Document, DuplicateKind Kind, double Similarity);

/// <summary>A half-open character range [Start, End) of a document's text.</summary>
public sealed record PassageLocation(string DocumentId, int Start, int End);

/// <summary>One passage found (allowing orthographic variants and small edits) in several documents, in the order the
/// documents were added.</summary>
public sealed record SharedPassage(IReadOnlyList<PassageLocation> Locations);

/// <summary>What says which member of a family or syndication group is the original the others copied.</summary>
public enum CopyOrigin
{
    /// <summary>Nothing says it: the canonical member is only the one to keep (the fullest), not a known original.</summary>
    Unknown,
    /// <summary>Every member has a publication time and one was published strictly before all others.</summary>
    Published,
    /// <summary>Times do not decide, and exactly one member credits the wire agency (the others dropped the credit).</summary>
    AgencyCredit,
}

/// <summary>Documents linked by exact, near, contained or rewrite duplication; <paramref name="Canonical"/> is the member to
/// keep (earliest published, then the only one crediting an agency, then longest, then first added).
/// <paramref name="Members"/> includes it, in order of addition.</summary>
/// <param name="Origin">Whether <paramref name="Canonical"/> is known to be the original, and by what.</param>
public sealed record DuplicateFamily(string Canonical, IReadOnlyList<string> Members, CopyOrigin Origin = CopyOrigin.Unknown);

/// <summary>Documents carrying the same wire report: downstream counts them as one source.</summary>
/// <param name="Original">The likely original: earliest published, then one that credits the agency, then the fullest.</param>
/// <param name="Copies">The other members, in order of addition.</param>
/// <param name="Agencies">Agency identifiers credited by any member (see wire-agencies.tsv), sorted.</param>
/// <param name="Origin">Whether <paramref name="Original"/> is known to be the original, and by what.</param>
public sealed record SyndicationGroup(string Original, IReadOnlyList<string> Copies, IReadOnlyList<string> Agencies, CopyOrigin Origin = CopyOrigin.Unknown);

/// <summary>What adding one document found.</summary>
/// <param name="Links">Relations to earlier documents (the earlier documents get the reverse links).</param>
/// <param name="Passages">Shared passages that now include this document.</param>
/// <param name="Agencies">Wire agencies this document credits or cites.</param>
public sealed record DedupOutcome(string DocumentId, IReadOnlyList<DuplicateLink> Links, IReadOnlyList<SharedPassage> Passages, IReadOnlyList<string> Agencies);

/// <summary>Settings of <see cref="DuplicateFinder"/>. The defaults are the documented ones (see eval/dedup/README.md).</summary>
public sealed record DedupOptions
{
    public static DedupOptions Default { get; } = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = Marsad.Text.WordShingles.DefaultSize;
    public int HashCount { get; init; } = MinHasher.DefaultHashCount;
    public int Bands { get; init; } = LshIndex.DefaultBands;
    public int Rows { get; init; } = LshIndex.DefaultRows;

    /// <summary>Jaccard at or above which two documents are near-duplicates. 0.8: a ~20-sentence article that lost or
    /// gained a sentence or two, or got furniture lines, stays above; a different article on the same story is far below.</summary>
    public double NearThreshold { get; init; } = 0.8;

    /// <summary>Share of the shorter document's shingles found in the longer for <see cref="DuplicateKind.Contained"/>.</summary>
    public double ContainmentThreshold { get; init; } = 0.8;

    /// <summary>Shorter documents than this (in shingles) are never called contained: a headline is not an article.</summary>
    public int MinContainedShingles { get; init; } = 20;

    /// <summary>Find shared passages (and use them for containment candidates and syndication).</summary>
    public bool FindPassages { get; init; } = true;

    /// <summary>Words per indexed n-gram of loose word keys (the seed of a passage match).</summary>
    public int PassageSeedWords { get; init; } = 4;

    /// <summary>Matched words for a passage to count: about one short news sentence.</summary>
    public int MinPassageWords { get; init; } = 10;

    /// <summary>Seed n-grams already seen in more documents than this are formulaic and not followed.</summary>
    public int MaxSeedPostings { get; init; } = 100;

    /// <summary>Score (see <see cref="DuplicateFinder"/> syndication rule) at which two documents share a wire report.</summary>
    public double SyndicationEvidence { get; init; } = 2.0;

    /// <summary>Share of the shorter document's words inside aligned passages, templates aside, at which two documents are
    /// one report (<see cref="DuplicateKind.Rewrite"/>): "most of the shorter one".</summary>
    public double RewriteCoverage { get; init; } = 0.5;

    /// <summary>Share of the shorter document's words inside shared passages, templates aside, that a syndication link
    /// needs besides the agency credit and the evidence score. Off by default: a paper that takes two paragraphs of a
    /// wire report into a long article of its own carries that report (samples 000 and 004), and covers about a tenth of
    /// it; templates are kept out by learning them instead. Raising it trades such copies for fewer links between reports
    /// that repeat one background paragraph of the wire (see eval/dedup/README.md).</summary>
    public double SyndicationCoverage { get; init; }

    /// <summary>Opening words of a report among which a syndication link needs the shared passages to hold a passage's
    /// worth of words (<see cref="MinPassageWords"/>), in one of the two documents: a copy of a wire report carries its
    /// lead, however edited, while two different reports that repeat one background paragraph of the wire share only
    /// their middles. 0 turns the check off.</summary>
    public int SyndicationLeadWords { get; init; } = 40;

    /// <summary>A passage seed found in at least this many earlier documents that are not copies of the new one (a
    /// formula of an outlet or agency: a royal-court reception, a market-report sentence) is a template: it does not by
    /// itself make two documents copies.</summary>
    public int TemplateDocuments { get; init; } = 3;

    /// <summary>Share of the shorter document inside aligned passages, templates included, at which an earlier document
    /// holding a seed is a copy of the new one, so that the seed's documents are not unrelated reports. As high as a
    /// contained copy: reports filled into one formula (congratulation cables, weather bulletins) cover 0.5–0.8 of each
    /// other, and must not shield the formula (measured on eval/dedup: 0.5 let ~1,400 more such links through).</summary>
    public double TemplateCopyCoverage { get; init; } = 0.8;

}

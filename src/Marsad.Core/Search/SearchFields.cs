namespace Marsad.Search;

/// <summary>The index's field names. Analysed fields (<see cref="Title"/>, <see cref="Body"/>, <see cref="Entities"/>,
/// <see cref="Places"/>) go through <see cref="Analysis.MarsadArabicAnalyzer"/>; the others are exact keys.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    /// <summary>Names of the people and organisations resolved in the document, with their aliases.</summary>
    public const string Entities = "entities";
    /// <summary>Names of the places mentioned, with their aliases.</summary>
    public const string Places = "places";
    /// <summary>The publishing source: the site's name or the URL's host.</summary>
    public const string Source = "source";
    /// <summary>The id of the story the document belongs to.</summary>
    public const string Story = "story";
    /// <summary>ACLED event types of the events found in the document.</summary>
    public const string EventType = "event_type";
    /// <summary>Exact keys for filtering: entity and place ids (<c>actor/sdf</c>), not their analysed names.</summary>
    public const string EntityKey = "entity";
    public const string PlaceKey = "place";
    /// <summary>The document's date (published, else ingested) as UTC ticks: range filters.</summary>
    public const string Date = "date";
    public const string Url = "url";
    /// <summary>Stored only: every name one entity goes by, joined by <see cref="AliasSeparator"/>, so a match through an
    /// alias (قسد) can mark the name the text uses (قوات سوريا الديمقراطية).</summary>
    public const string AliasGroups = "alias_groups";
    public const char AliasSeparator = '\u001F';
    public const string Language = "language";

    // Doc-values twins for sorting.
    internal const string DateSort = "date_sort";
    internal const string TitleSort = "title_sort";
    internal const string IdSort = "id_sort";

    /// <summary>The fields a free-text query searches when it names none, with their weights.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Searched =
    [
        (Title, 2f), (Body, 1f), (Entities, 1.5f), (Places, 1.5f),
    ];

    /// <summary>Fields whose values are keys, matched exactly (never analysed).</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Source, Story, EventType, EntityKey, PlaceKey, Url, Language,
    };
}

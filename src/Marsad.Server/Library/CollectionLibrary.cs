using System.Collections.Concurrent;
using System.Globalization;
using Marsad.Browse;
using Marsad.Storage;

namespace Marsad.Server.Library;

/// <summary>Where the collection-level results come from: the id of the latest run (cheap, asked on every request)
/// and the full snapshot (a full read, done once per run).</summary>
public interface ICollectionSource
{
    string CurrentRun();
    StoredCollection Read();
}

/// <summary>A snapshot that never changes (tests, and stores from before the collection stage).</summary>
public sealed class FixedCollectionSource(StoredCollection collection) : ICollectionSource
{
    public string CurrentRun() => collection.RunId;
    public StoredCollection Read() => collection;
}

/// <summary>
/// The server's view of the stored collection: one <see cref="CollectionView"/> kept until the store reports another
/// collection run, then read again (and <see cref="Reloaded"/> told, so the index can follow). Document cards are
/// read from the store on first use and kept with the snapshot: a story list touches every story's documents.
/// </summary>
public sealed class CollectionLibrary(ICollectionSource source, Func<long, DocumentCard?> readCard)
{
    private readonly Lock reloading = new();
    private Snapshot? snapshot;

    /// <summary>Called after a new run has been read, with its view (outside any lock of this class).</summary>
    public event Action<CollectionView>? Reloaded;

    /// <summary>The latest snapshot, read again if the store has a newer run.</summary>
    public CollectionView Current() => Fresh().View;

    /// <summary>The snapshot already held, without asking the store (for code already inside a store operation).</summary>
    public CollectionView Held() => snapshot?.View ?? Fresh().View;

    /// <summary>A document as lists show it; null when the store does not have it.</summary>
    public DocumentCard? Card(string document) => Fresh().Card(document, readCard);

    /// <summary>The card lookup of the current snapshot.</summary>
    public Func<string, DocumentCard?> Cards() => Fresh().CardLookup(readCard);

    /// <summary>Every story's line in one order, kept with the snapshot.</summary>
    public IReadOnlyList<StoryLine> StoryLines(StorySort sort) => Memo("stories/" + sort, (view, cards) => StoryBrowser.Lines(view, sort, cards));

    /// <summary>Every entity most mentioned first with its match keys, kept with the snapshot.</summary>
    public IReadOnlyList<(Marsad.Report.EntityReport Entity, string[] Keys)> RankedEntities() => Memo("entities", (view, _) => EntityBrowser.Ranked(view));

    /// <summary>A value computed once per snapshot (the sorted lists every page of a list reads), then kept with it.</summary>
    public T Memo<T>(string key, Func<CollectionView, Func<string, DocumentCard?>, T> compute) where T : class
    {
        var fresh = Fresh();
        return (T)fresh.Memos.GetOrAdd(key, _ => compute(fresh.View, fresh.CardLookup(readCard)));
    }

    private Snapshot Fresh()
    {
        var run = source.CurrentRun();
        var held = snapshot;
        if (held is not null && held.View.Collection.RunId == run) return held;
        Snapshot fresh;
        lock (reloading)
        {
            held = snapshot;
            if (held is not null && held.View.Collection.RunId == run) return held;
            fresh = new Snapshot(new CollectionView(source.Read()));
            snapshot = fresh;
        }
        Reloaded?.Invoke(fresh.View);
        return fresh;
    }

    private sealed class Snapshot(CollectionView view)
    {
        private readonly ConcurrentDictionary<string, DocumentCard?> cards = new(StringComparer.Ordinal);

        public CollectionView View { get; } = view;

        public ConcurrentDictionary<string, object> Memos { get; } = new(StringComparer.Ordinal);

        public DocumentCard? Card(string document, Func<long, DocumentCard?> read) =>
            cards.GetOrAdd(document, d => long.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && read(id) is { } card ? EventDated(card) : null);

        public Func<string, DocumentCard?> CardLookup(Func<long, DocumentCard?> read) => d => Card(d, read);

        /// <summary>An article with no published date is dated by the collection's estimate of when its events happened.</summary>
        private DocumentCard EventDated(DocumentCard card) =>
            !card.Published && View.Collection.EventDates.GetValueOrDefault(card.Id) is { Length: >= 10 } date
            && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? card with { Date = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), DateKind = CardDate.Events }
                : card;
    }
}

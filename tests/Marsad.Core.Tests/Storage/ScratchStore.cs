using Marsad.Ingest;
using Marsad.Storage;

namespace Marsad.Tests.Storage;

/// <summary>A store file in a scratch directory removed after the test, and the one-article write tests need.</summary>
public sealed class ScratchStore : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("marsad-store-").FullName;

    public string DbPath => Path.Combine(directory, "test.db");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Ingests one plain-text article; returns its document id.</summary>
    public static long Put(SqliteDocumentStore store, string locator, string text)
    {
        using var writer = store.BeginWrite();
        var outcome = writer.Put(new IngestedArticle(locator, "text", text), "ar");
        writer.Commit();
        return outcome.DocumentId;
    }
}

using System.Text;
using Marsad.Ingest;
using Marsad.Pipeline;

namespace Marsad.Cli.Commands;

/// <summary>What the file-based verbs (analyze, stories, events) share: reading every supported input without a
/// store, and writing their output to standard output or a file.</summary>
internal static class ArticleInputs
{
    /// <summary>Reads files, directories, URLs and feeds; the inputs that cannot be read come back as errors.</summary>
    public static (List<SourceDocument> Sources, List<InputError> Failures) Read(IReadOnlyList<string> paths)
    {
        var failures = new List<InputError>();
        var sources = new List<SourceDocument>();
        using var fetcher = new WebFetcher(new FetchOptions());
        var reader = new ArticleReader(new IngestOptions(), fetcher);
        foreach (var item in reader.ReadAllAsync(paths).ToBlockingEnumerable())
        {
            if (item.Article is { } article) sources.Add(article.ToSourceDocument());
            else if (item.Error is { } failure) failures.Add(failure);
        }
        return (sources, failures);
    }

    /// <summary>Runs <paramref name="render"/> into <paramref name="outFile"/> (UTF-8, no BOM) or, without one, into <paramref name="output"/>.</summary>
    /// <param name="byteOrderMark">Start the file with UTF-8's byte-order mark (CSV for spreadsheets, which read a
    /// file without it in the local code page and garble Arabic); standard output never gets one.</param>
    public static void Write(FileInfo? outFile, TextWriter output, Action<TextWriter> render, bool byteOrderMark = false)
    {
        if (outFile is null)
        {
            render(output);
            return;
        }
        outFile.Directory?.Create();
        using var writer = new StreamWriter(outFile.FullName, append: false, new UTF8Encoding(byteOrderMark));
        render(writer);
    }
}

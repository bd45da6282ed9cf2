using Lucene.Net.Index;

namespace Marsad.Search;

public sealed partial class SearchIndex
{
    /// <summary>Every source in the index with its number of documents, by name (for filter menus).</summary>
    public IReadOnlyList<(string Source, int Documents)> Sources() => WithSearcher(searcher =>
    {
        var list = new List<(string, int)>();
        var terms = MultiFields.GetTerms(searcher.IndexReader, SearchFields.Source);
        if (terms is null) return (IReadOnlyList<(string, int)>)list;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var name = iterator.Term.Utf8ToString();
            if (name.Length > 0) list.Add((name, iterator.DocFreq));
        }
        list.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return list;
    });
}

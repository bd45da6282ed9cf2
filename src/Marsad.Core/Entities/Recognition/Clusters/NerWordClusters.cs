namespace Marsad.Entities.Recognition.Clusters;

/// <summary>
/// The word clusters the tagger's features read: the committed ones embedded in Marsad.Core, unless a training or
/// evaluation run chose another file first (<c>marsad train ner --clusters</c>). A model is only as good as the
/// clusters it was trained with: tag with the same file.
/// </summary>
public static class NerWordClusters
{
    private static readonly Lazy<WordClusters> Embedded = new(WordClusters.LoadEmbedded);
    private static WordClusters? _chosen;

    public static WordClusters Current => _chosen ?? Embedded.Value;

    /// <summary>Makes <paramref name="clusters"/> the ones every later feature extraction in this process reads.</summary>
    public static void Use(WordClusters clusters) => _chosen = clusters;
}

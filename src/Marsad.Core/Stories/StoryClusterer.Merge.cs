namespace Marsad.Stories;

public sealed partial class StoryClusterer
{
    /// <summary>After an article joined <paramref name="target"/>, the other stories it also fitted are merged into the
    /// older of each pair when the two centroids have converged. The merged story keeps the older id.</summary>
    private void MergeConverged(StoryCluster target, List<(StoryCluster Cluster, double Score)> fitting, string documentId)
    {
        var survivor = target;
        foreach (var (other, _) in fitting)
        {
            if (other.MergedInto >= 0 || other.Index == survivor.Index) continue;
            double similarity = survivor.Cosine(other);
            if (similarity < options.MergeThreshold) continue;
            var (keep, absorbed) = other.Index < survivor.Index ? (other, survivor) : (survivor, other);
            keep.Absorb(absorbed, options.CoreSize);
            Track(keep);
            Track(absorbed);
            log.Add(new StoryLogEntry(StoryChange.Merged, documentId, keep.Id, absorbed.Id, Math.Round(similarity, 4)));
            survivor = keep;
        }
    }
}

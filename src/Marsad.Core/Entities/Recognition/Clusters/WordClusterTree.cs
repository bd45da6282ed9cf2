namespace Marsad.Entities.Recognition.Clusters;

/// <summary>
/// A binary tree over word vectors built by bisecting spherical 2-means, so that every word gets a bit string as Brown
/// clustering gives one: its prefixes are coarser and coarser clusters. Nodes are numbered as in a heap (root 1,
/// children 2n and 2n+1), so a word's leaf number at depth D holds its whole path, and the prefix of length L is the
/// leaf shifted right by D − L.
/// </summary>
public static class WordClusterTree
{
    private const int Iterations = 8;

    /// <summary>The unit-length centroid of every node (rows of <paramref name="dimensions"/>, all zero for a node no
    /// word reached) and the leaf of every vector.</summary>
    public static (float[] Centroids, int[] Leaves) Build(IReadOnlyList<float[]> vectors, int dimensions, int depth, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, 20);
        var centroids = new float[(1 << (depth + 1)) * dimensions];
        var leaves = new int[vectors.Count];
        var random = new SplitMix64((ulong)seed);
        Split([.. Enumerable.Range(0, vectors.Count)], node: 1, level: 0);
        return (centroids, leaves);

        void Split(int[] members, int node, int level)
        {
            var centroid = centroids.AsSpan(node * dimensions, dimensions);
            Mean(vectors, members, centroid);
            if (level == depth || members.Length < 2)
            {
                // A branch that stops early keeps to the left below: its words' leaves are still at depth D.
                foreach (int m in members) leaves[m] = node << (depth - level);
                return;
            }
            var left = new float[dimensions];
            var right = new float[dimensions];
            vectors[members[(int)(random.Next() % (ulong)members.Length)]].CopyTo(left, 0);
            // The second seed is the member least like the first: the split starts along the widest direction.
            int farthest = members.MinBy(m => WordVectorTrainer.Dot(vectors[m], left));
            vectors[farthest].CopyTo(right, 0);
            var side = new bool[members.Length];
            for (int iteration = 0; iteration < Iterations; iteration++)
            {
                for (int k = 0; k < members.Length; k++)
                    side[k] = WordVectorTrainer.Dot(vectors[members[k]], right) > WordVectorTrainer.Dot(vectors[members[k]], left);
                var rightMembers = members.Where((_, k) => side[k]).ToArray();
                var leftMembers = members.Where((_, k) => !side[k]).ToArray();
                if (rightMembers.Length == 0 || leftMembers.Length == 0) break;
                Mean(vectors, leftMembers, left);
                Mean(vectors, rightMembers, right);
            }
            Split(members.Where((_, k) => !side[k]).ToArray(), 2 * node, level + 1);
            Split(members.Where((_, k) => side[k]).ToArray(), 2 * node + 1, level + 1);
        }
    }

    /// <summary>The leaf of a vector that was not clustered: down the tree, at each node to the nearer child.</summary>
    public static int Descend(ReadOnlySpan<float> vector, ReadOnlySpan<float> centroids, int dimensions, int depth)
    {
        int node = 1;
        for (int level = 0; level < depth; level++)
        {
            var left = centroids.Slice(2 * node * dimensions, dimensions);
            var right = centroids.Slice((2 * node + 1) * dimensions, dimensions);
            bool rightExists = right.ContainsAnyExcept(0f);
            node = 2 * node + (rightExists && WordVectorTrainer.Dot(vector, right) > WordVectorTrainer.Dot(vector, left) ? 1 : 0);
        }
        return node;
    }

    private static void Mean(IReadOnlyList<float[]> vectors, int[] members, Span<float> mean)
    {
        mean.Clear();
        foreach (int m in members) WordVectorTrainer.Add(vectors[m], 1f, mean);
        WordVectors.Normalize(mean);
    }
}

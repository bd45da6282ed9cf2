using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace Marsad.Entities.Recognition.Clusters;

/// <summary>
/// Word clusters learnt from unlabelled text (models/ner/word-clusters.bin), two binary trees
/// (<see cref="WordClusterTree"/>): a context tree over the words the text shows often enough, by the words around
/// them (as Brown clusters are), and a spelling tree over the mean vectors of character n-grams, in which any word,
/// one never seen included, finds a leaf. The tagger reads prefixes of the leaves' paths as features. Immutable (but
/// for a cache of the spelling leaves found) and thread-safe.
/// </summary>
public sealed class WordClusters
{
    private static readonly byte[] Magic = "MWCL"u8.ToArray();
    private const int FormatVersion = 2;

    /// <summary>The name of the committed clusters embedded in Marsad.Core (built from models/ner).</summary>
    public const string EmbeddedResourceName = "Marsad.Entities.Recognition.word-clusters.bin";

    /// <summary>Longest n-gram list of one word the lookup computes (a 64-letter word has 189).</summary>
    private const int MaxNGrams = 256;

    /// <summary>
    /// Most words whose spelling leaves are kept (about 20 MB at most). A spelling leaf costs a word's n-gram rows and
    /// ten levels of dot products, more than all its other features together, and news writes the same words again
    /// and again: the collection stage tags thousands of articles with one instance. Past the cap, a new word's leaf
    /// is computed each time it comes.
    /// </summary>
    internal const int MaxCachedSpellings = 1 << 18;

    private readonly WordLeafTable _leaves;
    private readonly float[] _centroids;
    private readonly sbyte[] _buckets;
    private readonly float[] _bucketScales;
    private readonly ConcurrentDictionary<string, int> _spelled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spelledLookup;
    private int _spelledCount;

    internal WordClusters(IReadOnlyDictionary<string, int> leaves, int depth, int spellingDepth, int dimensions, float[] centroids, sbyte[] buckets, float[] bucketScales)
        : this(WordLeafTable.Of(leaves), depth, spellingDepth, dimensions, centroids, buckets, bucketScales) { }

    private WordClusters(WordLeafTable leaves, int depth, int spellingDepth, int dimensions, float[] centroids, sbyte[] buckets, float[] bucketScales)
    {
        if (centroids.Length != (1 << (spellingDepth + 1)) * dimensions) throw new ArgumentException("one spelling centroid per tree node expected", nameof(centroids));
        if (buckets.Length != bucketScales.Length * dimensions) throw new ArgumentException("one scale per bucket row expected", nameof(bucketScales));
        _leaves = leaves;
        _spelledLookup = _spelled.GetAlternateLookup<ReadOnlySpan<char>>();
        Depth = depth;
        SpellingDepth = spellingDepth;
        Dimensions = dimensions;
        _centroids = centroids;
        _buckets = buckets;
        _bucketScales = bucketScales;
    }

    /// <summary>Levels of the context tree: leaves are numbered 2^Depth … 2^(Depth+1) − 1.</summary>
    public int Depth { get; }

    /// <summary>Levels of the spelling tree.</summary>
    public int SpellingDepth { get; }

    public int Dimensions { get; }

    /// <summary>Words with a leaf of their own.</summary>
    public int WordCount => _leaves.Count;

    /// <summary>The context-tree leaf of a listed match-key word, or 0.</summary>
    public int KnownLeaf(ReadOnlySpan<char> key) => _leaves.LeafOf(key);

    /// <summary>The spelling-tree leaf of any word, from the mean vector of its character n-grams.</summary>
    public int SpelledLeaf(ReadOnlySpan<char> key)
    {
        if (_spelledLookup.TryGetValue(key, out int leaf)) return leaf;
        leaf = SpellingLeafOf(key);
        // The count is kept apart: ConcurrentDictionary.Count takes every lock.
        if (Volatile.Read(ref _spelledCount) < MaxCachedSpellings && _spelledLookup.TryAdd(key, leaf)) Interlocked.Increment(ref _spelledCount);
        return leaf;
    }

    /// <summary>The spelling leaves kept so far (at most <see cref="MaxCachedSpellings"/>).</summary>
    internal int CachedSpellings => Volatile.Read(ref _spelledCount);

    /// <summary><see cref="SpelledLeaf"/> computed, not looked up.</summary>
    internal int SpellingLeafOf(ReadOnlySpan<char> key)
    {
        Span<int> grams = stackalloc int[MaxNGrams];
        int count = WordVectorTrainer.NGramBuckets(key, _bucketScales.Length, grams);
        Span<float> vector = stackalloc float[Dimensions];
        vector.Clear();
        foreach (int b in grams[..count])
        {
            float scale = _bucketScales[b];
            var row = _buckets.AsSpan(b * Dimensions, Dimensions);
            for (int i = 0; i < vector.Length; i++) vector[i] += scale * row[i];
        }
        return WordClusterTree.Descend(vector, _centroids, Dimensions, SpellingDepth);
    }

    /// <summary>The path prefix of <paramref name="length"/> bits of a context leaf (with its leading 1, so lengths never collide); 0 for no leaf.</summary>
    public int Prefix(int leaf, int length) => leaf == 0 ? 0 : leaf >> Math.Max(0, Depth - length);

    /// <summary>The path prefix of <paramref name="length"/> bits of a spelling leaf; 0 for no leaf.</summary>
    public int SpellingPrefix(int leaf, int length) => leaf == 0 ? 0 : leaf >> Math.Max(0, SpellingDepth - length);

    /// <summary>Clusters from trained vectors: a context tree of <paramref name="depth"/> levels over the vocabulary's
    /// output vectors, a spelling tree of <paramref name="spellingDepth"/> levels over its n-gram vectors, and the n-gram
    /// rows quantised to 8 bits.</summary>
    public static WordClusters Build(WordVectors vectors, int depth, int spellingDepth, int seed)
    {
        var contextVectors = Enumerable.Range(0, vectors.VocabularySize).Select(vectors.ContextVectorOf).ToArray();
        var (_, leaves) = WordClusterTree.Build(contextVectors, vectors.Dimensions, depth, seed);
        var spellingVectors = vectors.Vocabulary.Select(vectors.SpellingVectorOf).ToArray();
        var (centroids, _) = WordClusterTree.Build(spellingVectors, vectors.Dimensions, spellingDepth, seed);
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int w = 0; w < leaves.Length; w++) map[vectors.Vocabulary[w]] = leaves[w];
        int dim = vectors.Dimensions;
        var scales = new float[vectors.Buckets];
        var quantised = new sbyte[vectors.Buckets * dim];
        for (int b = 0; b < vectors.Buckets; b++)
        {
            var row = vectors.Input.AsSpan((vectors.VocabularySize + b) * dim, dim);
            float max = 0;
            foreach (float x in row) max = Math.Max(max, Math.Abs(x));
            scales[b] = (float)(Half)(max / 127);
            for (int i = 0; i < dim; i++) quantised[b * dim + i] = scales[b] == 0 ? (sbyte)0 : (sbyte)Math.Clamp(MathF.Round(row[i] / scales[b]), -127, 127);
        }
        // Centroids as the file stores them (float16), so built and loaded clusters descend alike.
        for (int i = 0; i < centroids.Length; i++) centroids[i] = (float)(Half)centroids[i];
        return new WordClusters(map, depth, spellingDepth, dim, centroids, quantised, scales);
    }

    public void Save(Stream stream)
    {
        stream.Write(Magic);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(Depth);
        writer.Write(SpellingDepth);
        writer.Write(Dimensions);
        writer.Write(_bucketScales.Length);
        writer.Write(_leaves.Count);
        // Ordinal order (the table's): the bytes depend only on the content.
        for (int i = 0; i < _leaves.Count; i++)
        {
            writer.Write(_leaves.Word(i).ToString());
            writer.Write7BitEncodedInt(_leaves.Leaf(i));
        }
        foreach (float c in _centroids) writer.Write((Half)c);
        foreach (float s in _bucketScales) writer.Write((Half)s);
        foreach (sbyte q in _buckets) writer.Write(q);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public static WordClusters Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static WordClusters Load(Stream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic)) throw new InvalidDataException("not a Marsad word-cluster file (bad magic)");
        var body = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gzip.CopyTo(body);
        // Read off the bytes, the words into one block of characters: no string or entry per word.
        ReadOnlySpan<byte> data = body.GetBuffer().AsSpan(0, (int)body.Length);
        int at = 0;
        int format = Int32(data, ref at);
        if (format != FormatVersion) throw new InvalidDataException($"word-cluster format {format}; this build reads {FormatVersion}");
        int depth = Int32(data, ref at), spellingDepth = Int32(data, ref at), dim = Int32(data, ref at), buckets = Int32(data, ref at), words = Int32(data, ref at);
        if (words < 0 || buckets < 0 || dim <= 0 || spellingDepth is < 1 or > 20) throw new InvalidDataException("word-cluster header out of range");
        // UTF-8 takes at least one byte a character: the words' bytes bound their characters.
        int wordBytes = 0;
        for (int i = 0, skip = at; i < words; i++)
        {
            int bytes = VarInt32(data, ref skip);
            if ((uint)bytes > (uint)(data.Length - skip)) throw new InvalidDataException("word-cluster file is truncated");
            skip += bytes;
            wordBytes += bytes;
            VarInt32(data, ref skip);
        }
        var text = new char[wordBytes];
        var ends = new int[words];
        var leaves = new int[words];
        int length = 0;
        for (int i = 0; i < words; i++)
        {
            int bytes = VarInt32(data, ref at);
            if ((uint)bytes > (uint)(data.Length - at)) throw new InvalidDataException("word-cluster file is truncated");
            length += Encoding.UTF8.GetChars(data.Slice(at, bytes), text.AsSpan(length));
            at += bytes;
            ends[i] = length;
            leaves[i] = VarInt32(data, ref at);
        }
        Array.Resize(ref text, length);
        var centroids = new float[(1 << (spellingDepth + 1)) * dim];
        var scales = new float[buckets];
        if ((long)(centroids.Length + scales.Length) * 2 + (long)buckets * dim > data.Length - at) throw new InvalidDataException("word-cluster file is truncated");
        for (int i = 0; i < centroids.Length; i++, at += 2) centroids[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(data[at..]);
        for (int i = 0; i < scales.Length; i++, at += 2) scales[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(data[at..]);
        var quantised = new sbyte[buckets * dim];
        data.Slice(at, quantised.Length).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(quantised.AsSpan()));
        return new WordClusters(new WordLeafTable(text, ends, leaves), depth, spellingDepth, dim, centroids, quantised, scales);

        static int Int32(ReadOnlySpan<byte> data, ref int at)
        {
            if (data.Length - at < 4) throw new InvalidDataException("word-cluster file is truncated");
            int value = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
            at += 4;
            return value;
        }

        // BinaryWriter's 7-bit encoded Int32 (string lengths and leaves).
        static int VarInt32(ReadOnlySpan<byte> data, ref int at)
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                if (at >= data.Length) throw new InvalidDataException("word-cluster file is truncated");
                byte b = data[at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)value;
            }
            throw new InvalidDataException("word-cluster file has a malformed 7-bit integer");
        }
    }

    /// <summary>The committed clusters shipped inside Marsad.Core.</summary>
    public static WordClusters LoadEmbedded()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"embedded word clusters '{EmbeddedResourceName}' missing from Marsad.Core");
        return Load(stream);
    }
}

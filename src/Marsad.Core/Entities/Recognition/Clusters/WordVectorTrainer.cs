using Marsad.Text;
using Marsad.Text.Tokens;

namespace Marsad.Entities.Recognition.Clusters;

/// <summary>Settings of one word-vector run; the defaults are the ones the committed clusters were built with.</summary>
public sealed record WordVectorOptions
{
    public int Dimensions { get; init; } = 50;
    public int Epochs { get; init; } = 5;
    /// <summary>Words seen fewer times get no vector of their own (their character n-grams still learn).</summary>
    public int MinCount { get; init; } = 3;
    /// <summary>Largest distance of a context word; each step draws its own window up to this.</summary>
    public int Window { get; init; } = 5;
    public int Negatives { get; init; } = 5;
    public float LearningRate { get; init; } = 0.05f;
    /// <summary>Frequent words are skipped with a chance that grows with their frequency above this share.</summary>
    public double Subsample { get; init; } = 1e-4;
    /// <summary>Hash buckets of the character n-gram vectors (a power of two).</summary>
    public int Buckets { get; init; } = 1 << 17;
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Skip-gram with negative sampling over match-key words, each word represented by the mean of its own vector and
/// the vectors of its character 3–5-grams (Bojanowski et al. 2017), so that a word the corpus never shows still gets
/// a vector from its spelling. Single-threaded and driven by one seeded generator: the same text, options and seed
/// give the same vectors.
/// </summary>
public static class WordVectorTrainer
{
    /// <summary>The words of a line of running text as the tagger sees them: Arabic words only, as match keys.</summary>
    public static List<string> Words(string line)
    {
        var words = new List<string>();
        foreach (var token in ArabicTokenizer.Enumerate(line))
            if (token.Kind == TokenKind.ArabicWord) words.Add(MatchKeyNormalizer.Normalize(line.Substring(token.Start, token.Length)));
        return words;
    }

    public static WordVectors Train(IReadOnlyList<IReadOnlyList<string>> sentences, WordVectorOptions options, TextWriter? progress = null)
    {
        if ((options.Buckets & (options.Buckets - 1)) != 0) throw new ArgumentException("buckets must be a power of two", nameof(options));
        int dim = options.Dimensions;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var sentence in sentences)
            foreach (var word in sentence) { counts[word] = counts.GetValueOrDefault(word) + 1; total++; }
        var vocabulary = counts.Where(c => c.Value >= options.MinCount)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).ToArray();
        var idOf = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++) idOf[vocabulary[i]] = i;
        var wordCounts = Array.ConvertAll(vocabulary, w => counts[w]);
        long kept = wordCounts.Sum();
        progress?.WriteLine($"{total} words, {counts.Count} distinct, {vocabulary.Length} seen at least {options.MinCount} times");

        // Input rows: one per vocabulary word, then one per n-gram bucket.
        int V = vocabulary.Length;
        var random = new SplitMix64((ulong)options.Seed);
        var input = new float[(V + options.Buckets) * dim];
        for (int i = 0; i < input.Length; i++) input[i] = (float)((random.NextDouble() * 2 - 1) / dim);
        var output = new float[V * dim];
        var components = new int[V][];
        for (int w = 0; w < V; w++) components[w] = [w, .. NGramBuckets(vocabulary[w], options.Buckets).Select(b => V + b)];

        var negatives = UnigramTable(wordCounts, 1 << 21);
        var keep = new double[V];
        double threshold = options.Subsample * kept;
        for (int w = 0; w < V; w++)
            keep[w] = threshold <= 0 ? 1 : Math.Min(1, (Math.Sqrt(wordCounts[w] / threshold) + 1) * threshold / wordCounts[w]);

        var hidden = new float[dim];
        var gradient = new float[dim];
        var ids = new List<int>();
        long steps = (long)options.Epochs * kept, done = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            double loss = 0;
            long pairs = 0;
            foreach (var sentence in sentences)
            {
                ids.Clear();
                foreach (var word in sentence)
                {
                    if (!idOf.TryGetValue(word, out int id)) continue;
                    done++;
                    if (random.NextDouble() < keep[id]) ids.Add(id);
                }
                float rate = options.LearningRate * Math.Max(0.0001f, 1 - (float)done / steps);
                for (int i = 0; i < ids.Count; i++)
                {
                    var parts = components[ids[i]];
                    Array.Clear(hidden);
                    foreach (int p in parts) Add(input.AsSpan(p * dim, dim), 1f / parts.Length, hidden);
                    Array.Clear(gradient);
                    int reach = 1 + (int)(random.Next() % (ulong)options.Window);
                    for (int j = Math.Max(0, i - reach); j <= Math.Min(ids.Count - 1, i + reach); j++)
                    {
                        if (j == i) continue;
                        for (int d = 0; d <= options.Negatives; d++)
                        {
                            int target = d == 0 ? ids[j] : negatives[random.Next() % (ulong)negatives.Length];
                            if (d > 0 && target == ids[j]) continue;
                            var row = output.AsSpan(target * dim, dim);
                            float score = Dot(hidden, row);
                            float sigmoid = 1f / (1f + MathF.Exp(-score));
                            float label = d == 0 ? 1 : 0;
                            loss -= d == 0 ? Math.Log(sigmoid + 1e-7) : Math.Log(1 - sigmoid + 1e-7);
                            float g = (label - sigmoid) * rate;
                            Add(row, g, gradient);
                            Add(hidden, g, row);
                        }
                        pairs++;
                    }
                    foreach (int p in parts) Add(gradient, 1f, input.AsSpan(p * dim, dim));
                }
            }
            progress?.WriteLine($"epoch {epoch}: {pairs} pairs, mean loss {loss / Math.Max(1, pairs):0.000}");
        }
        return new WordVectors(vocabulary, wordCounts, dim, options.Buckets, input, V, output);
    }

    /// <summary>The buckets of the character 3–5-grams of a word framed by &lt; and &gt;.</summary>
    internal static IEnumerable<int> NGramBuckets(string word, int buckets)
    {
        string framed = "<" + word + ">";
        for (int n = 3; n <= 5; n++)
            for (int start = 0; start + n <= framed.Length; start++)
                yield return NGramBucket(framed.AsSpan(start, n), buckets);
    }

    /// <summary>The buckets of the character 3–5-grams of a word framed by &lt; and &gt;, into a span; the count written.</summary>
    internal static int NGramBuckets(ReadOnlySpan<char> word, int buckets, Span<int> destination)
    {
        Span<char> framed = stackalloc char[word.Length + 2];
        framed[0] = '<';
        word.CopyTo(framed[1..]);
        framed[^1] = '>';
        int count = 0;
        for (int n = 3; n <= 5; n++)
            for (int start = 0; start + n <= framed.Length && count < destination.Length; start++)
                destination[count++] = NGramBucket(framed.Slice(start, n), buckets);
        return count;
    }

    private static int NGramBucket(ReadOnlySpan<char> gram, int buckets) => (int)(NerFeatures.Hash(gram) & (ulong)(buckets - 1));

    /// <summary>Word ids in proportion to count^0.75, the word2vec noise distribution.</summary>
    private static int[] UnigramTable(long[] counts, int size)
    {
        var table = new int[size];
        double norm = counts.Sum(c => Math.Pow(c, 0.75));
        int w = 0;
        double cumulative = counts.Length > 0 ? Math.Pow(counts[0], 0.75) / norm : 1;
        for (int i = 0; i < size; i++)
        {
            table[i] = w;
            if ((double)(i + 1) / size > cumulative && w < counts.Length - 1) cumulative += Math.Pow(counts[++w], 0.75) / norm;
        }
        return table;
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>y += a·x.</summary>
    internal static void Add(ReadOnlySpan<float> x, float a, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += a * x[i];
    }
}

/// <summary>What <see cref="WordVectorTrainer"/> learnt: the vocabulary (most frequent first), the input rows of its
/// words (first <see cref="VocabularySize"/> rows) and of the n-gram buckets (the rest), and the output (context) rows
/// of its words.</summary>
public sealed record WordVectors(string[] Vocabulary, long[] Counts, int Dimensions, int Buckets, float[] Input, int VocabularySize, float[] Output)
{
    /// <summary>The unit-length context vector of a vocabulary word: its output row, which only the words around it
    /// shaped (no spelling), so words close in it are used alike (القاهرة near دمشق, not near القاهري).</summary>
    public float[] ContextVectorOf(int word)
    {
        var vector = Output.AsSpan(word * Dimensions, Dimensions).ToArray();
        Normalize(vector);
        return vector;
    }

    /// <summary>The unit-length spelling vector of any word: the mean of its n-gram rows, which every word has.</summary>
    public float[] SpellingVectorOf(string word)
    {
        var vector = new float[Dimensions];
        int[] buckets = [.. WordVectorTrainer.NGramBuckets(word, Buckets)];
        foreach (int b in buckets) WordVectorTrainer.Add(Input.AsSpan((VocabularySize + b) * Dimensions, Dimensions), 1f / buckets.Length, vector);
        Normalize(vector);
        return vector;
    }

    internal static void Normalize(Span<float> vector)
    {
        float norm = MathF.Sqrt(WordVectorTrainer.Dot(vector, vector));
        if (norm > 0) for (int i = 0; i < vector.Length; i++) vector[i] /= norm;
    }
}

/// <summary>A tiny seeded generator, so results do not depend on System.Random's algorithm staying the same.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
}

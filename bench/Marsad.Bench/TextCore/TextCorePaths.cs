using Analyzer = Lucene.Net.Analysis.Analyzer;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Analysis;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;

namespace Marsad.Bench.TextCore;

/// <summary>The ways of turning text into search keys that the text-core benchmark compares, and their stages alone
/// (tokenise only, tokenise + match key) so the report shows where the time goes.</summary>
public sealed class TextCorePaths(Analyzer marsadAnalyzer, Analyzer luceneArabic, ArabicLexicon lexicon)
{
    private readonly char[] _key = new char[256];
    private readonly char[] _stem = new char[256];

    /// <summary>Marsad's tokenizer alone, on the same paragraphs: the floor under every Marsad path.</summary>
    public long MarsadTokenize(IReadOnlyList<string> paragraphs) => RunNative(paragraphs, Stage.Tokenize);

    /// <summary>Tokenise, then the match key of each word.</summary>
    public long MarsadMatchKey(IReadOnlyList<string> paragraphs) => RunNative(paragraphs, Stage.MatchKey);

    /// <summary>Marsad's own span pipeline: tokenise, match key, light stem into reused buffers.
    /// Returns a checksum over the stems so the work cannot be optimised away.</summary>
    public long MarsadNative(IReadOnlyList<string> paragraphs) => RunNative(paragraphs, Stage.Stem);

    /// <summary>The span pipeline with the stem cache bypassed: what every word would cost without it.</summary>
    public long MarsadNativeUncached(IReadOnlyList<string> paragraphs) => RunNative(paragraphs, Stage.StemUncached);

    private enum Stage { Tokenize, MatchKey, Stem, StemUncached }

    /// <summary>The recommended way to stem many words on one thread: tokens come from
    /// <see cref="ArabicTokenizer.Enumerate"/> (no list), keys and stems go into buffers reused across words, and the
    /// thread's <see cref="StemCache"/> is fetched once per text rather than by <see cref="LightStemmer.Stem(ReadOnlySpan{char}, Span{char}, ArabicLexicon?)"/>
    /// per word (same stems either way).</summary>
    private long RunNative(IReadOnlyList<string> paragraphs, Stage stage)
    {
        long checksum = 0;
        var cache = StemCache.ForCurrentThread(lexicon);
        Span<char> key = _key, stem = _stem;
        foreach (var text in paragraphs)
        {
            foreach (var token in ArabicTokenizer.Enumerate(text))
            {
                if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)) continue;
                var surface = token.Surface(text);
                if (stage == Stage.Tokenize || surface.Length > key.Length)
                {
                    checksum += surface.Length;
                    continue;
                }
                int k = MatchKeyNormalizer.Normalize(surface, key);
                int s = token.Kind != TokenKind.ArabicWord ? k : stage switch
                {
                    Stage.Stem => cache.Stem(key[..k], stem),
                    Stage.StemUncached => LightStemmer.StemWithoutCache(key[..k], stem, lexicon),
                    _ => k,
                };
                checksum += s;
            }
        }
        return checksum;
    }

    public long MarsadLucene(IReadOnlyList<string> paragraphs) => RunAnalyzer(marsadAnalyzer, paragraphs);

    public long LuceneArabic(IReadOnlyList<string> paragraphs) => RunAnalyzer(luceneArabic, paragraphs);

    /// <summary>The Lucene chain cut short: <see cref="MarsadTokenizer"/> alone, or with the match key and stop filters.</summary>
    public static Analyzer MarsadLuceneStages(bool withMatchKeyAndStopWords) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new MarsadTokenizer(reader);
        if (!withMatchKeyAndStopWords) return new TokenStreamComponents(source);
        TokenStream filters = new Lucene.Net.Analysis.Core.StopFilter(MarsadArabicAnalyzer.Version,
            new MatchKeyFilter(source), MarsadArabicAnalyzer.MatchKeyStopWords.Value);
        return new TokenStreamComponents(source, filters);
    });

    public static long RunAnalyzer(Analyzer analyzer, IReadOnlyList<string> paragraphs)
    {
        long checksum = 0;
        foreach (var text in paragraphs)
        {
            using var stream = analyzer.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) checksum += term.Length;
            stream.End();
        }
        return checksum;
    }
}

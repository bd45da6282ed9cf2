using Analyzer = Lucene.Net.Analysis.Analyzer;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Analysis;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;
using Token = Marsad.Text.Tokens.Token;

namespace Marsad.Bench.TextCore;

/// <summary>The ways of turning text into search keys that the text-core benchmark compares, and their stages alone
/// (tokenise only, tokenise + match key) so the report shows where the time goes.</summary>
public sealed class TextCorePaths(Analyzer marsadAnalyzer, Analyzer luceneArabic, ArabicLexicon lexicon)
{
    private readonly List<Token> _tokens = new(4096);
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

    private long RunNative(IReadOnlyList<string> paragraphs, Stage stage)
    {
        long checksum = 0;
        foreach (var text in paragraphs)
        {
            _tokens.Clear();
            ArabicTokenizer.Tokenize(text, _tokens);
            foreach (var token in _tokens)
            {
                if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)) continue;
                var surface = token.Surface(text);
                if (stage == Stage.Tokenize || surface.Length > _key.Length)
                {
                    checksum += surface.Length;
                    continue;
                }
                int k = MatchKeyNormalizer.Normalize(surface, _key);
                int s = token.Kind != TokenKind.ArabicWord ? k : stage switch
                {
                    Stage.Stem => LightStemmer.Stem(_key.AsSpan(0, k), _stem, lexicon),
                    Stage.StemUncached => LightStemmer.StemWithoutCache(_key.AsSpan(0, k), _stem, lexicon),
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

using Analyzer = Lucene.Net.Analysis.Analyzer;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;

namespace Marsad.Bench.TextCore;

/// <summary>The three ways of turning text into search keys that the text-core benchmark compares.</summary>
public sealed class TextCorePaths(Analyzer marsadAnalyzer, Analyzer luceneArabic, ArabicLexicon lexicon)
{
    private readonly List<Token> _tokens = new(4096);
    private readonly char[] _key = new char[256];
    private readonly char[] _stem = new char[256];

    /// <summary>Marsad's own span pipeline: tokenise, match key, light stem into reused buffers.
    /// Returns a checksum over the stems so the work cannot be optimised away.</summary>
    public long MarsadNative(IReadOnlyList<string> paragraphs)
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
                if (surface.Length > _key.Length) continue;
                int k = MatchKeyNormalizer.Normalize(surface, _key);
                int s = token.Kind == TokenKind.ArabicWord ? LightStemmer.Stem(_key.AsSpan(0, k), _stem, lexicon) : k;
                checksum += s;
            }
        }
        return checksum;
    }

    public long MarsadLucene(IReadOnlyList<string> paragraphs) => RunAnalyzer(marsadAnalyzer, paragraphs);

    public long LuceneArabic(IReadOnlyList<string> paragraphs) => RunAnalyzer(luceneArabic, paragraphs);

    private static long RunAnalyzer(Analyzer analyzer, IReadOnlyList<string> paragraphs)
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

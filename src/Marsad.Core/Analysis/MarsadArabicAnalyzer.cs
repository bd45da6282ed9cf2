using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Marsad.Text;
using Marsad.Text.Morphology;

namespace Marsad.Analysis;

/// <summary>
/// Marsad's analyzer for Arabic news fields: <see cref="MarsadTokenizer"/> → <see cref="MatchKeyFilter"/> →
/// optional stop filter → <see cref="LightStemFilter"/>. It over-stems less than Lucene's <see cref="ArabicAnalyzer"/>
/// because clitics and suffixes are removed only where the lexicon says the rest is a word (see eval/stemmer).
/// </summary>
public sealed class MarsadArabicAnalyzer : Analyzer
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    private readonly CharArraySet stopWords;
    private readonly ArabicLexicon lexicon;

    /// <param name="useStopWords">Drop Lucene's Arabic stop words (in match-key form); off for phrase-exact fields.</param>
    public MarsadArabicAnalyzer(bool useStopWords = true, ArabicLexicon? lexicon = null)
    {
        stopWords = useStopWords ? MatchKeyStopWords.Value : CharArraySet.Empty;
        this.lexicon = lexicon ?? ArabicLexicon.Default;
    }

    /// <summary>Lucene's Arabic stop words folded like our terms, so they match after <see cref="MatchKeyFilter"/>.</summary>
    public static readonly Lazy<CharArraySet> MatchKeyStopWords = new(() =>
    {
        var set = new CharArraySet(Version, ArabicAnalyzer.DefaultStopSet.Count, ignoreCase: false);
        foreach (var word in ArabicAnalyzer.DefaultStopSet)
            set.Add(MatchKeyNormalizer.Normalize(word.ToString() ?? ""));
        return set.AsReadOnly();
    });

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new MarsadTokenizer(reader);
        return new TokenStreamComponents(source, CreateFilters(source, stopWords, lexicon));
    }

    /// <summary>
    /// The filter chain on any tokenizer. The order matters: the match key first, because the stop list and the
    /// lexicon are in match-key form (أ/ا, ة/ه, ى/ي folded); stop words before stemming, because stemming would turn
    /// some into content-looking keys (and some content words into stop words); stemming last.
    /// </summary>
    public static TokenStream CreateFilters(TokenStream source, CharArraySet stopWords, ArabicLexicon lexicon)
    {
        TokenStream result = new MatchKeyFilter(source);
        if (stopWords.Count > 0) result = new StopFilter(Version, result, stopWords);
        return new LightStemFilter(result, lexicon);
    }
}

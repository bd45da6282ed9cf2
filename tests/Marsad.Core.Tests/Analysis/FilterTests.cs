using CsCheck;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Marsad.Analysis;
using Marsad.Text.Morphology;

namespace Marsad.Tests.Analysis;

/// <summary>Each filter on Lucene's WhitespaceTokenizer, so the filters are tested apart from Marsad's tokenizer.</summary>
public class FilterTests
{
    private static List<(string Term, int Start, int End)> Analyze(Func<TokenStream, TokenStream> filters, string text)
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(source, filters(source));
        });
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var terms = new List<(string, int, int)>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }

    private static string Terms(Func<TokenStream, TokenStream> filters, string text) =>
        string.Join(" ", Analyze(filters, text).Select(t => t.Term));

    [Fact]
    public void MatchKeyFilter_folds_each_term() =>
        Assert.Equal("اعلنت الحكومه مسوولي", Terms(s => new MatchKeyFilter(s), "أعلنتْ الحكومةُ مسؤولي"));

    [Fact]
    public void MatchKeyFilter_drops_a_term_that_folds_to_nothing() =>
        Assert.Equal("قال", Terms(s => new MatchKeyFilter(s), "ـــ قال"));

    [Fact]
    public void LightStemFilter_stems_match_keys() =>
        Assert.Equal("مقاتل حكوم", Terms(s => new LightStemFilter(new MatchKeyFilter(s)), "والمقاتلين الحكومة"));

    [Fact]
    public void LightStemFilter_leaves_keywords_alone()
    {
        var keywords = new CharArraySet(LuceneVersion.LUCENE_48, ["والمقاتلين"], ignoreCase: false);
        Assert.Equal("والمقاتلين", Terms(s => new LightStemFilter(new SetKeywordMarkerFilter(s, keywords)), "والمقاتلين"));
    }

    [Fact]
    public void CliticFilter_removes_clitics_but_keeps_suffixes() =>
        Assert.Equal("مقاتلين كتاب", Terms(s => new CliticFilter(new MatchKeyFilter(s)), "والمقاتلين بكتابهم"));

    [Fact]
    public void Filters_keep_the_token_offsets()
    {
        var terms = Analyze(s => new LightStemFilter(new MatchKeyFilter(s)), "قال وللمقاتلين");
        Assert.Equal(("مقاتل", 4, 14), terms[1]);
    }

    [Fact]
    public void Analyzer_chain_on_a_sentence_drops_stop_words_and_stems()
    {
        const string sentence = "وقالت الحكومة السورية إن قواتها استعادت السيطرة على المدينة";
        var terms = Terms(s => MarsadArabicAnalyzer.CreateFilters(s, MarsadArabicAnalyzer.MatchKeyStopWords.Value, ArabicLexicon.Default), sentence);
        Assert.Equal("قالت حكوم سوري قوه استعادت سيطر مدين", terms);
    }

    [Fact]
    public void Filters_return_nothing_for_empty_input() =>
        Assert.Empty(Analyze(s => MarsadArabicAnalyzer.CreateFilters(s, MarsadArabicAnalyzer.MatchKeyStopWords.Value, ArabicLexicon.Default), ""));

    [Fact]
    public void Random_strings_never_throw() =>
        Gen.Char['\u0600', '\u06FF'].Array[0, 30].Select(a => new string(a)).Sample(text =>
        {
            Analyze(s => new CliticFilter(new LightStemFilter(new MatchKeyFilter(s))), text);
        });
}

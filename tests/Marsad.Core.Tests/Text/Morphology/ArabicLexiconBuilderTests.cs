using Marsad.Text.Morphology;

namespace Marsad.Tests.Text.Morphology;

public class ArabicLexiconBuilderTests
{
    private const string Dictionary = "::::::::::::::\nstopwords.dic\n::::::::::::::\nوبغير\n::::::::::::::\nnames.dic\n::::::::::::::\n3\nحكومة/65\nوجه/3\nألحد/289\n";
    private const string Corpus = "أعلن O\nكركوك B-LOC\nوكركوك B-LOC\nالحكومة O\n\nكركوك B-LOC\n";

    private static SortedDictionary<string, LexiconEntry> Build() =>
        ArabicLexiconBuilder.Build(new StringReader(Dictionary), new StringReader(Corpus));

    [Fact]
    public void Marks_dictionary_bases_as_lemmas_in_match_key_form() => Assert.True(Build()["حكومه"].IsLemma);

    [Fact]
    public void Records_whether_a_final_heh_was_teh_marbuta()
    {
        var forms = Build();
        Assert.True(forms["حكومه"].Has(LexiconFlags.TehMarbuta));
        Assert.True(forms["وجه"].Has(LexiconFlags.RootHeh));
    }

    [Fact]
    public void Marks_stop_word_entries_as_function_words() => Assert.True(Build()["وبغير"].IsFunction);

    [Fact]
    public void Marks_hamza_alef_lam_words_as_article_lookalikes() =>
        Assert.Equal(LexiconFlags.ArticleLookalike, Build()["الحد"].Flags);

    [Fact]
    public void Counts_corpus_frequencies_and_tags_names() => Assert.Equal(new LexiconEntry(LexiconFlags.Entity, 2), Build()["كركوك"]);

    [Fact]
    public void Does_not_tag_a_name_with_a_clitic_as_a_name() => Assert.False(Build()["وكركوك"].IsEntity);

    [Fact]
    public void Round_trips_through_the_compressed_file()
    {
        using var file = new MemoryStream();
        ArabicLexiconBuilder.Write(Build(), file);
        file.Position = 0;
        var lexicon = ArabicLexicon.Load(file);
        Assert.Equal(Build().Count, lexicon.Count);
        Assert.True(lexicon.Lookup("حكومه").IsLemma);
    }

    [Fact]
    public void Ships_the_embedded_lexicon() => Assert.True(ArabicLexicon.Default.Lookup("حكومه").IsLemma);
}

using Marsad.Text.Morphology;

namespace Marsad.Tests.Text.Morphology;

public class ArabicLexiconTests
{
    private static readonly ArabicLexicon Lexicon = new([
        KeyValuePair.Create("حكومه", new LexiconEntry(LexiconFlags.Lemma | LexiconFlags.TehMarbuta, 40)),
        KeyValuePair.Create("كركوك", new LexiconEntry(LexiconFlags.Entity, 12)),
        KeyValuePair.Create("وقالت", new LexiconEntry(LexiconFlags.None, 9)),
    ]);

    [Fact]
    public void Dictionary_only_keeps_the_dictionary_flags_without_corpus_counts() =>
        Assert.Equal(new LexiconEntry(LexiconFlags.Lemma | LexiconFlags.TehMarbuta, 0), Lexicon.DictionaryOnly().Lookup("حكومه"));

    [Fact]
    public void Dictionary_only_drops_names_known_only_from_the_corpus() =>
        Assert.False(Lexicon.DictionaryOnly().Contains("كركوك"));

    [Fact]
    public void Dictionary_only_drops_words_known_only_from_the_corpus() =>
        Assert.False(Lexicon.DictionaryOnly().Contains("وقالت"));
}

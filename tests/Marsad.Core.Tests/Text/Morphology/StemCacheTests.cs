using CsCheck;
using Marsad.Text;
using Marsad.Text.Morphology;

namespace Marsad.Tests.Text.Morphology;

public class StemCacheTests
{
    private static string Uncached(string key, ArabicLexicon? lexicon = null)
    {
        var buffer = new char[key.Length];
        return new string(buffer, 0, LightStemmer.StemWithoutCache(key, buffer, lexicon));
    }

    private static string Cached(StemCache cache, string key, int spare = 0)
    {
        var buffer = new char[key.Length + spare];
        return new string(buffer, 0, cache.Stem(key, buffer));
    }

    /// <summary>The match keys of eval/stemmer/words.tsv, found by walking up to the checkout.</summary>
    private static List<string> EvaluationKeys()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return File.ReadLines(Path.Combine(dir.FullName, "eval", "stemmer", "words.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => MatchKeyNormalizer.Normalize(line.Split('\t')[0]))
            .ToList();
    }

    [Fact]
    public void Gives_the_uncached_stem_of_every_evaluation_word_on_miss_and_on_hit()
    {
        // A small cache, so entries are also replaced while the list is stemmed twice.
        var cache = new StemCache(ArabicLexicon.Default, capacity: 64);
        var keys = EvaluationKeys();
        Assert.True(keys.Count > 500);
        foreach (var key in keys.Concat(keys))
            Assert.Equal(Uncached(key), Cached(cache, key));
        Assert.True(cache.Hits > 0 && cache.Misses > 0);
    }

    [Fact]
    public void Gives_the_uncached_stem_of_every_evaluation_word_into_a_destination_with_room_to_spare()
    {
        // A hit writes whole vectors into a destination of 16 characters or more.
        var cache = new StemCache(ArabicLexicon.Default, capacity: 64);
        foreach (var key in EvaluationKeys().SelectMany(key => new[] { key, key }))
            Assert.Equal(Uncached(key), Cached(cache, key, spare: 16));
        Assert.True(cache.Hits > 0);
    }

    [Fact]
    public void Gives_the_uncached_stem_of_random_keys()
    {
        var cache = new StemCache(ArabicLexicon.Default, capacity: 256);
        // Clitic letters and ال often, so many keys split; repeats come from the short lengths.
        var letters = Gen.OneOf(Gen.Char["ابتجحدرسعفقكلمنهوي"].Select(c => c.ToString()), Gen.Const("ال"), Gen.Const("ات"));
        letters.Array[1, 9].Select(parts => string.Concat(parts)).Sample(key =>
            Uncached(key) == Cached(cache, key) && Uncached(key) == Cached(cache, key)
            && Uncached(key) == Cached(cache, key, spare: 16));
    }

    [Fact]
    public void Never_holds_more_than_its_capacity()
    {
        var cache = new StemCache(ArabicLexicon.Default, capacity: 16);
        var letters = "ابتجحدرسعفقكلمنهوي";
        foreach (char first in letters)
            foreach (char second in letters)
                Cached(cache, "مس" + first + second + "ين");
        Assert.Equal(16, cache.Capacity);
        Assert.Equal(16, cache.Count);
    }

    [Fact]
    public void Answers_a_repeated_key_from_memory()
    {
        var cache = new StemCache(ArabicLexicon.Default);
        Cached(cache, "والمقاتلين");
        Cached(cache, "والمقاتلين");
        Assert.Equal((1L, 1L), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void Stems_in_place_on_a_hit()
    {
        var cache = new StemCache(ArabicLexicon.Default);
        Cached(cache, "والمقاتلين");
        var buffer = "والمقاتلين".ToCharArray();
        int n = cache.Stem(buffer, buffer);
        Assert.Equal("مقاتل", new string(buffer, 0, n));
    }

    [Fact]
    public void Keeps_a_word_too_long_for_a_slot_out_and_still_stems_it()
    {
        var cache = new StemCache(ArabicLexicon.Default);
        var key = MatchKeyNormalizer.Normalize("والاستراتيجيات") + "والاستراتيجيات";
        Assert.Equal(Uncached(key), Cached(cache, key));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Passes_keys_outside_the_arabic_block_to_the_rules()
    {
        var cache = new StemCache(ArabicLexicon.Default);
        foreach (var key in new[] { "covid-19", "والمقاتلينݣ", "2018" })
            Assert.Equal(Uncached(key), Cached(cache, key));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_thread_that_switches_lexicon_gets_the_stems_of_the_new_one()
    {
        var books = new ArabicLexicon([new("كتاب", new LexiconEntry(LexiconFlags.Lemma, 0))]);
        Assert.Equal("كتاب", LightStemmer.Stem("والكتاب", books));
        Assert.Equal(Uncached("والكتاب", ArabicLexicon.Empty), LightStemmer.Stem("والكتاب", ArabicLexicon.Empty));
        Assert.Same(ArabicLexicon.Empty, StemCache.ForCurrentThread(ArabicLexicon.Empty).Lexicon);
    }
}

using Marsad.Entities.Recognition;
using Marsad.Entities.Recognition.Clusters;

namespace Marsad.Tests.Entities;

public class WordClustersTests
{
    /// <summary>A tiny corpus: places after في مدينة, persons after قال الرئيس, each group in its own contexts.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> Corpus = BuildCorpus();

    private static List<IReadOnlyList<string>> BuildCorpus()
    {
        string[] places = ["القاهرة", "دمشق", "بغداد", "عمان", "الرياض"];
        string[] persons = ["محمد", "احمد", "خالد", "سعيد", "علي"];
        var lines = new List<IReadOnlyList<string>>();
        for (int round = 0; round < 6; round++)
        {
            foreach (var p in places) lines.Add(WordVectorTrainer.Words($"وصل الوفد الى مدينة {p} امس ونزل في فندق {p} الكبير"));
            foreach (var p in persons) lines.Add(WordVectorTrainer.Words($"قال الرئيس {p} ان الحكومة ستعمل وصرح {p} للصحفيين"));
        }
        return lines;
    }

    private static readonly WordVectorOptions Tiny = new() { Dimensions = 8, Epochs = 3, MinCount = 2, Buckets = 1 << 10, Seed = 7 };

    [Fact]
    public void Corpus_words_are_match_keys_of_the_Arabic_words_only() =>
        Assert.Equal(["مدينه", "القاهره"], WordVectorTrainer.Words("مدينة «القاهرة» 2015"));

    [Fact]
    public void The_same_text_and_seed_give_the_same_vectors() =>
        Assert.Equal(WordVectorTrainer.Train(Corpus, Tiny).Input, WordVectorTrainer.Train(Corpus, Tiny).Input);

    [Fact]
    public void Another_seed_gives_other_vectors() =>
        Assert.NotEqual(WordVectorTrainer.Train(Corpus, Tiny).Input, WordVectorTrainer.Train(Corpus, Tiny with { Seed = 8 }).Input);

    [Fact]
    public void Words_seen_less_than_the_minimum_get_no_vector_of_their_own()
    {
        var vectors = WordVectorTrainer.Train([["نادر", "قال", "قال"]], Tiny);
        Assert.Equal(["قال"], vectors.Vocabulary);
    }

    [Fact]
    public void The_same_text_and_seed_give_the_same_cluster_file()
    {
        static byte[] Bytes()
        {
            var stream = new MemoryStream();
            WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7).Save(stream);
            return stream.ToArray();
        }
        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void Every_vocabulary_word_gets_a_leaf_at_the_tree_depth()
    {
        var clusters = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        Assert.All(new[] { "القاهره", "محمد", "الوفد" }, w => Assert.InRange(clusters.KnownLeaf(w), 8, 15));
    }

    [Fact]
    public void A_saved_and_loaded_file_gives_the_same_leaves_to_listed_and_unlisted_words()
    {
        var built = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        var stream = new MemoryStream();
        built.Save(stream);
        stream.Position = 0;
        var loaded = WordClusters.Load(stream);
        Assert.Equal(built.KnownLeaf("دمشق"), loaded.KnownLeaf("دمشق"));
        Assert.Equal(built.SpelledLeaf("دمشقيون"), loaded.SpelledLeaf("دمشقيون"));
    }

    [Fact]
    public void An_unlisted_word_has_no_context_leaf_but_a_spelling_one()
    {
        var clusters = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        Assert.Equal(0, clusters.KnownLeaf("طرابلس"));
        Assert.InRange(clusters.SpelledLeaf("طرابلس"), 8, 15);
    }

    [Fact]
    public void Two_well_separated_groups_of_vectors_split_at_the_root()
    {
        float[][] vectors = [[1, 0.1f], [0.99f, 0.12f], [0.1f, 1], [0.12f, 0.99f]];
        foreach (var v in vectors) WordVectors.Normalize(v);
        var (_, leaves) = WordClusterTree.Build(vectors, dimensions: 2, depth: 2, seed: 1);
        Assert.Equal(leaves[0] >> 1, leaves[1] >> 1);
        Assert.Equal(leaves[2] >> 1, leaves[3] >> 1);
        Assert.NotEqual(leaves[0] >> 1, leaves[2] >> 1);
    }

    [Fact]
    public void A_new_vector_descends_to_the_side_of_the_group_it_is_near()
    {
        float[][] vectors = [[1, 0.1f], [0.99f, 0.12f], [0.1f, 1], [0.12f, 0.99f]];
        foreach (var v in vectors) WordVectors.Normalize(v);
        var (centroids, leaves) = WordClusterTree.Build(vectors, dimensions: 2, depth: 2, seed: 1);
        Assert.Equal(leaves[2] >> 1, WordClusterTree.Descend([0.05f, 1], centroids, 2, 2) >> 1);
    }

    [Fact]
    public void A_prefix_keeps_the_leading_bits_of_the_path()
    {
        var clusters = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        int leaf = clusters.KnownLeaf("دمشق");
        Assert.Equal(leaf >> 2, clusters.Prefix(leaf, 1));
        Assert.Equal(leaf, clusters.Prefix(leaf, 10));
        Assert.Equal(0, clusters.Prefix(0, 4));
    }

    [Fact]
    public void A_word_takes_the_cluster_of_its_form_without_the_proclitics_before_its_article()
    {
        var clusters = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        Assert.Equal((clusters.KnownLeaf("القاهره"), ClusterSource.Stripped), NerFeatures.ClusterOf(clusters, "والقاهره"));
    }

    [Fact]
    public void A_word_takes_the_cluster_of_its_form_without_one_proclitic()
    {
        var clusters = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        Assert.Equal((clusters.KnownLeaf("دمشق"), ClusterSource.Stripped), NerFeatures.ClusterOf(clusters, "ودمشق"));
    }

    [Fact]
    public void A_token_without_Arabic_letters_has_no_cluster() =>
        Assert.Equal(ClusterSource.None, NerFeatures.Profile("2015").ClusterSource);

    [Fact]
    public void An_invented_word_has_no_context_cluster_but_a_spelling_one()
    {
        var profile = NerFeatures.Profile("زقزقوطيانوف");
        Assert.Equal((0, ClusterSource.None), (profile.ClusterLeaf, profile.ClusterSource));
        Assert.NotEqual(0, profile.SpellingLeaf);
    }

    [Fact]
    public void A_listed_word_has_both_clusters()
    {
        var profile = NerFeatures.Profile("القاهرة");
        Assert.Equal(ClusterSource.Word, profile.ClusterSource);
        Assert.NotEqual(0, profile.SpellingLeaf);
    }

    [Fact]
    public void A_spelling_leaf_found_again_is_the_one_computed()
    {
        var clusters = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        int computed = clusters.SpellingLeafOf("طرابلس");
        Assert.Equal(computed, clusters.SpelledLeaf("طرابلس"));
        Assert.Equal(computed, clusters.SpelledLeaf("طرابلس"));
        Assert.Equal(1, clusters.CachedSpellings);
    }

    [Fact]
    public void Spelling_leaves_asked_from_many_threads_at_once_are_those_of_one()
    {
        var clusters = WordClusters.Build(WordVectorTrainer.Train(Corpus, Tiny), depth: 3, spellingDepth: 3, seed: 7);
        string[] words = ["طرابلس", "بنغازي", "مصراته", "سرت", "درنه", "القاهره", "الاسكندريه", "اسوان"];
        var expected = words.Select(w => clusters.SpellingLeafOf(w)).ToArray();
        var found = new int[64][];
        Parallel.For(0, found.Length, i => found[i] = [.. words.Select(w => clusters.SpelledLeaf(w))]);
        Assert.All(found, leaves => Assert.Equal(expected, leaves));
        Assert.Equal(words.Length, clusters.CachedSpellings);
    }

    [Fact]
    public void The_word_table_finds_each_of_its_words_and_no_other()
    {
        var table = WordLeafTable.Of(new Dictionary<string, int> { ["دمشق"] = 9, ["القاهره"] = 12, ["بغداد"] = 15 });
        Assert.Equal((9, 12, 15), (table.LeafOf("دمشق"), table.LeafOf("القاهره"), table.LeafOf("بغداد")));
        Assert.Equal(0, table.LeafOf("دمش"));
        Assert.Equal(0, table.LeafOf(""));
    }

    [Fact]
    public void The_word_table_takes_its_words_in_ordinal_order_only()
    {
        Assert.Equal(2, new WordLeafTable("بغداددمشق".ToCharArray(), [5, 9], [1, 2]).LeafOf("دمشق"));
        Assert.Throws<ArgumentException>(() => new WordLeafTable("دمشقبغداد".ToCharArray(), [4, 9], [1, 2]));
    }
}

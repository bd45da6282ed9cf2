using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class NerTrainerTests
{
    private static readonly ConllSentence[] Tiny = ConllCorpus.Read(new StringReader("""
        قال O
        الرئيس O
        سمير B-PERS
        قصير I-PERS
        في O
        بيروت B-LOC
        . O

        أعلنت O
        شركة B-ORG
        النور I-ORG
        في O
        دمشق B-LOC
        . O

        وصل O
        الوزير O
        خالد B-PER
        إلى O
        عمان B-LOC
        . O

        """)).ToArray();

    private static byte[] Bytes(NerModel model)
    {
        var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Same_seed_and_data_give_identical_model_bytes()
    {
        var options = new NerTrainingOptions { Epochs = 3, Seed = 7 };

        Assert.Equal(Bytes(NerTrainer.Train(Tiny, options)), Bytes(NerTrainer.Train(Tiny, options)));
    }

    [Fact]
    public void Saved_model_loads_and_tags_like_the_trained_one()
    {
        var model = NerTrainer.Train(Tiny, new NerTrainingOptions { Epochs = 5, PruneBelow = 0 });
        var loaded = NerModel.Load(new MemoryStream(Bytes(model)));
        string[] words = ["قال", "الرئيس", "سمير", "قصير", "في", "دمشق", "."];

        Assert.Equal(new NamedEntityRecognizer(model).TagWords(words), new NamedEntityRecognizer(loaded).TagWords(words));
    }

    [Fact]
    public void Training_learns_its_own_sentences()
    {
        var model = NerTrainer.Train(Tiny, new NerTrainingOptions { Epochs = 5, PruneBelow = 0 });

        var result = new NamedEntityRecognizer(model).Evaluate(Tiny);

        Assert.Equal(1.0, result.Micro.F1);
    }

    // Enough copies of the tiny corpus for several documents, so every cross-validation fold has training data.
    private static readonly ConllSentence[] Corpus = [.. Enumerable.Repeat(Tiny, 3 * ConllCorpus.DocumentSentences / Tiny.Length + 1).SelectMany(s => s)];

    [Fact]
    public void A_stacked_model_has_a_second_pass()
    {
        var model = NerTrainer.TrainStacked(Corpus, null, 0, new NerTrainingOptions { Epochs = 2, Folds = 2 });

        Assert.True(model.IsStacked);
    }

    [Fact]
    public void Same_seed_and_data_give_identical_stacked_model_bytes()
    {
        var options = new NerTrainingOptions { Epochs = 2, Folds = 2, Seed = 3 };

        Assert.Equal(Bytes(NerTrainer.TrainStacked(Corpus, null, 0, options)), Bytes(NerTrainer.TrainStacked(Corpus, null, 0, options)));
    }

    [Fact]
    public void Saved_stacked_model_loads_and_tags_like_the_trained_one()
    {
        var model = NerTrainer.TrainStacked(Corpus, null, 0, new NerTrainingOptions { Epochs = 3, Folds = 2, PruneBelow = 0 });
        var loaded = NerModel.Load(new MemoryStream(Bytes(model)));
        string[][] document = [["قال", "الرئيس", "سمير", "قصير", "في", "دمشق", "."], ["وصل", "سمير", "إلى", "بيروت", "."]];

        Assert.Equal(new NamedEntityRecognizer(model).TagDocument(document), new NamedEntityRecognizer(loaded).TagDocument(document));
    }

    [Fact]
    public void Stacked_training_learns_its_own_sentences()
    {
        var model = NerTrainer.TrainStacked(Corpus, null, 0, new NerTrainingOptions { Epochs = 5, Folds = 2, PruneBelow = 0 });

        Assert.Equal(1.0, new NamedEntityRecognizer(model).Evaluate(Tiny).Micro.F1);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream("not a model"u8.ToArray())));
    }

    [Fact]
    public void Name_variants_keep_the_context_and_the_entity_types()
    {
        var names = new NameLists(["نزار"], ["حلب"], ["مصرف الشرق"]);

        var variants = NameVariation.Vary(Tiny, names, copies: 1, seed: 1);

        var second = variants[1];
        Assert.Equal(["أعلنت", "مصرف", "الشرق", "في", "حلب", "."], second.Words);
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"], second.Tags);
    }

    private static ConllSentence Sentence(string[] words, string[] tags) => new(words, tags);

    [Fact]
    public void Name_variants_keep_the_conjunction_or_preposition_written_onto_the_name()
    {
        var names = new NameLists(["نزار"], ["حلب"], ["مصرف الشرق"]);
        ConllSentence[] sentences = [Sentence(["عاد", "الوفد", "إلى", "والعراق", "."], ["O", "O", "O", "B-LOC", "O"])];

        var variant = Assert.Single(NameVariation.Vary(sentences, names, copies: 1, seed: 1));

        Assert.Equal("وحلب", variant.Words[3]);
    }

    [Fact]
    public void A_variant_after_the_preposition_lam_drops_the_articles_alef()
    {
        var names = new NameLists(["نزار"], ["الرقة"], ["مصرف الشرق"]);
        ConllSentence[] sentences = [Sentence(["زيارة", "للعراق", "."], ["O", "B-LOC", "O"])];

        var variant = Assert.Single(NameVariation.Vary(sentences, names, copies: 1, seed: 1));

        Assert.Equal("للرقة", variant.Words[1]);
    }

    [Fact]
    public void Person_name_variants_keep_the_joints_of_the_name()
    {
        var names = new NameLists(["نزار"], ["حلب"], ["مصرف الشرق"]);
        ConllSentence[] sentences = [Sentence(["قال", "محمد", "بن", "راشد"], ["O", "B-PERS", "I-PERS", "I-PERS"])];

        var variant = Assert.Single(NameVariation.Vary(sentences, names, copies: 1, seed: 1));

        Assert.Equal(["قال", "نزار", "بن", "نزار"], variant.Words);
    }

    [Fact]
    public void Word_dropout_is_reproducible_for_a_seed()
    {
        var options = new NerTrainingOptions { Epochs = 3, Seed = 7, WordDropout = 0.5 };

        Assert.Equal(Bytes(NerTrainer.Train(Tiny, options)), Bytes(NerTrainer.Train(Tiny, options)));
    }

    [Fact]
    public void With_every_word_left_out_no_word_identity_weight_is_learnt()
    {
        var plain = NerTrainer.Train(Tiny, new NerTrainingOptions { Epochs = 3, PruneBelow = 0 });
        var dropped = NerTrainer.Train(Tiny, new NerTrainingOptions { Epochs = 3, PruneBelow = 0, WordDropout = 1 });

        int identityFeatures = Tiny.Sum(s => s.Words.Count) * NerFeatures.IdentitySlots.Length;
        Assert.True(dropped.FeatureCount < plain.FeatureCount, $"{dropped.FeatureCount} features with dropout, {plain.FeatureCount} without");
        Assert.True(plain.FeatureCount - dropped.FeatureCount <= identityFeatures);
    }
}

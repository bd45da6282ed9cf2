using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class NamedEntityRecognizerTests
{
    // Whitespace tokens stand in for the tokenizer: the sentence is written with punctuation already spaced off.
    private static List<(int Start, int Length)> SpaceTokens(string text)
    {
        var tokens = new List<(int, int)>();
        for (int i = 0; i < text.Length;)
        {
            if (text[i] == ' ') { i++; continue; }
            int start = i;
            while (i < text.Length && text[i] != ' ') i++;
            tokens.Add((start, i - start));
        }
        return tokens;
    }

    private const string Sentence = "وقال الرئيس الفلسطيني محمود عباس في مدينة رام الله إن حركة حماس لم ترد على المبادرة المصرية .";

    [Fact]
    public void Committed_model_finds_a_person_a_place_and_an_organisation()
    {
        var mentions = NamedEntityRecognizer.Default.Recognize(Sentence, SpaceTokens(Sentence));

        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Text == "محمود عباس");
        Assert.Contains(mentions, m => m.Type == EntityType.Location && m.Text == "رام الله");
        Assert.Contains(mentions, m => m.Type == EntityType.Organization && m.Text.Contains("حماس"));
    }

    [Fact]
    public void Mention_offsets_point_into_the_text()
    {
        var mentions = NamedEntityRecognizer.Default.Recognize(Sentence, SpaceTokens(Sentence));

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, Sentence[m.Start..m.End]));
    }

    [Fact]
    public void Hamza_spelling_does_not_change_the_tags()
    {
        string[] withHamza = ["وأكد", "الرئيس", "الأمريكي", "جورج", "بوش", "أن", "إسرائيل", "ستنسحب", "."];
        string[] without = ["واكد", "الرئيس", "الامريكي", "جورج", "بوش", "ان", "اسرائيل", "ستنسحب", "."];

        var recognizer = NamedEntityRecognizer.Default;

        Assert.Equal(recognizer.TagWords(without), recognizer.TagWords(withHamza));
    }

    [Fact]
    public void Empty_input_gives_no_mentions()
    {
        Assert.Empty(NamedEntityRecognizer.Default.Recognize("", []));
        Assert.Empty(NamedEntityRecognizer.Default.TagWords([]));
    }

    [Fact]
    public void Tags_are_well_formed_iob2()
    {
        string[] words = ["التقى", "وزير", "الخارجية", "السعودي", "سعود", "الفيصل", "نظيره", "في", "باريس", "."];

        var tags = NamedEntityRecognizer.Default.TagWords(words);

        for (int i = 0; i < tags.Count; i++)
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                Assert.True(i > 0 && tags[i - 1] != "O" && tags[i - 1][2..] == tags[i][2..], $"{tags[i]} after {(i > 0 ? tags[i - 1] : "start")}");
    }

    [Fact]
    public void A_document_gets_one_tag_per_word_of_each_sentence()
    {
        string[][] document = [["قال", "الوزير", "خالد", "العلي", "."], ["وأضاف", "العلي", "أن", "الاتفاق", "نهائي", "في", "عمان", "."], []];

        var tags = NamedEntityRecognizer.Default.TagDocument(document);

        Assert.Equal(document.Select(s => s.Length), tags.Select(t => t.Count));
    }

    [Fact]
    public void The_committed_model_is_stacked() => Assert.True(NamedEntityRecognizer.Default.Model.IsStacked);
}

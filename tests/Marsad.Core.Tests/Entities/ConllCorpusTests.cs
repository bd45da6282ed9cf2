using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class ConllCorpusTests
{
    [Fact]
    public void Blank_lines_separate_sentences_and_pers_becomes_per()
    {
        var sentences = ConllCorpus.Read(new StringReader("قال O\nسمير B-PERS\nقصير I-PERS\n\nفي O\nبيروت B-LOC\n"));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["قال", "سمير", "قصير"], sentences[0].Words);
        Assert.Equal(["O", "B-PER", "I-PER"], sentences[0].Tags);
        Assert.Equal(["O", "B-LOC"], sentences[1].Tags);
    }

    [Fact]
    public void A_line_without_a_tag_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => ConllCorpus.Read(new StringReader("بيروت\n")));
    }

    [Fact]
    public void Dev_split_is_the_last_tenth_of_the_sentences()
    {
        var sentences = Enumerable.Range(0, 25).Select(i => new ConllSentence([$"w{i}"], ["O"])).ToArray();

        var (train, dev) = ConllCorpus.SplitLastTenth(sentences);

        Assert.Equal(sentences[..23], train);
        Assert.Equal(sentences[23..], dev);
    }
}

using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities;

public class ConllChunksTests
{
    [Fact]
    public void Iob2_chunks_open_at_b_and_run_through_i()
    {
        var chunks = ConllChunks.Extract(["B-PER", "I-PER", "O", "B-LOC"]);

        Assert.Equal([new EntityChunk(0, 2, "PER"), new EntityChunk(3, 4, "LOC")], chunks);
    }

    [Fact]
    public void Iob1_chunk_may_open_with_i()
    {
        var chunks = ConllChunks.Extract(["O", "I-ORG", "I-ORG", "O"]);

        Assert.Equal([new EntityChunk(1, 3, "ORG")], chunks);
    }

    [Fact]
    public void Iob1_b_separates_two_adjacent_chunks_of_one_type()
    {
        var chunks = ConllChunks.Extract(["I-LOC", "B-LOC"]);

        Assert.Equal([new EntityChunk(0, 1, "LOC"), new EntityChunk(1, 2, "LOC")], chunks);
    }

    [Fact]
    public void A_change_of_type_inside_i_tags_starts_a_new_chunk()
    {
        var chunks = ConllChunks.Extract(["B-PER", "I-LOC"]);

        Assert.Equal([new EntityChunk(0, 1, "PER"), new EntityChunk(1, 2, "LOC")], chunks);
    }

    [Fact]
    public void Pers_is_read_as_per()
    {
        Assert.Equal([new EntityChunk(0, 2, "PER")], ConllChunks.Extract(["B-PERS", "I-PERS"]));
    }

    [Fact]
    public void Iob1_and_iob2_spellings_of_the_same_entities_convert_to_the_same_iob2()
    {
        Assert.Equal(ConllChunks.ToIob2(["B-ORG", "I-ORG", "O", "B-LOC"]), ConllChunks.ToIob2(["I-ORG", "I-ORG", "O", "I-LOC"]));
    }

    [Fact]
    public void All_o_has_no_chunks()
    {
        Assert.Empty(ConllChunks.Extract(["O", "O"]));
        Assert.Empty(ConllChunks.Extract([]));
    }
}

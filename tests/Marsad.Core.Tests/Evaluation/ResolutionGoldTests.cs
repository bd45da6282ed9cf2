using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public class ResolutionGoldTests
{
    [Fact]
    public void Reads_alias_pairs_by_header_names_skipping_comments_and_blank_lines()
    {
        var pairs = ResolutionGold.ReadAliases("a.tsv",
            "# judged by hand\ntype\tname\talias\tjudgement\tsource\tnote\r\nORG\tقوات سوريا الديمقراطية\tقسد\tsame\tadded\tacronym\n\nPER\tمحمد بن سلمان\tمحمد\tdifferent\tsampled\t\n");

        Assert.Equal(2, pairs.Count);
        Assert.Equal(new GoldAliasPair("ORG", "قوات سوريا الديمقراطية", "قسد", true, true, "acronym"), pairs[0]);
        Assert.False(pairs[1].Same || pairs[1].Added);
    }

    [Fact]
    public void Reads_types_with_none() =>
        Assert.Equal("NONE", ResolutionGold.ReadTypes("t.tsv", "name\tgold_type\tnote\nالله\tNONE\t\n")[0].Type);

    [Fact]
    public void Reads_places_and_not_places()
    {
        var places = ResolutionGold.ReadPlaces("p.tsv",
            "document_id\tstart\tend\tmention\tlat\tlon\tprecision\tcountry\tnote\nsnn-1\t10\t15\tالرياض\t24.7136\t46.6753\tpoint\t\t\nsnn-2\t0\t4\tالله\tNOTPLACE\t\t\t\t\n");

        Assert.Equal((24.7136, 46.6753, "point"), (places[0].Lat!.Value, places[0].Lon!.Value, places[0].Precision));
        Assert.False(places[1].IsPlace);
    }

    [Theory]
    [InlineData("type\tname\talias\tjudgement\tsource\nPER\tزيد\tعمرو\tmaybe\tsampled\n", "a.tsv:2: 'judgement' is 'maybe'")]
    [InlineData("type\tname\talias\tjudgement\tsource\nPERS\tزيد\tعمرو\tsame\tsampled\n", "a.tsv:2: 'type' is 'PERS'")]
    [InlineData("type\tname\tjudgement\tsource\nPER\tزيد\tsame\tsampled\n", "a.tsv:2: the header has no 'alias' column")]
    [InlineData("type\tname\talias\tjudgement\tsource\n\nPER\t\tعمرو\tsame\tsampled\n", "a.tsv:3: 'name' is empty")]
    [InlineData("", "a.tsv: empty")]
    public void A_bad_alias_line_names_the_file_the_line_and_the_fault(string text, string message) =>
        Assert.StartsWith(message, Assert.Throws<InvalidDataException>(() => ResolutionGold.ReadAliases("a.tsv", text)).Message);

    [Theory]
    [InlineData("snn-1\tx\t5\tجدة\t21.5\t39.2\tpoint", "p.tsv:2: 'start' is not a whole number")]
    [InlineData("snn-1\t5\t5\tجدة\t21.5\t39.2\tpoint", "p.tsv:2: span [5, 5) is empty")]
    [InlineData("snn-1\t0\t3\tجدة\t121.5\t39.2\tpoint", "p.tsv:2: coordinates 121.5, 39.2 are out of range")]
    [InlineData("snn-1\t0\t3\tجدة\t21.5\tشرق\tpoint", "p.tsv:2: 'lon' is not a decimal number")]
    [InlineData("snn-1\t0\t3\tجدة\t21.5\t39.2\tcity", "p.tsv:2: 'precision' is 'city'")]
    public void A_bad_place_line_names_the_file_the_line_and_the_fault(string line, string message) =>
        Assert.StartsWith(message, Assert.Throws<InvalidDataException>(() =>
            ResolutionGold.ReadPlaces("p.tsv", "document_id\tstart\tend\tmention\tlat\tlon\tprecision\n" + line + "\n")).Message);

    [Fact]
    public void A_directory_without_a_file_names_the_missing_file()
    {
        var directory = Directory.CreateTempSubdirectory("marsad-gold-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, ResolutionGold.AliasFile), "type\tname\talias\tjudgement\tsource\n");
            var e = Assert.Throws<InvalidDataException>(() => ResolutionGold.Load(directory));
            Assert.Contains("types.tsv: missing", e.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

namespace Marsad.Dedup.Evaluation;

/// <summary>
/// Hand-checked dedup gold over a corpus, by corpus ids only (eval/dedup/):
/// <list type="bullet">
/// <item><c>rewrite-groups.tsv</c>: one group a line, <c>group-name TAB id TAB id …</c>: articles that carry one report
/// (copies and rewrites by different outlets); every pair of a group should count as one source.</item>
/// <item><c>template-pairs.tsv</c>: <c>id TAB id [TAB note]</c>: two different reports that share a template sentence
/// of an agency or outlet; they must not be linked.</item>
/// </list>
/// '#' starts a comment line.
/// </summary>
public sealed record CorpusDedupGold(IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<(string A, string B)> TemplatePairs)
{
    public const string GroupsFile = "rewrite-groups.tsv", TemplatePairsFile = "template-pairs.tsv";

    public static CorpusDedupGold Load(string directory)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var fields in Lines(Path.Combine(directory, GroupsFile)))
        {
            if (fields.Length < 3) throw new FormatException($"{GroupsFile}: a group needs a name and two ids: {string.Join('\t', fields)}");
            groups.Add(fields[1..]);
        }
        var pairs = new List<(string, string)>();
        foreach (var fields in Lines(Path.Combine(directory, TemplatePairsFile)))
        {
            if (fields.Length < 2) throw new FormatException($"{TemplatePairsFile}: a pair needs two ids: {string.Join('\t', fields)}");
            pairs.Add((fields[0], fields[1]));
        }
        return new CorpusDedupGold(groups, pairs);
    }

    static IEnumerable<string[]> Lines(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t', StringSplitOptions.TrimEntries);
        }
    }
}

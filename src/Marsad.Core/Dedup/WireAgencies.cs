using Marsad.Text;

namespace Marsad.Dedup;

/// <summary>A news agency whose credit marks a wire report.</summary>
/// <param name="CreditFormOnly">Aliases that are also ordinary words or names, counted only in a credit's form
/// (see <see cref="WireAgencies"/>).</param>
public sealed record WireAgency(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string>? CreditFormOnly = null);

/// <summary>
/// Finds wire-agency credits and citations in text ("(رويترز)", "لوكالة رويترز", "مراسل فرانس برس", "أ ف ب", "AFP").
/// Aliases come from wire-agencies.tsv (embedded beside this file) and are compared as match-key word sequences;
/// the first word may carry one clitic (و ف ب ل, or لل for an alias starting with ال). An alias written with a leading
/// '=' in the file is also an ordinary word or name («وفا للتأمين», «بترا» the city, "AP" in a product name): it counts
/// only in a credit's form — in brackets, before a dash or colon (a dateline), or after «وكالة».
/// </summary>
public sealed class WireAgencies
{
    static readonly string[] Clitics = ["و", "ف", "ب", "ل", "وب", "ول", "فل", "فب"];

    readonly List<(string Id, string[] Words, bool CreditFormOnly)> aliases;
    readonly Dictionary<string, (string Id, string[] Words, bool CreditFormOnly)[]> byFirstWord;

    WireAgencies(IReadOnlyList<WireAgency> agencies)
    {
        All = agencies;
        aliases = [];
        foreach (var agency in agencies)
            foreach (string alias in agency.Aliases)
            {
                bool creditFormOnly = agency.CreditFormOnly?.Contains(alias) == true;
                string[] words = FoldedWords(alias).Select(w => w.Word).ToArray();
                if (words.Length > 0 && !aliases.Any(a => a.Id == agency.Id && a.Words.SequenceEqual(words)))
                    aliases.Add((agency.Id, words, creditFormOnly));
            }
        byFirstWord = aliases.GroupBy(a => a.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The agencies listed in the embedded wire-agencies.tsv.</summary>
    public static WireAgencies Default { get; } = LoadEmbedded();

    public IReadOnlyList<WireAgency> All { get; }

    /// <summary>Reads the TSV format: id, English name, '|'-separated aliases; '#' starts a comment line.</summary>
    public static WireAgencies Parse(TextReader reader)
    {
        var agencies = new List<WireAgency>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < 3) throw new FormatException($"wire agency line needs 3 tab-separated fields: {line}");
            var marked = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            agencies.Add(new WireAgency(fields[0], fields[1], marked.Select(a => a.TrimStart('=')).ToList(),
                marked.Where(a => a.StartsWith('=')).Select(a => a[1..]).ToList()));
        }
        return new WireAgencies(agencies);
    }

    /// <summary>Identifiers of the agencies credited or cited in <paramref name="text"/>, sorted, distinct.</summary>
    public IReadOnlyList<string> FindIn(string text)
    {
        var words = FoldedWords(text);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
            foreach (string first in FirstWordForms(words[i].Word))
                if (byFirstWord.TryGetValue(first, out var candidates))
                    foreach (var (id, alias, creditFormOnly) in candidates)
                        if (RestMatches(words, i, alias) && (!creditFormOnly || InCreditForm(text, words, i, i + alias.Length - 1)))
                            found.Add(id);
        return [.. found];
    }

    /// <summary>Words [first, last] stand as a credit: in brackets, before a dash or colon, or after «وكالة».</summary>
    static bool InCreditForm(string text, List<(string Word, int Start, int End)> words, int first, int last)
    {
        if (first > 0 && FirstWordForms(words[first - 1].Word).Contains("وكاله")) return true;
        char before = NeighbourChar(text, words[first].Start - 1, -1), after = NeighbourChar(text, words[last].End, +1);
        return before is '(' or '«' or '[' || after is ')' or '»' or ']' or '-' or '–' or '—' or ':';
    }

    /// <summary>The first character that is not white space from <paramref name="at"/> in direction <paramref name="step"/>.</summary>
    static char NeighbourChar(string text, int at, int step)
    {
        for (int i = at; i >= 0 && i < text.Length; i += step)
            if (!char.IsWhiteSpace(text[i])) return text[i];
        return '\0';
    }

    /// <summary>The word itself, the word without one clitic, and للX read as الX.</summary>
    static IEnumerable<string> FirstWordForms(string word)
    {
        yield return word;
        foreach (string clitic in Clitics)
            if (word.Length > clitic.Length + 1 && word.StartsWith(clitic, StringComparison.Ordinal)) yield return word[clitic.Length..];
        if (word.Length > 3 && word.StartsWith("لل", StringComparison.Ordinal)) yield return "ال" + word[2..];
    }

    static bool RestMatches(List<(string Word, int Start, int End)> words, int at, string[] alias)
    {
        if (at + alias.Length > words.Count) return false;
        for (int k = 1; k < alias.Length; k++)
            if (words[at + k].Word != alias[k]) return false;
        return true;
    }

    /// <summary>Match-key words of a text as strings, with their start offsets.</summary>
    internal static List<(string Word, int Start, int End)> FoldedWords(string text)
    {
        var keyWords = new List<KeyWord>();
        MatchKeyWords.Collect(text, keyWords);
        var words = new List<(string, int, int)>(keyWords.Count);
        foreach (var w in keyWords) words.Add((MatchKeyNormalizer.Normalize(text[w.Start..w.End]), w.Start, w.End));
        return words;
    }

    static WireAgencies LoadEmbedded()
    {
        using var stream = typeof(WireAgencies).Assembly.GetManifestResourceStream("Marsad.Dedup.wire-agencies.tsv")
            ?? throw new InvalidOperationException("embedded wire-agencies.tsv is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}

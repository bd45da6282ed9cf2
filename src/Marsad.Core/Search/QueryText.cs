using System.Text;

namespace Marsad.Search;

/// <summary>
/// What a person types, made ready for Lucene's classic parser, as pure functions:
/// <list type="bullet">
/// <item>question words and question marks go (ما هو الوضع في دير الزور؟ asks about دير الزور, not about ما); an ASCII
/// "?" that ends an Arabic word is a question mark, not a wildcard;</item>
/// <item><see cref="AsText"/> is the fallback when the parser refuses the syntax: every special character escaped, so an
/// unbalanced quote or bracket, a stray slash or colon is searched as text instead of answering with an error;</item>
/// <item><see cref="PlainWords"/> says whether the query is only words (no operators, fields, quotes or wildcards),
/// which is when the all-words and phrase boosts apply.</item>
/// </list>
/// </summary>
public static partial class QueryText
{
    /// <summary>Interrogatives and the pronouns that follow them in questions (ما هو، من هي); matched after hamza and
    /// alef folding of the word's first letter.</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "ما", "ماذا", "هل", "كيف", "اين", "أين", "متى", "لماذا", "لم", "كم", "اي", "أي", "أية", "اية", "من", "مَن", "هو", "هي", "هم",
        "ماهو", "ماهي", "وما", "وهل", "وكيف", "واين", "وأين", "ومتى", "ولماذا",
    };

    /// <summary>The fields a query may name (<c>title:</c>); any other "word:" is a word followed by a colon
    /// (دمشق: الوفد), not a field.</summary>
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        SearchFields.Title, SearchFields.Body, SearchFields.Entities, SearchFields.Places, SearchFields.Source, SearchFields.Story,
        SearchFields.EventType, SearchFields.EntityKey, SearchFields.PlaceKey, SearchFields.Url, SearchFields.Language, SearchFields.Id,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\\\w])(\w+):")]
    private static partial System.Text.RegularExpressions.Regex UnknownField();

    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    /// <summary>The query without question words and question marks (inside quotes nothing is dropped: a phrase is
    /// searched as written); the text itself when nothing else is left.</summary>
    public static string Prepare(string text)
    {
        var words = text.Replace('؟', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(QuestionMarkOff).Where(w => w.Length > 0).ToList();
        var kept = new List<string>(words.Count);
        bool quoted = false;
        foreach (var word in words)
        {
            if (quoted || !QuestionWords.Contains(word)) kept.Add(word);
            if (word.Count(c => c == '"') % 2 == 1) quoted = !quoted;
        }
        return UnknownField().Replace(string.Join(' ', kept.Count > 0 ? kept : words),
            m => Fields.Contains(m.Groups[1].Value) ? m.Value : m.Groups[1].Value + "\\:");

        // "الزور?" is a question: the wildcard needs a letter after it to mean anything in Arabic.
        static string QuestionMarkOff(string word) =>
            word.Length > 1 && word[^1] == '?' && IsArabicLetter(word[^2]) ? word.TrimEnd('?') : word == "?" ? "" : word;
    }

    /// <summary>The text with every character the parser treats as syntax escaped (AND, OR, NOT lower-cased so they
    /// are words).</summary>
    public static string AsText(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (escaped.Length > 0) escaped.Append(' ');
            if (word is "AND" or "OR" or "NOT") { escaped.Append(word.ToLowerInvariant()); continue; }
            foreach (char c in word)
            {
                if (Special.Contains(c, StringComparison.Ordinal)) escaped.Append('\\');
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    /// <summary>The words of a query that uses no syntax at all; null when it uses some.</summary>
    public static IReadOnlyList<string>? PlainWords(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w is "AND" or "OR" or "NOT" || w.Any(c => Special.Contains(c, StringComparison.Ordinal)))) return null;
        return words;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3';
}

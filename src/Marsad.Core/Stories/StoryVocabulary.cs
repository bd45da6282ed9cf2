using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;

namespace Marsad.Stories;

/// <summary>Maps the words of a text to term ids: match key → light stem, function words dropped. Stems are cached by
/// match key, so a word seen before costs one dictionary lookup and no allocation. Not thread-safe.</summary>
public sealed class StoryVocabulary
{
    private readonly Dictionary<string, int> idsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> keyLookup;
    private readonly Dictionary<string, int> idsByStem = new(StringComparer.Ordinal);
    private readonly List<string> stems = [];

    /// <summary>Term id of words that carry no content (function words, one-letter words).</summary>
    public const int NoTerm = -1;

    public StoryVocabulary() => keyLookup = idsByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => stems.Count;

    public string Stem(int term) => stems[term];

    /// <summary>Appends the term id of every content word of <paramref name="text"/>, in order (repeats included).</summary>
    public void Terms(ReadOnlySpan<char> text, List<int> terms)
    {
        Span<char> key = stackalloc char[MatchKeyWords.MaxWordLength];
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Hashtag)) continue;
            var surface = token.Surface(text);
            if (token.Kind == TokenKind.Hashtag) surface = surface[1..];
            if (surface.Length > key.Length) surface = surface[..key.Length];
            int n = MatchKeyNormalizer.Normalize(surface, key);
            int id = TermOfKey(key[..n]);
            if (id != NoTerm) terms.Add(id);
        }
    }

    /// <summary>The term of one match key (NoTerm for a function word).</summary>
    public int TermOfKey(ReadOnlySpan<char> key)
    {
        if (keyLookup.TryGetValue(key, out int id)) return id;
        string keyString = key.ToString();
        string stem = LightStemmer.Stem(keyString);
        if (stem.Length < 2 || FunctionWords.Contains(stem) || FunctionWords.Contains(keyString)) id = NoTerm;
        else if (!idsByStem.TryGetValue(stem, out id))
        {
            id = stems.Count;
            stems.Add(stem);
            idsByStem.Add(stem, id);
        }
        idsByKey[keyString] = id;
        return id;
    }

    /// <summary>The stems of the content words of a text (for sentence comparisons in summaries).</summary>
    public HashSet<int> TermSet(ReadOnlySpan<char> text)
    {
        var list = new List<int>();
        Terms(text, list);
        return [.. list];
    }

    /// <summary>Function words and reporting verbs in match-key and stem form: they say nothing about the story.</summary>
    internal static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "في", "من", "الي", "علي", "عن", "ان", "انه", "انها", "لان", "الذي", "التي", "الذين", "اللذين", "اللتين", "هذا", "هذه",
        "ذلك", "تلك", "هولاء", "اولءك", "مع", "بين", "بعد", "قبل", "حتي", "او", "ام", "ثم", "كما", "قد", "لقد", "لم", "لن",
        "ما", "لا", "كان", "كانت", "يكون", "تكون", "كانوا", "هو", "هي", "هم", "هما", "هن", "نحن", "انا", "انت", "كل", "بعض",
        "غير", "عند", "عندما", "حيث", "اذا", "اذ", "لكن", "لكنه", "بل", "اي", "ايضا", "منذ", "خلال", "ضد", "نحو", "لدي",
        "الا", "اما", "فقط", "قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "تابع", "تابعت", "اكد", "اكدت", "اوضح",
        "اوضحت", "اشار", "اشارت", "ذكر", "ذكرت", "اعلن", "اعلنت", "وفق", "وفقا", "حسب", "بحسب", "لدى", "عبر", "تحت",
        "فوق", "امام", "وراء", "دون", "ليس", "ليست", "مازال", "زال", "يزال", "تزال", "هناك", "هنا", "الان", "اليوم", "امس",
        "الذى", "وهو", "وهي", "له", "لها", "لهم", "به", "بها", "بهم", "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "عليه",
        "عليها", "عليهم", "اليه", "اليها", "الى", "على", "يوم", "سوف", "كانو", "يمكن", "مثل", "جد", "جدا", "الف",
    };
}

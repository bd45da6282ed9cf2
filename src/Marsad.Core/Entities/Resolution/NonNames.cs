using Marsad.Entities.Geo;
using Marsad.Entities.Roles;
using Marsad.Text;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Resolution;

/// <summary>
/// Tagger mentions that are not named entities, whatever their tag: common words (أعداد), a title after a preposition
/// (لرئيس), a noun carrying a possessive pronoun (شركائنا: names take no pronoun), currencies and units (ريال، دولار،
/// كيلومتر), month names (نيسان) and religious formulae (الله، رحمه الله). Resolution drops them, so they are neither shown nor merged.
/// A word the gazetteer knows as a place stays a name (الرياض is also "the gardens").
/// </summary>
public sealed class NonNames(ArabicLexicon lexicon, Gazetteer gazetteer)
{
    private readonly KnownPlaceNames places = new(gazetteer);

    // Match keys, without the article.
    private static readonly HashSet<string> Currencies = Keys(
    [
        "ريال", "ريالا", "ريالات", "دولار", "دولارا", "دولارات", "يورو", "دينار", "دينارا", "دنانير", "درهم", "درهما", "دراهم",
        "جنيه", "جنيها", "جنيهات", "ليره", "ليرات", "روبل", "ين", "يوان", "فرنك", "استرليني", "روبيه", "بيتكوين",
    ]);

    private static readonly HashSet<string> Units = Keys(
    [
        "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "متر", "مترا", "امتار", "طن", "اطنان", "برميل", "براميل", "كيلوغرام",
        "كغ", "غرام", "لتر", "ميل", "هكتار", "دونم", "ميغاواط", "كيلوواط", "بالمئه", "بالمائه", "المئه", "نقطه",
    ]);

    private static readonly HashSet<string> Formulae = Keys(
    [
        "الله", "لله", "بالله", "والله", "رحمه", "رحمها", "تعالي", "سبحانه", "وتعالي", "عز", "وجل", "صلي", "عليه", "وسلم",
        "رضي", "عنه", "عنها", "حفظه", "حفظها", "يرحمه", "ايده", "يحفظه", "رعاه", "يرعاه", "اللهم", "ان", "شاء", "بسم", "الرحمن", "الرحيم",
    ]);

    private static readonly Lazy<NonNames> LazyDefault = new(() => new NonNames(ArabicLexicon.Default, Gazetteer.Embedded));

    public static NonNames Default => LazyDefault.Value;

    private static HashSet<string> Keys(string[] words) => new(words.Select(w => MatchKeyNormalizer.Normalize(w)), StringComparer.Ordinal);

    // Not ه alone: in a match key it is also the feminine ending (الرقة → الرقه).
    private static readonly string[] Pronouns = ["هما", "هم", "ها", "نا", "كم"];

    /// <summary>
    /// A dictionary noun with a possessive pronoun (شركائنا، حكومته، قواتها): names take none. The stem is tried as
    /// written, with its hamza seat back (شركاي → شركاء) and with ت back to ة.
    /// </summary>
    private bool HasPronoun(string word)
    {
        if (lexicon.Lookup(word).IsLemma) return false;
        foreach (string pronoun in Pronouns)
        {
            if (!word.EndsWith(pronoun, StringComparison.Ordinal)) continue;
            string bare = RoleTitles.Bare(word[..^pronoun.Length]);
            // With a preposition or conjunction in front as well (بشركائنا، وحكومتها).
            foreach (string stem in bare.Length > 4 && bare[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' ? new[] { bare, bare[1..] } : [bare])
            {
                if (stem.Length < 3) continue;
                foreach (string form in new[] { stem, stem[^1] is 'ي' or 'ئ' ? stem[..^1] + "ء" : stem, stem[^1] == 'ت' ? stem[..^1] + "ه" : stem })
                    if (lexicon.Lookup(form).IsLemma && !places.Contains(form)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A frequent common word (RoleTitles.IsCommonWord: frequent in news, rarely a name there) that the gazetteer does
    /// not know: alone it is a name only when a longer name of its document has it (الأسد in بشار الأسد).
    /// </summary>
    public bool IsCommonWord(string word) => commonWords.GetOrAdd(word, IsCommonWordUncached);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> commonWords = new(StringComparer.Ordinal);

    private bool IsCommonWordUncached(string word) =>
        !NameKeys.IsLatin(word) && !places.Contains(word) && !lexicon.Lookup(word).IsEntity && RoleTitles.IsCommonWord(word, lexicon)
        // ANERcorp's frequency alone also takes in names it shows mostly after a given name (بوتين): the dictionary
        // must know the word as well.
        && (lexicon.Lookup(word).IsFunction || StemEvidence.Tier(RoleTitles.Bare(word), lexicon) >= StemEvidence.Inflected);

    /// <summary>A month's name (نيسان، تشرين الثاني، ذو الحجة), unless it is also a common name or word (رمضان، رجب).</summary>
    private static bool IsMonth(IReadOnlyList<string> words) =>
        words.Count <= 2 && Marsad.Annotation.Times.TimeLexicon.Months.TryGet(words[0], out var months)
        && months.Any(m => !m.Ambiguous && m.SecondKey == (words.Count == 2 ? words[1] : null));

    /// <summary>A word of a religious formula (الله، رحمه، حفظه، أيده): it ends no name (سلمان بن عبدالعزيز أيده الله).</summary>
    public static bool IsFormulaWord(string word) => Formulae.Contains(word);

    // One-word verdicts, remembered: the same words come back in every document.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> singleWords = new(StringComparer.Ordinal);

    /// <summary>Whether a name of these match-key words names nothing.</summary>
    public bool IsNonName(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return true;
        if (words.All(w => Formulae.Contains(w))) return true;
        if (IsMonth(words)) return true;
        if (words.Count != 1) return false;
        return singleWords.GetOrAdd(words[0], IsNonNameWord);
    }

    private bool IsNonNameWord(string word)
    {
        if (NameKeys.IsLatin(word) || places.Contains(word)) return false;
        string bare = RoleTitles.Bare(word);
        if (Currencies.Contains(bare) || Units.Contains(bare) || Formulae.Contains(bare)) return true;
        if (lexicon.Lookup(word).IsEntity) return false;
        if (RoleTitles.IsTitleWord(word) || lexicon.Lookup(word).IsFunction) return true;
        if (HasPronoun(word)) return true;
        var split = CliticSegmenter.SegmentKey(word, lexicon);
        if (!split.HasClitics) return false;
        var stem = word.AsSpan(split.ProcliticLength, split.StemLength);
        string stemKey = stem.ToString();
        if (places.Contains(stemKey) || lexicon.Lookup(stem).IsEntity) return false;
        // The article alone is no preposition: الأسد stays for the lone-common-word test of its document.
        if (word.AsSpan(0, split.ProcliticLength) is "ال") return false;
        // A pronoun on a noun (شركائنا، وشركائه), or a preposition before a title or common word (لرئيس، بأعداد).
        bool pronoun = split.EncliticLength > 0 && !word.EndsWith('ي');
        return pronoun || RoleTitles.IsTitleWord(stemKey) || RoleTitles.IsCommonWord(stemKey, lexicon)
               || Currencies.Contains(RoleTitles.Bare(stemKey)) || Units.Contains(RoleTitles.Bare(stemKey));
    }
}

namespace Marsad.Text.Morphology;

/// <summary>
/// Splits proclitics (و ف ب ك ل ال لل س and their combinations: وال، بال، فلل، وبال، وس…) and enclitics
/// (ه ها هم هما هن ك كم كن نا ي) off an Arabic word, guarded by the <see cref="ArabicLexicon"/>:
/// <list type="bullet">
/// <item>a split is taken only when its stem is attested (dictionary base, name, function word, base + light suffix,
/// or a word seen in ANERcorp), so words that merely start with clitic letters and whose rest is no word stay whole
/// (كركوك، وليد);</item>
/// <item>the best attested reading wins and ties go to the reading with fewer clitic letters, so a word the dictionary
/// lists whole stays whole even when its rest is also a word (لبنان not ل+بنان, الله not ال+له, وزير not و+زير);</item>
/// <item>س only before an imperfect-verb prefix (ي ت ن ا); ي (my) only when the whole word is not already a base
/// plus the nisba/construct ي; every stem keeps at least two letters.</item>
/// </list>
/// </summary>
public static class CliticSegmenter
{
    /// <summary>Proclitic sequences in match-key form, longest first.</summary>
    public static IReadOnlyList<string> Proclitics { get; } =
    [
        "وبال", "فبال", "وكال", "فكال", "ولل", "فلل",
        "وال", "فال", "بال", "كال", "لل", "ال",
        "وب", "فب", "وك", "فك", "ول", "فل", "وس", "فس",
        "و", "ف", "ب", "ك", "ل", "س",
    ];

    /// <summary>Enclitic pronouns in match-key form, longest first.</summary>
    public static IReadOnlyList<string> Enclitics { get; } = ["هما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك", "ي"];

    public const int MinStemLength = 2;

    /// <summary>Longest word segmented; longer tokens (URLs glued to text, letter runs) are returned whole.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Segments a surface word (diacritics, tatweel and hamza forms allowed); lengths refer to <paramref name="word"/>.</summary>
    public static CliticSplit Segment(ReadOnlySpan<char> word, ArabicLexicon? lexicon = null)
    {
        if (word.Length == 0 || word.Length > MaxWordLength) return CliticSplit.Whole(word.Length);
        Span<char> key = stackalloc char[word.Length];
        Span<int> keyToWord = stackalloc int[word.Length];
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char folded = MatchKeyNormalizer.Fold(word[i]);
            if (folded == '\0') continue;
            key[n] = folded;
            keyToWord[n++] = i;
        }
        var split = SegmentKey(key[..n], lexicon);
        if (!split.HasClitics) return CliticSplit.Whole(word.Length);
        // Marks between letters belong to the letter before them, so boundaries fall on the next letter's index.
        int stemStart = split.ProcliticLength == 0 ? 0 : keyToWord[split.ProcliticLength];
        int encliticStart = split.EncliticLength == 0 ? word.Length : keyToWord[split.StemEnd];
        return new CliticSplit(stemStart, encliticStart - stemStart, word.Length - encliticStart);
    }

    /// <summary>Segments a word already in match-key form (see <see cref="MatchKeyNormalizer"/>).</summary>
    public static CliticSplit SegmentKey(ReadOnlySpan<char> key, ArabicLexicon? lexicon = null)
    {
        var whole = CliticSplit.Whole(key.Length);
        if (key.Length < MinStemLength + 1 || key.Length > MaxWordLength || !IsAllArabicLetters(key)) return whole;
        lexicon ??= ArabicLexicon.Default;

        int wholeTier = WholeWordTier(key, lexicon);
        var best = whole;
        int bestScore = Score(wholeTier, 0), bestFrequency = 0;
        int wholeFrequency = lexicon.Lookup(key).CorpusFrequency;
        if (wholeTier == StemEvidence.Listed) return whole;

        for (int p = -1; p < Proclitics.Count; p++)
        {
            string proclitic = p < 0 ? "" : Proclitics[p];
            if (!key.StartsWith(proclitic)) continue;
            for (int e = -1; e < Enclitics.Count; e++)
            {
                string enclitic = e < 0 ? "" : Enclitics[e];
                int stemLength = key.Length - proclitic.Length - enclitic.Length;
                if (proclitic.Length + enclitic.Length == 0 || stemLength < MinStemLength || !key.EndsWith(enclitic)) continue;
                var stem = key.Slice(proclitic.Length, stemLength);
                if (!IsAllowed(proclitic, enclitic, stem, wholeTier)) continue;
                int tier = StemEvidence.Tier(stem, lexicon);
                // ة is written ت before a pronoun (حكومته): the stem is then the listed ة-word.
                if (enclitic.Length > 0 && stem[^1] == ArabicLetters.Teh && StemEvidence.IsLemmaWithTehMarbuta(stem[..^1], lexicon))
                    tier = StemEvidence.Listed;
                if (tier == StemEvidence.Unknown) continue;
                int score = Score(tier, proclitic.Length + enclitic.Length);
                int frequency = lexicon.Lookup(stem).CorpusFrequency;
                // Two words known only from ANERcorp (وقالت, قالت): the split wins when its stem is the more frequent.
                if (tier == StemEvidence.InCorpus && wholeTier == StemEvidence.InCorpus && frequency > wholeFrequency) score += 8;
                // Equal readings (و+ترك or وتر+ك) go to the stem ANERcorp uses more.
                if (score > bestScore || (score == bestScore && best.HasClitics && frequency > bestFrequency))
                {
                    bestScore = score;
                    bestFrequency = frequency;
                    best = new CliticSplit(proclitic.Length, stemLength, enclitic.Length);
                }
            }
        }
        return best;
    }

    /// <summary>
    /// How well the unsplit word is attested. A listed word that starts with ال in the match key may be article + stem
    /// in disguise (ألحد، آلام، التأم): it stays whole only while its stem is rarer in ANERcorp than the word itself
    /// (الله stays, التام splits); names ANERcorp tags (العراق) always stay.
    /// </summary>
    private static int WholeWordTier(ReadOnlySpan<char> key, ArabicLexicon lexicon)
    {
        int tier = StemEvidence.Tier(key, lexicon);
        var entry = lexicon.Lookup(key);
        bool lookalike = entry.Has(LexiconFlags.ArticleLookalike);
        if (entry.IsEntity || !key.StartsWith("ال") || (tier < StemEvidence.Listed && !lookalike)) return tier;
        var stem = key[2..];
        bool articleReading = stem.Length >= MinStemLength && StemEvidence.Tier(stem, lexicon) >= StemEvidence.Inflected
            && lexicon.Lookup(stem).CorpusFrequency >= entry.CorpusFrequency;
        return articleReading ? StemEvidence.Inflected : StemEvidence.Listed;
    }

    /// <summary>Better attestation first; among equals, fewer clitic letters (so an unsplit listed word wins).</summary>
    private static int Score(int tier, int cliticLetters) => tier * 16 - cliticLetters;

    private static bool IsAllowed(string proclitic, string enclitic, ReadOnlySpan<char> stem, int wholeTier)
    {
        // The future marker س only precedes an imperfect verb.
        if (proclitic.EndsWith('س') && stem[0] is not (ArabicLetters.Yeh or ArabicLetters.Teh or ArabicLetters.Noon or ArabicLetters.Alef))
            return false;
        // After ال (or لل) the stem starts a new word: no second article, and a definite noun takes no possessive.
        if (proclitic.EndsWith("ال", StringComparison.Ordinal) || proclitic.EndsWith("لل", StringComparison.Ordinal))
            if (stem.StartsWith("ال") || enclitic.Length > 0) return false;
        // A stem that still starts with the article takes no pronoun either (العراقي is not العراق + ي).
        if (enclitic.Length > 0 && stem.StartsWith("ال")) return false;
        // A word already explained as base + nisba/construct ي (عربي، مقاتلي) is not "my ...".
        if (enclitic == "ي" && wholeTier >= StemEvidence.Inflected) return false;
        return true;
    }

    internal static bool IsAllArabicLetters(ReadOnlySpan<char> key)
    {
        foreach (char c in key)
            if (!ArabicChars.IsArabicLetter(c)) return false;
        return true;
    }
}

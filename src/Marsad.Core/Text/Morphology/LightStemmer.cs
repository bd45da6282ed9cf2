namespace Marsad.Text.Morphology;

/// <summary>
/// Light stemmer for search keys: input is a match key (<see cref="MatchKeyNormalizer"/>), output is written to a span.
/// Designed to over-stem less than Lucene's light10 (which makes تأمين تام, قوات قو and وجوده جود):
/// <list type="number">
/// <item>clitics are split by <see cref="CliticSegmenter"/>, which keeps listed words whole;</item>
/// <item>before an enclitic, ت is restored to ة (قوته → قوة) and the construct ي/و of a plural is dropped (مقاتليها → مقاتل);</item>
/// <item>a final يا of a word of five letters or more loses its ا, so place names spelled with ا or ة meet (سوريا، سورية → سوري);</item>
/// <item>otherwise the accusative ا goes when a listed base remains (عاما → عام);</item>
/// <item>plural and dual endings ات، ون، ين، ان، تين، تان are removed when at least three letters remain; a word the
/// dictionary lists whole keeps them (تأمين، فلسطين، بيان), and ان/تين/تان need a dictionary base to be removed;
/// ات leaving two letters becomes ة (قوات → قوة);</item>
/// <item>a final ه (ة in the key) is removed when three letters remain, unless the dictionary only knows the word with a
/// root ه (وجه، اتجاه).</item>
/// </list>
/// </summary>
public static class LightStemmer
{
    public const int MinStemLength = 3;

    private static readonly string[] PluralSuffixes = ["تين", "تان", "ات", "ون", "ين", "ان"];

    /// <summary>Stems <paramref name="matchKey"/> into <paramref name="destination"/> (at least as long) and returns the length.
    /// Allocates nothing; <paramref name="destination"/> may be the same memory as <paramref name="matchKey"/>, and its
    /// characters past the returned length may be overwritten.
    /// Stems are remembered in this thread's <see cref="StemCache"/>, which returns exactly what
    /// <see cref="StemWithoutCache"/> computes.</summary>
    public static int Stem(ReadOnlySpan<char> matchKey, Span<char> destination, ArabicLexicon? lexicon = null)
    {
        // The cache passes non-Arabic keys through itself, checking while it hashes.
        return StemCache.ForCurrentThread(lexicon ?? ArabicLexicon.Default).Stem(matchKey, destination);
    }

    /// <summary>The rules themselves, computed afresh on every call: the reference the cache is checked against.</summary>
    public static int StemWithoutCache(ReadOnlySpan<char> matchKey, Span<char> destination, ArabicLexicon? lexicon = null)
    {
        if (!IsStemmable(matchKey))
        {
            matchKey.CopyTo(destination);
            return matchKey.Length;
        }
        lexicon ??= ArabicLexicon.Default;
        var split = CliticSegmenter.SegmentKey(matchKey, lexicon);
        Span<char> stem = stackalloc char[split.StemLength + 2];
        int n = CopyStem(matchKey, split, stem, lexicon);

        if (split.EncliticLength > 0) n = UndoEncliticJoin(stem, n, lexicon);
        if (n >= 5 && stem[n - 2] == ArabicLetters.Yeh && stem[n - 1] == ArabicLetters.Alef) n--;
        else n = RemoveAccusativeAlef(stem, n, lexicon);
        int afterPlural = RemovePluralSuffix(stem, n, lexicon);
        if (afterPlural == n) n = RemoveFeminineEnding(stem, n, lexicon);
        else n = afterPlural;

        stem[..n].CopyTo(destination);
        return n;
    }

    /// <summary>Only Arabic words of a sensible length are stemmed; numbers, Latin words and letter runs pass through.</summary>
    private static bool IsStemmable(ReadOnlySpan<char> matchKey) =>
        matchKey.Length <= CliticSegmenter.MaxWordLength && CliticSegmenter.IsAllArabicLetters(matchKey);

    /// <summary>The stem of a match key as a new string.</summary>
    public static string Stem(string matchKey, ArabicLexicon? lexicon = null)
    {
        if (matchKey.Length == 0) return matchKey;
        Span<char> buffer = matchKey.Length <= 256 ? stackalloc char[matchKey.Length] : new char[matchKey.Length];
        int n = Stem(matchKey.AsSpan(), buffer, lexicon);
        return n == matchKey.Length && buffer[..n].SequenceEqual(matchKey) ? matchKey : new string(buffer[..n]);
    }

    /// <summary>The stem, with the article restored after لل when the word with it is a listed name (للعراق → العراق),
    /// so it meets the form that the segmenter keeps whole.</summary>
    private static int CopyStem(ReadOnlySpan<char> matchKey, CliticSplit split, Span<char> stem, ArabicLexicon lexicon)
    {
        var bare = split.Stem(matchKey);
        if (split.ProcliticLength >= 2 && matchKey[..split.ProcliticLength].EndsWith("لل"))
        {
            stem[0] = ArabicLetters.Alef;
            stem[1] = ArabicLetters.Lam;
            bare.CopyTo(stem[2..]);
            var withArticle = lexicon.Lookup(stem[..(bare.Length + 2)]);
            if (withArticle.IsEntity || withArticle.IsLemma) return bare.Length + 2;
        }
        bare.CopyTo(stem);
        return bare.Length;
    }

    /// <summary>ة is written ت before a pronoun, and a sound plural drops its ن: undo both when the dictionary agrees.</summary>
    private static int UndoEncliticJoin(Span<char> stem, int n, ArabicLexicon lexicon)
    {
        if (n < MinStemLength) return n;
        var rest = stem[..(n - 1)];
        char last = stem[n - 1];
        if (last == ArabicLetters.Teh && StemEvidence.IsLemmaWithTehMarbuta(rest, lexicon) && PrefersTehMarbuta(stem[..n], lexicon))
        {
            stem[n - 1] = ArabicLetters.Heh;
            return n;
        }
        if ((last == ArabicLetters.Yeh || last == ArabicLetters.Waw) && n - 1 >= MinStemLength && !lexicon.Lookup(stem[..n]).IsLemma
            && (lexicon.Lookup(rest).IsLemma || StemEvidence.IsLemmaWithTehMarbuta(rest, lexicon)))
            return n - 1;
        return n;
    }

    /// <summary>Whether قوت+ه reads better as قوة+ه than as قوت+ه: the ة-word is unlisted otherwise, or more frequent in ANERcorp.</summary>
    private static bool PrefersTehMarbuta(Span<char> stemWithTeh, ArabicLexicon lexicon)
    {
        var asWritten = lexicon.Lookup(stemWithTeh);
        if (!asWritten.IsLemma) return true;
        char teh = stemWithTeh[^1];
        stemWithTeh[^1] = ArabicLetters.Heh;
        int feminineFrequency = lexicon.Lookup(stemWithTeh).CorpusFrequency;
        stemWithTeh[^1] = teh;
        return feminineFrequency > asWritten.CorpusFrequency;
    }

    /// <summary>The tanween alef of the accusative (عاما، وزيرا) goes when a listed base remains.</summary>
    private static int RemoveAccusativeAlef(Span<char> stem, int n, ArabicLexicon lexicon)
    {
        if (n - 1 < MinStemLength || stem[n - 1] != ArabicLetters.Alef) return n;
        var whole = lexicon.Lookup(stem[..n]);
        if (whole.IsLemma || whole.IsEntity) return n;
        return lexicon.Lookup(stem[..(n - 1)]).IsLemma ? n - 1 : n;
    }

    private static int RemovePluralSuffix(Span<char> stem, int n, ArabicLexicon lexicon)
    {
        var word = stem[..n];
        var entry = lexicon.Lookup(word);
        bool listedWhole = entry.IsLemma || entry.IsEntity;
        foreach (var suffix in PluralSuffixes)
        {
            if (!word.EndsWith(suffix)) continue;
            int restLength = n - suffix.Length;
            if (restLength < 2) continue;
            var rest = stem[..restLength];
            bool baseIsLemma = lexicon.Lookup(rest).IsLemma;
            bool baseIsFeminine = StemEvidence.IsLemmaWithTehMarbuta(rest, lexicon);
            if (suffix == "ات")
            {
                if (listedWhole && !baseIsLemma && !baseIsFeminine) return n;
                if (restLength < MinStemLength)
                {
                    if (!baseIsFeminine) return n;
                    stem[restLength] = ArabicLetters.Heh;
                    return restLength + 1;
                }
                return restLength;
            }
            if (listedWhole || restLength < MinStemLength) continue;
            // ان and the feminine duals also end many names and bases (لبنان، عثمان، بروتين): remove them only onto a base.
            bool needsBase = suffix is "ان" or "تين" or "تان";
            if (needsBase && !baseIsLemma && !baseIsFeminine) continue;
            // سنتين → سنت → سنة: the ة of the singular shows as ت before a dual or plural ending.
            if (!baseIsLemma && rest[^1] == ArabicLetters.Teh && StemEvidence.IsLemmaWithTehMarbuta(rest[..^1], lexicon))
                stem[restLength - 1] = ArabicLetters.Heh;
            return restLength;
        }
        return n;
    }

    private static int RemoveFeminineEnding(Span<char> stem, int n, ArabicLexicon lexicon)
    {
        if (n - 1 < MinStemLength || stem[n - 1] != ArabicLetters.Heh) return n;
        var entry = lexicon.Lookup(stem[..n]);
        bool rootHeh = entry.Has(LexiconFlags.RootHeh) && !entry.Has(LexiconFlags.TehMarbuta);
        return rootHeh ? n : n - 1;
    }
}

namespace Marsad.Text.Morphology;

/// <summary>How well the lexicon attests a candidate stem; the segmenter and the stemmer both decide by it.</summary>
internal static class StemEvidence
{
    /// <summary>Not attested: never worth splitting a clitic off for.</summary>
    public const int Unknown = 0;
    /// <summary>Seen at least twice in ANERcorp (possibly with clitics of its own).</summary>
    public const int InCorpus = 1;
    /// <summary>A function word, or a dictionary base plus a light suffix (سيارات ← سيارة).</summary>
    public const int Inflected = 2;
    /// <summary>A dictionary base entry or a name ANERcorp tags as an entity.</summary>
    public const int Listed = 3;

    public const int MinCorpusFrequency = 2;

    /// <summary>Light suffixes that join a dictionary base or a name (ات، ون، ين، ان، تين، تان، يين، يون، ه for ة, ي, يه for ية; the past-tense ت and وا of a listed verb).</summary>
    private static readonly string[] InflectionSuffixes = ["تين", "تان", "يين", "يون", "ات", "ون", "ين", "ان", "يه", "وا", "ه", "ي", "ت"];

    public static int Tier(ReadOnlySpan<char> form, ArabicLexicon lexicon)
    {
        var entry = lexicon.Lookup(form);
        if (entry.IsLemma || entry.IsEntity) return Listed;
        if (entry.IsFunction || IsInflectedLemma(form, lexicon)) return Inflected;
        return entry.CorpusFrequency >= MinCorpusFrequency ? InCorpus : Unknown;
    }

    /// <summary>Whether <paramref name="form"/> is a dictionary base plus one light suffix, its ة restored where the suffix replaced it.</summary>
    public static bool IsInflectedLemma(ReadOnlySpan<char> form, ArabicLexicon lexicon)
    {
        foreach (var suffix in InflectionSuffixes)
        {
            if (form.Length - suffix.Length < 2 || !form.EndsWith(suffix)) continue;
            var rest = form[..^suffix.Length];
            var restEntry = lexicon.Lookup(rest);
            if (restEntry.IsLemma || restEntry.IsEntity || IsLemmaWithTehMarbuta(rest, lexicon)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="rest"/> + ة (ه in the match key) is a dictionary word ending in ة.</summary>
    public static bool IsLemmaWithTehMarbuta(ReadOnlySpan<char> rest, ArabicLexicon lexicon)
    {
        if (rest.Length > 62) return false;
        Span<char> withHeh = stackalloc char[rest.Length + 1];
        rest.CopyTo(withHeh);
        withHeh[^1] = ArabicLetters.Heh;
        return lexicon.Lookup(withHeh).Has(LexiconFlags.TehMarbuta);
    }
}

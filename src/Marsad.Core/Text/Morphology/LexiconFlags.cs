namespace Marsad.Text.Morphology;

/// <summary>What the lexicon knows about one match-key word form.</summary>
[Flags]
public enum LexiconFlags : byte
{
    None = 0,
    /// <summary>A base entry of the Ayaspell dictionary (noun, name, verb or particle): a word on its own, unsegmented.</summary>
    Lemma = 1,
    /// <summary>An entry of Ayaspell's stop-word list; these come with their clitics already attached (وبغير، فلغير).</summary>
    Function = 2,
    /// <summary>Some dictionary entry with this key ended in ة, so a final ه of the key is the feminine ending.</summary>
    TehMarbuta = 4,
    /// <summary>Some dictionary entry with this key ended in a real ه (وجه، اتجاه), which a stemmer must keep.</summary>
    RootHeh = 8,
    /// <summary>Begins a named entity (B- tag) in more than half of its ANERcorp occurrences, and is not a clitic plus another such name.</summary>
    Entity = 16,
    /// <summary>A dictionary word spelled أل/إل/آل, whose match key looks like the article ال plus a stem (ألحد، آلام، ألسنة).</summary>
    ArticleLookalike = 32,
}

/// <summary>A lexicon entry: its flags and how often the form occurs in ANERcorp's training text.</summary>
public readonly record struct LexiconEntry(LexiconFlags Flags, int CorpusFrequency)
{
    public bool IsLemma => (Flags & LexiconFlags.Lemma) != 0;
    public bool IsEntity => (Flags & LexiconFlags.Entity) != 0;
    public bool IsFunction => (Flags & LexiconFlags.Function) != 0;
    public bool Has(LexiconFlags flag) => (Flags & flag) != 0;
}

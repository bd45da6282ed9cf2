namespace Marsad.Entities.Recognition;

/// <summary>
/// What the feature templates need to know about one token, computed once per token as 64-bit hashes of its forms
/// (match key, clitic-stripped forms, affixes, shape) so that building features allocates nothing.
/// </summary>
internal readonly record struct TokenProfile(
    ulong Key,
    ulong Stem,
    ulong Light,
    ulong Proclitic,
    ulong Prefix1,
    ulong Prefix2,
    ulong Prefix3,
    ulong Prefix4,
    ulong Suffix1,
    ulong Suffix2,
    ulong Suffix3,
    ulong Suffix4,
    ulong Shape,
    int LengthBucket,
    TriggerClass Trigger,
    byte Lexical,
    NameListFlags Names,
    QuoteMark Quote = QuoteMark.None,
    Nisba Nisba = Nisba.None,
    NameWordFlags Listed = NameWordFlags.None,
    int ClusterLeaf = 0,
    ClusterSource ClusterSource = ClusterSource.None,
    int SpellingLeaf = 0);

/// <summary>How a token got its context cluster: listed itself, listed without its clitics, or not at all.</summary>
internal enum ClusterSource : byte
{
    None,
    Word,
    Stripped,
}

/// <summary>Whether a token is shaped like a nisba adjective (ـي، ـية): the word after a head noun that is most
/// often its adjective (البنك التجاري، مدينة رئيسية) and, with the article, part of an organisation's name.</summary>
internal enum Nisba : byte
{
    None,
    Indefinite,
    Definite,
}

/// <summary>Whether a token is a quotation mark, and which way it faces.</summary>
internal enum QuoteMark : byte
{
    None,
    Opening,
    Closing,
    /// <summary>A straight " that opens or closes depending on the marks before it.</summary>
    Either,
}

/// <summary>Closed classes of words that announce a name next to them.</summary>
internal enum TriggerClass : byte
{
    None,
    PersonTitle,
    PlaceHead,
    OrganizationHead,
    ReportingVerb,
}

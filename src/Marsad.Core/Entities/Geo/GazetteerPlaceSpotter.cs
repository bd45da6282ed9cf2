using System.Collections.Concurrent;
using Marsad.Entities.Recognition;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;

namespace Marsad.Entities.Geo;

/// <summary>
/// Vets the tagger's places and finds the ones it missed, one word at a time, where the gazetteer gives strong
/// evidence: a town the training text never showed (البوكمال، الميادين، الرقة) is as plain a place to an analyst as
/// دير الزور. A word the mentions leave untagged becomes a place when it geocodes to a populated place inside a
/// country the document itself names (a tagged place such as سوريا) and one of these holds:
/// <list type="bullet">
/// <item>a place head stands before it (بلدة الميادين، مدينة هجين);</item>
/// <item>the dictionary does not know it as a word (البوكمال، مركدة; <see cref="PlaceWords.IsDictionaryKey"/>): common
/// words transliterate into village names all too easily (المعارك ↔ Mūrak, الحدود ↔ Ḩadīdah), names seldom are
/// dictionary words;</item>
/// <item>it is the place's own Arabic name as written and the place is a division seat or a capital (الرقة, Ar Raqqah
/// of Ar Raqqah governorate; الرياض): a city no reader takes for the common word it also spells. A seat reached by
/// transliteration alone is not enough: الحال ("the state") spells Ha'il, whose name is حائل.</item>
/// </list>
/// Without a named country nothing is added: the guess would have no context to be checked against. The tagger's own
/// one-word places that can name no place (<see cref="PlaceWords.IsNeverAPlace"/>: وبلدة، شركائنا) are dropped.
/// </summary>
public sealed class GazetteerPlaceSpotter(Geocoder geocoder, Gazetteer gazetteer)
{
    private static readonly Lazy<GazetteerPlaceSpotter> DefaultInstance = new(() => new GazetteerPlaceSpotter(Geocoder.Default, Gazetteer.Embedded));

    public static GazetteerPlaceSpotter Default => DefaultInstance.Value;

    /// <summary>Words shorter than this (in letters) are never spotted: short skeletons match too many places.</summary>
    private const int MinLetters = 4;

    /// <summary>Cached geocodings kept at most; beyond, words are geocoded each time (a stream's vocabulary keeps growing).</summary>
    private const int MaxCached = 200_000;

    private static readonly Lazy<ArabicLexicon> Dictionary = new(() => ArabicLexicon.Default.DictionaryOnly());

    private readonly ConcurrentDictionary<string, string?> _countries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Candidate?>> _candidates = new(StringComparer.Ordinal);   // by country, then form

    /// <summary>
    /// What a form is as a place inside one country: the populated place it is spelled exactly like, and whether the
    /// form is that place's own Arabic name and the place a division seat or a capital.
    /// </summary>
    private sealed record Candidate(GeoMatch Place, bool NamedProminent);

    /// <summary>
    /// The mentions with the spotted places added (as LOC, in text order), less the tagger's one-word places that can
    /// name none; the other given mentions are kept as they are.
    /// </summary>
    public IReadOnlyList<EntityMention> Spot(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        mentions = WithoutNonPlaces(mentions);
        // The country the document is about: the one its tagged places lie in most often, counting a country named and
        // a place geocoded alike (all of them on a tie). A country named in passing (إيران in a story on Deir ez-Zor)
        // lends its villages no credit.
        var named = mentions.Where(m => m.Type == EntityType.Location)
            .Select(m => gazetteer.CountryCodeOf(m.Text) ?? CountryOfPlace(m.Text))
            .OfType<string>().CountBy(c => c, StringComparer.Ordinal).ToList();
        if (named.Count == 0) return mentions;
        int most = named.Max(c => c.Value);
        var countries = named.Where(c => c.Value == most).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();

        List<EntityMention>? spotted = null;
        int next = 0;   // the first mention not ending before the current token
        bool previousIsHead = false;
        Span<char> key = stackalloc char[64];
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var surface = text.AsSpan(token.Start, token.Length);
            // Each word is normalised once: for itself, and as the place head the next word may stand after.
            int length = token.Kind == TokenKind.ArabicWord && surface.Length <= key.Length ? MatchKeyNormalizer.Normalize(surface, key) : 0;
            bool headed = previousIsHead;
            previousIsHead = length > 0 && Triggers.ClassifyWord(key[..length]) == TriggerClass.PlaceHead;
            while (next < mentions.Count && mentions[next].End <= token.Start) next++;
            if (next < mentions.Count && mentions[next].Start < token.Start + token.Length) continue;   // tagged already
            if (headed && length > 0 && PhraseAt(text, tokens, i, key[..length], mentions, next, countries) is { } phrase)
            {
                (spotted ??= []).Add(phrase);
                i++;
                previousIsHead = IsPlaceHead(text, tokens[i]);
                continue;
            }
            if (length == 0 || surface.Length < MinLetters) continue;

            var word = key[..length];
            int article = NerFeatures.ArticlePrefixLength(word);
            // Unheaded, only a word with the article and no other inflection qualifies: the dictionary misses inflected
            // forms (لتأمين، قواتنا), so only then is "unknown to it" evidence of a name.
            if (article == 0 && !headed) continue;
            var stem = word[article..];
            // An adjective of a place (العراقية) is never the place; a head word (وبلدة) names none. Unheaded, a
            // word shaped like a plural (المقاتلين) is one far more often than it is a town (الميادين).
            if (NerFeatures.EndsLikeNisba(stem) || Triggers.ClassifyWord(word) != TriggerClass.None || (IsPlural(stem) && !headed)) continue;
            if (Dictionary.Value.Lookup(stem).IsFunction || Dictionary.Value.Lookup(word).IsFunction) continue;
            bool unknownWord = article > 0 && !PlaceWords.IsDictionaryKey(word, feminine: surface[^1] == 'ة');

            // The form the gazetteer is asked about: the article kept, the clitics before it dropped (والرقة → الرقة).
            // The prefix ends in ال (or لل), so the article is written over its last two letters, in place.
            ReadOnlySpan<char> form = stem;
            if (article > 0)
            {
                key[article - 2] = 'ا';
                key[article - 1] = 'ل';
                form = key.Slice(article - 2, stem.Length + 2);
            }
            foreach (var country in countries)
            {
                if (CandidateIn(form, country) is not { } candidate) continue;
                if (!unknownWord && !candidate.NamedProminent && !headed) continue;
                (spotted ??= []).Add(new EntityMention(token.Start, token.Start + token.Length, EntityType.Location, surface.ToString()));
                break;
            }
        }
        if (spotted is null) return mentions;
        return [.. mentions.Concat(spotted).OrderBy(m => m.Start)];
    }

    /// <summary>
    /// A two-word place at token <paramref name="i"/>, which stands after a place head and reads <paramref name="head"/>
    /// as a match key: a word without the article in construct with a word that has it (دير الزور، رأس العين، جسر
    /// الشغور), neither tagged, that spells a populated place of the document's country (محافظة دير الزور، بلدة رأس
    /// العين). Each word alone is a common word (دير "monastery", الزور "falsehood"), so only the whole phrase is
    /// evidence, and only a head makes it worth geocoding: most word pairs of a text have this shape.
    /// </summary>
    private EntityMention? PhraseAt(string text, IReadOnlyList<Token> tokens, int i, ReadOnlySpan<char> head, IReadOnlyList<EntityMention> mentions, int next, IReadOnlyList<string> countries)
    {
        if (i + 1 >= tokens.Count) return null;
        Token first = tokens[i], second = tokens[i + 1];
        if (second.Kind != TokenKind.ArabicWord || second.Start - (first.Start + first.Length) != 1 || second.Length > 64) return null;
        if (next < mentions.Count && mentions[next].Start < second.Start + second.Length) return null;   // tagged already
        Span<char> tailKey = stackalloc char[64];
        var tail = tailKey[..MatchKeyNormalizer.Normalize(text.AsSpan(second.Start, second.Length), tailKey)];
        if (NerFeatures.ArticlePrefixLength(tail) != 2 || NerFeatures.EndsLikeNisba(tail[2..])) return null;
        if (head.Length < 2 || NerFeatures.ArticlePrefixLength(head) > 0) return null;
        if (Triggers.ClassifyWord(head) != TriggerClass.None || Dictionary.Value.Lookup(head).IsFunction) return null;
        string form = string.Concat(head, " ", tail);
        foreach (var country in countries)
        {
            if (CandidateIn(form, country) is null) continue;
            int start = first.Start, end = second.Start + second.Length;
            return new EntityMention(start, end, EntityType.Location, text[start..end]);
        }
        return null;
    }

    /// <summary>The populated place of <paramref name="country"/> that <paramref name="form"/> spells, cached.</summary>
    private Candidate? CandidateIn(ReadOnlySpan<char> form, string country)
    {
        var cache = _candidates.GetOrAdd(country, _ => new ConcurrentDictionary<string, Candidate?>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        if (cache.TryGetValue(form, out var cached)) return cached;
        string name = form.ToString();
        var placed = geocoder.Resolve(name, new GeoContext([country], [], []));
        var candidate = placed.Best is { Precision: GeoPrecision.Point } place && place.Country == country && SpelledAlike(name, place.Name)
            ? new Candidate(place, placed.Attested && (gazetteer.IsDivisionSeat(place.GazetteerId) || gazetteer.IsCapital(place.GazetteerId)))
            : null;
        if (cache.Dictionary.Count < MaxCached) cache.TryAdd(name, candidate);
        return candidate;
    }

    /// <summary>The country of the place a tagged mention names (with no context to prefer one), cached.</summary>
    private string? CountryOfPlace(string mention)
    {
        if (_countries.TryGetValue(mention, out var cached)) return cached;
        string? country = geocoder.Geocode(mention, GeoContext.Empty)?.Country;
        if (_countries.Count < MaxCached) _countries.TryAdd(mention, country);
        return country;
    }

    /// <summary>
    /// The geocoder forgives a letter or a vowel (a typo, a variant romanisation); a word nobody tagged needs more: its
    /// usual reading has the place's consonants exactly and vowels much like its.
    /// </summary>
    private static bool SpelledAlike(string form, string placeName)
    {
        var place = Transliteration.LatinKey(placeName);
        // The usual reading drops the article; the next keeps it (البوكمال ↔ Ālbū Kamāl).
        var readings = Transliteration.ArabicKeys(form);
        for (int r = 0; r < Math.Min(2, readings.Count); r++)
            if (readings[r].Skeleton == place.Skeleton && Geocoder.VocalizedSimilarity(readings[r].Vocalized, place.Vocalized) >= Gazetteer.SeatNameSimilarity)
                return true;
        return false;
    }

    /// <summary>The mentions less the one-word places no place can be (a head word with a conjunction, a word with a pronoun).</summary>
    private static IReadOnlyList<EntityMention> WithoutNonPlaces(IReadOnlyList<EntityMention> mentions)
    {
        List<EntityMention>? kept = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            bool drop = mentions[m].Type == EntityType.Location && PlaceWords.IsNeverAPlace(mentions[m].Text);
            if (drop) kept ??= [.. mentions.Take(m)];
            else kept?.Add(mentions[m]);
        }
        return kept ?? mentions;
    }

    /// <summary>Stems ending like a sound plural (مقاتلين، مقاتلون، عمليات).</summary>
    private static bool IsPlural(ReadOnlySpan<char> stem) => stem.EndsWith("ين") || stem.EndsWith("ون") || stem.EndsWith("ات");

    private static bool IsPlaceHead(string text, Token token)
    {
        var surface = text.AsSpan(token.Start, token.Length);
        if (surface.Length > 64) return false;
        Span<char> key = stackalloc char[64];
        int length = MatchKeyNormalizer.Normalize(surface, key);
        return Triggers.ClassifyWord(key[..length]) == TriggerClass.PlaceHead;
    }
}

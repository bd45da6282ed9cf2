using Marsad.Text;

namespace Marsad.Entities.Geo;

public sealed partial class Geocoder
{
    // Match keys of the four directions as adjectives (الشرقي، الغربية …) and as nouns in construct (شمال، شرقي …).
    private static readonly HashSet<string> DirectionAdjectives = new(StringComparer.Ordinal)
    {
        "الشرقي", "الشرقيه", "الغربي", "الغربيه", "الشمالي", "الشماليه", "الجنوبي", "الجنوبيه",
        "شرقي", "شرقيه", "غربي", "غربيه", "شمالي", "شماليه", "جنوبي", "جنوبيه",
    };

    private static readonly HashSet<string> DirectionNouns = new(StringComparer.Ordinal)
    {
        "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي",
    };

    // Nouns a direction adjective may qualify before the place it is the side of (الضفة الغربية لنهر الفرات).
    private static readonly HashSet<string> SideNouns = new(StringComparer.Ordinal)
    {
        "الضفه", "الضفاف", "الجهه", "الناحيه", "الجانب", "الاطراف", "الريف", "الضواحي", "الاحياء", "المدخل", "القسم",
        "الجزء", "المناطق", "المنطقه", "الحدود", "الساحل", "السواحل", "البوابه", "الارياف", "القطاع",
    };

    private static bool IsDirectionAdjective(string word) => IsDirectionAdjectiveKey(MatchKeyNormalizer.Normalize(word));

    /// <summary>A direction adjective (الغربية، شرقي) given as a match key; the resolver asks it of a side's first word.</summary>
    internal static bool IsDirectionAdjectiveKey(string key) => DirectionAdjectives.Contains(key);

    /// <summary>
    /// A side of a place: side nouns and direction adjectives, then ل + the place (الضفة الغربية لنهر الفرات، الغربية
    /// للفرات، الريف الشرقي لحلب), or one or more direction nouns in construct with it (شمال سوريا، شمال شرق حلب). The
    /// place is resolved as a mention of its own (its head word and proclitics read as usual) and a point becomes an
    /// area: the west bank of the Euphrates is the Euphrates, the east of Aleppo is Aleppo, not new places. Null when
    /// the words are no such phrase.
    /// </summary>
    private Placement? Side(List<string> words, GeoContext context)
    {
        if (words.Count < 2) return null;
        int i = 0;
        bool direction = false;
        while (i < words.Count - 1 && MatchKeyNormalizer.Normalize(words[i]) is var key && (SideNouns.Contains(key) || DirectionAdjectives.Contains(key)))
        {
            direction |= DirectionAdjectives.Contains(key);
            i++;
        }
        if (direction && i > 0 && words[i].Length > 2 && words[i][0] == 'ل')
        {
            // لل is ل + the article, whose alef is not written: للفرات → الفرات.
            string target = (words[i].StartsWith("لل", StringComparison.Ordinal) ? "ال" + words[i][2..] : words[i][1..])
                            + (i + 1 < words.Count ? " " + string.Join(' ', words.Skip(i + 1)) : "");
            return AsArea(Resolve(target, context));
        }
        int n = 0;
        while (n < words.Count - 1 && DirectionNouns.Contains(MatchKeyNormalizer.Normalize(words[n]))) n++;
        return n > 0 ? AsArea(Resolve(string.Join(' ', words.Skip(n)), context)) : null;
    }
}

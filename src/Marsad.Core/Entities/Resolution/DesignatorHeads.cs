using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Entities.Resolution;

/// <summary>
/// Head words that only say what kind of thing the name after them is, so that the head and the name denote one
/// thing: «دولة قطر» is قطر, «نادي الهلال» is الهلال, «قطاع غزة» is غزة. Heads of a different thing built on the name
/// are not here: «جامعة تبوك», «بنك الرياض», «مطار جدة», «ريف دمشق», «عاصمة اليمن» and «خليج عدن» are not the name after them, and «قناة السويس» is a
/// canal, not a channel named after the city.
/// Entries are match-key stems; a word is looked up with its article off (الجمهورية).
/// </summary>
public static class DesignatorHeads
{
    public enum Kind { None, State, Place, Organization }

    private static readonly FrozenDictionary<string, Kind> Heads = Build();

    /// <summary>What a match-key word designates when it heads a name.</summary>
    public static Kind Of(string word)
    {
        var stem = word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        return Heads.GetValueOrDefault(stem, Kind.None);
    }

    private static FrozenDictionary<string, Kind> Build()
    {
        var heads = new Dictionary<string, Kind>(StringComparer.Ordinal);
        Add(Kind.State, "دولة", "جمهورية", "مملكة", "سلطنة", "إمارة");
        Add(Kind.Place, "مدينة", "محافظة", "منطقة", "قطاع", "ولاية", "إقليم", "بلدة", "قرية", "مخيم", "حي", "جزيرة");
        Add(Kind.Organization, "نادي", "فريق", "حركة", "جبهة", "تنظيم", "منظمة", "حزب", "جماعة", "صحيفة", "جريدة", "وكالة",
            "شركة", "مجموعة", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات");
        return heads.ToFrozenDictionary(StringComparer.Ordinal);

        void Add(Kind kind, params string[] words)
        {
            foreach (string word in words) heads[MatchKeyNormalizer.Normalize(word)] = kind;
        }
    }
}

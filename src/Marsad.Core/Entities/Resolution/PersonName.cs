using Marsad.Entities.Roles;

namespace Marsad.Entities.Resolution;

/// <summary>
/// A person's name read as its parts: the given name first, then the names of the chain (بن X بن Y, or unmarked
/// father's names), then a family name or nisba. Compounds are one part: عبد + X (عبد العزيز), أبو/أم + X (a
/// كنية), آل + X (a family), X + الدين/الله (نور الدين). Leading titles (الملك، الأمير، الشيخ، الرئيس…) are roles,
/// not parts. Parts are match-key words, compound parts joined without a space.
/// </summary>
/// <param name="Parts">The parts in order.</param>
/// <param name="Patronymic">Per part, whether it follows بن/ابن/بنت: a father's name, never a family name.</param>
public sealed record PersonName(IReadOnlyList<string> Parts, IReadOnlyList<bool> Patronymic)
{
    private static readonly HashSet<string> Joints = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "ابنه" };
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal) { "عبد", "ابو", "ام", "ال", "ذو", "ذي" };
    private static readonly HashSet<string> CompoundTails = new(StringComparer.Ordinal) { "الدين", "الله", "الاسلام", "الرحمن", "الدوله" };

    /// <summary>Honorifics and styles that precede a name and are not part of it (match keys), beside the ranks and
    /// function heads of <see cref="RoleTitles"/>.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "ملك", "امير", "اميره", "شيخ", "شيخه", "سيد", "سيده", "دكتور", "دكتوره", "د", "استاذ", "استاذه", "مهندس", "سمو",
        "معالي", "فخامه", "جلاله", "صاحب", "سماحه", "حضره", "خادم", "ولي", "عهد", "الحرمين", "الشريفين",
        "سموه", "الملكي", "حاج", "حاجه", "امام", "فضيله", "نيافه", "قداسه", "البابا", "بابا", "المرحوم", "الراحل",
    };

    /// <summary>The given name: the first part.</summary>
    public string Given => Parts[0];

    /// <summary>The family name or nisba: the last part of a name of two parts or more when no بن precedes it.</summary>
    public string? Family => Parts.Count >= 2 && !Patronymic[^1] ? Parts[^1] : null;

    public int Count => Parts.Count;

    /// <summary>Reads the match-key words of a name; null when nothing of a name is left after the titles.</summary>
    public static PersonName? Parse(IReadOnlyList<string> words)
    {
        int i = 0;
        while (i < words.Count - 1 && IsHonorific(words[i])) i++;
        var parts = new List<string>(words.Count);
        var patronymic = new List<bool>(words.Count);
        bool afterJoint = false;
        for (; i < words.Count; i++)
        {
            string word = words[i];
            if (Joints.Contains(word) && parts.Count > 0) { afterJoint = true; continue; }
            if (CompoundHeads.Contains(word) && i + 1 < words.Count) word += words[++i];
            else if (CompoundTails.Contains(word) && parts.Count > 0 && !afterJoint)
            {
                parts[^1] += word;
                continue;
            }
            parts.Add(word);
            patronymic.Add(afterJoint);
            afterJoint = false;
        }
        return parts.Count == 0 ? null : new PersonName(parts, patronymic);
    }

    /// <summary>A title or style word (match key), with or without the article.</summary>
    public static bool IsHonorific(string word) =>
        Honorifics.Contains(word) || Honorifics.Contains(RoleTitles.Bare(word)) || RoleTitles.IsTitleWord(word);

    /// <summary>
    /// Whether <paramref name="shorter"/> can be a shorter way of writing <paramref name="longer"/> (never two people):
    /// the same given name, and the shorter's other parts the longer's in the same places (محمد بن سلمان in محمد بن
    /// سلمان بن عبد العزيز), or the same given and family names with the shorter's chain a beginning of the longer's
    /// (عادل الجبير in عادل أحمد الجبير). A one-part name is the longer's given name or its family name.
    /// </summary>
    public static bool IsShorterFormOf(PersonName shorter, PersonName longer, Func<string, string, bool> sameWord)
    {
        if (shorter.Count > longer.Count) return false;
        if (shorter.Count == 1)
            return sameWord(shorter.Given, longer.Given) || (longer.Family is { } family && sameWord(shorter.Given, family));
        // The longer name's last parts, a family name among them (أحمدي نجاد in محمود أحمدي نجاد، عبد الله صالح in علي
        // عبد الله صالح): a second given name is often left out.
        if (shorter.Family is not null && longer.Family is not null && IsTail(shorter, longer, sameWord)) return true;
        if (!sameWord(shorter.Given, longer.Given)) return false;
        // An unmarked second name is as often the father's as the family's (سلمان عبدالعزيز = سلمان بن عبدالعزيز).
        bool alignedPrefix = true;
        for (int k = 1; k < shorter.Count && alignedPrefix; k++)
            alignedPrefix = sameWord(shorter.Parts[k], longer.Parts[k]);
        if (alignedPrefix) return true;
        if (shorter.Family is null || longer.Family is null || !sameWord(shorter.Family, longer.Family)) return false;
        for (int k = 1; k < shorter.Count - 1; k++)
            if (shorter.Patronymic[k] != longer.Patronymic[k] || !sameWord(shorter.Parts[k], longer.Parts[k])) return false;
        return true;
    }

    private static bool IsTail(PersonName shorter, PersonName longer, Func<string, string, bool> sameWord)
    {
        // The shorter name's given name must not be the longer's father's name: سلمان بن عبدالعزيز آل سعود is not the
        // tail of محمد بن سلمان بن عبدالعزيز آل سعود.
        int offset = longer.Count - shorter.Count;
        if (longer.Patronymic[offset]) return false;
        for (int k = 0; k < shorter.Count; k++)
            if (!sameWord(shorter.Parts[k], longer.Parts[offset + k]) || (k > 0 && shorter.Patronymic[k] && !longer.Patronymic[offset + k])) return false;
        return true;
    }

    /// <summary>Two names that may stand for one person: one a shorter form of the other (or the same).</summary>
    public static bool Compatible(PersonName a, PersonName b, Func<string, string, bool> sameWord) =>
        a.Count <= b.Count ? IsShorterFormOf(a, b, sameWord) : IsShorterFormOf(b, a, sameWord);
}

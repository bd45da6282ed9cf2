using Marsad.Text;

namespace Marsad.Stories;

/// <summary>
/// Sentence openers that point back to an earlier sentence, so that the sentence cannot open a summary or follow a
/// sentence of another report: continuation verbs (وأضاف، وتابع), pronouns and demonstratives (وهو، هذا), a reporting
/// verb without a subject or with a one-word one that names someone introduced before (وقال إن، وأوضح سيلو أن، وأكد
/// البيان أن), background and sequence adverbials (وكان، وبعد ذلك، وبعد ساعات، وفي وقت لاحق) and discourse links (من جهته،
/// في المقابل، من جهة أخرى، إلى ذلك).
/// </summary>
public static class SummaryOpeners
{
    /// <summary>Whether <paramref name="sentence"/> opens by pointing back.</summary>
    public static bool PointsBack(ReadOnlySpan<char> sentence)
    {
        var raw = sentence.ToString().Split((char[]?)null, 5, StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0) return false;
        var words = raw.Select(Word).ToArray();
        string first = words[0];
        if (Continuations.Contains(first) || Verbs.Contains(first)) return true;
        foreach (var phrase in Phrases)
            if (words.Length >= phrase.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(0, phrase.Length))) return true;
        string bare = first.Length > 2 && first[0] is 'و' or 'ف' ? first[1..] : first;
        if (Pronouns.Contains(first) || Pronouns.Contains(bare)) return true;
        if (first.Length > 3 && first[0] == 'و' && AfterAdverbs.Contains(first[1..]) && words.Length > 1 && SpanWords.Contains(words[1])) return true;
        if (!ReportingVerbs.Contains(bare) || first == bare) return false;
        // "وقال إن", "وشدد على أن" and "وأوضح: «…»" leave the speaker out; "وأوضح سيلو أن" and "وقال البيان إن" name one
        // introduced earlier; "وقال المتحدث باسم الجيش إن" names a speaker in full.
        if (raw[0].EndsWith(':') || raw.Length < 2) return true;
        if (Particles.Contains(words[1]) || OpensQuote(raw)) return true;
        return raw.Length >= 3 && (raw[1].EndsWith(':') || raw[1].EndsWith('،') || raw[1].EndsWith(',') || Particles.Contains(words[2]));
    }

    /// <summary>The second word opens a quotation that runs on («وتابع: "سننتصر في النهاية"»), not a quoted name that
    /// closes within three words («وذكرت "الخارجية الأمريكية" أن» names its subject).</summary>
    private static bool OpensQuote(string[] raw)
    {
        if (!":\"«“".Contains(raw[1][0])) return false;
        if (raw[1][0] == ':') return true;
        for (int i = 1; i < Math.Min(raw.Length, 4); i++)
            if (raw[i].AsSpan(i == 1 ? 1 : 0).IndexOfAny("\"»”") >= 0) return i == raw.Length - 1 && raw.Length < 5;
        return true;
    }

    private static string Word(string w) => MatchKeyNormalizer.Normalize(w).Trim('"', '«', '»', '“', '”', '(', ')', '-', '–', '،', ',', ':', '.');

    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        "واضاف", "واضافت", "وتابع", "وتابعت", "واستطرد", "واستطردت", "وختم", "وختمت", "واردف", "واردفت", "ومضي", "ومضت",
        "واستدرك", "واستدركت", "وزاد", "وزادت",
    };

    /// <summary>Verbs whose left-out subject is the previous sentence's: وكان (background), ويأتي (it comes after …).</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "وياتي", "وتاتي", "وجاء", "وجاءت", "وذلك", "وهذا", "وهذه",
    };

    /// <summary>Sequence words that, after و, point back when a span of time follows (وبعد ساعات، وبعد أيام).</summary>
    private static readonly HashSet<string> AfterAdverbs = new(StringComparer.Ordinal) { "بعد", "قبل" };

    private static readonly HashSet<string> SpanWords = new(StringComparer.Ordinal)
    {
        "ذلك", "ساعات", "ساعه", "ساعتين", "ايام", "يوم", "يومين", "دقائق", "دقايق", "قليل", "اسابيع", "اسبوع", "شهر", "اشهر", "ذلك،", "هذا", "هذه",
    };

    /// <summary>Openers of more than one word, as match keys.</summary>
    private static readonly string[][] Phrases =
    [
        ["بعد", "ذلك"], ["وفي", "وقت", "لاحق"], ["في", "وقت", "لاحق"], ["ومن", "جهته"], ["من", "جهته"], ["ومن", "جهتها"], ["من", "جهتها"],
        ["ومن", "جهتهم"], ["من", "جهتهم"], ["ومن", "جانبه"], ["من", "جانبه"], ["ومن", "جانبها"], ["من", "جانبها"], ["في", "المقابل"],
        ["وفي", "المقابل"], ["بالمقابل"], ["وبالمقابل"], ["على", "الصعيد", "نفسه"], ["علي", "الصعيد", "نفسه"], ["في", "موازاه", "ذلك"],
        ["وفي", "موازاه", "ذلك"], ["من", "جهه", "اخري"], ["ومن", "جهه", "اخري"], ["وفي", "سياق", "متصل"], ["في", "سياق", "متصل"],
        ["الي", "ذلك"], ["والي", "ذلك"], ["في", "غضون", "ذلك"], ["وفي", "غضون", "ذلك"], ["في", "الاثناء"], ["وفي", "الاثناء"],
        ["في", "هذه", "الاثناء"], ["وفي", "هذه", "الاثناء"], ["وفي", "السياق", "ذاته"], ["في", "السياق", "ذاته"], ["وفي", "السياق", "نفسه"],
        ["في", "السياق", "نفسه"], ["وعلي", "الصعيد", "نفسه"], ["ورغم", "ذلك"], ["ومع", "ذلك"], ["لذلك"], ["ولذلك"], ["كذلك"], ["وكذلك"],
    ];

    /// <summary>Whether <paramref name="sentence"/> opens by turning to another subject («من جهة أخرى»، «في سياق آخر»،
    /// «على صعيد آخر»): what follows is news beside the story's, not part of its account.</summary>
    public static bool ShiftsTopic(ReadOnlySpan<char> sentence)
    {
        var words = sentence.ToString().Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries).Select(Word).ToArray();
        foreach (var phrase in TopicShifts)
            if (words.Length >= phrase.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(0, phrase.Length))) return true;
        return false;
    }

    private static readonly string[][] TopicShifts =
    [
        ["من", "جهه", "اخري"], ["ومن", "جهه", "اخري"], ["في", "سياق", "اخر"], ["وفي", "سياق", "اخر"], ["علي", "صعيد", "اخر"],
        ["وعلي", "صعيد", "اخر"], ["في", "شان", "اخر"], ["وفي", "شان", "اخر"], ["في", "سياق", "منفصل"], ["وفي", "سياق", "منفصل"],
        ["في", "تطور", "اخر"], ["وفي", "تطور", "اخر"], ["من", "ناحيه", "اخري"], ["ومن", "ناحيه", "اخري"],
    ];

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "هو", "هي", "هم", "هما", "هن", "هذا", "هذه", "ذلك", "تلك", "هولاء", "هءلاء", "لكنه", "لكنها", "لكنهم", "انه", "انها",
        "بدوره", "بدورها", "بدورهم", "كما", "اضافه", "ايضا",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "شدد", "شددت", "لفت", "لفتت", "اعتبر", "اعتبرت",
        "رحب", "رحبت", "ذكر", "ذكرت", "اعرب", "اعربت", "نفي", "نفت", "دعا", "دعت", "طالب", "طالبت", "اعلن", "اعلنت", "بين", "بينت",
        "افاد", "افادت", "صرح", "صرحت", "ابدي", "ابدت", "حذر", "حذرت", "كشف", "كشفت", "نقل", "نقلت",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "ان", "انه", "انها", "انهم", "الي", "علي", "في", "بان", "بانه", "بانها", "خلال", "ايضا", "كذلك", "لـ", "ل",
    };
}

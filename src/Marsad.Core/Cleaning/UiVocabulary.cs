using Marsad.Text;

namespace Marsad.Cleaning;

/// <summary>
/// Small closed classes of generic words the line rules look up, all stored as match keys (so hamza, taa marbuta and
/// case variants meet). These are words of web page furniture, dates and Arabic grammar, not phrases of any site.
/// </summary>
internal static class UiVocabulary
{
    /// <summary>Labels of share/print/follow/subscribe widgets and site navigation, Arabic and English.</summary>
    public static readonly HashSet<string> WidgetWords = Keys(
        "شارك", "شاركها", "شاركوا", "مشاركة", "المشاركة", "انشر", "نشر", "طباعة", "الطباعة", "اطبع", "طبع",
        "تابعنا", "تابعونا", "تابع", "اشترك", "اشتركوا", "الاشتراك", "اشتراك", "أرسل", "إرسال", "أرسله", "نسخ", "انسخ",
        "الرابط", "رابط", "حفظ", "احفظ", "المفضلة", "تعليق", "تعليقات", "التعليقات", "علق", "البريد", "الإلكتروني",
        "بريد", "فيسبوك", "فيس", "بوك", "تويتر", "إكس", "واتساب", "واتس", "تلغرام", "تيليغرام", "تلجرام", "لينكدإن",
        "إنستغرام", "انستغرام", "يوتيوب", "النشرة", "البريدية", "الإخبارية", "القائمة", "الرئيسية", "بحث", "ابحث",
        "دخول", "الدخول", "تسجيل", "الخروج", "المزيد", "إغلاق", "أغلق", "عودة", "العودة", "أعلى", "الصفحة", "التالي",
        "السابق", "الخط", "تكبير", "تصغير", "حجم", "النص", "إعجاب", "أعجبني",
        "share", "shares", "print", "follow", "subscribe", "email", "e-mail", "mail", "tweet", "facebook", "twitter",
        "whatsapp", "telegram", "linkedin", "instagram", "youtube", "copy", "link", "save", "comment", "comments",
        "newsletter", "sign", "login", "logout", "menu", "search", "home", "close", "more", "skip", "content",
        "navigation", "accessibility", "links", "top", "back", "next", "previous", "font", "size", "like", "reddit");

    /// <summary>Words that may sit between widget labels without making the line prose ("تابعنا على فيسبوك").</summary>
    public static readonly HashSet<string> WidgetFillers = Keys(
        "على", "عبر", "في", "إلى", "من", "و", "لنا", "مع", "هذا", "هذه", "الخبر", "المقال", "المقالة", "صفحتنا",
        "حسابنا", "قناتنا", "عن", "طريق", "us", "on", "via", "to", "the", "this", "article", "page", "in", "up", "by",
        "with", "and", "or", "a", "main", "story");

    /// <summary>Openers of "read also" boxes; a line starting with one of these (as a phrase) heads a list of links.</summary>
    public static readonly string[][] ReadAlsoOpeners = Phrases(
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ كذلك", "اقرأ المزيد", "اقرأ", "إقرأ أيضا", "للمزيد", "شاهد أيضا", "شاهد",
        "مواضيع ذات صلة", "مقالات ذات صلة", "أخبار ذات صلة", "ذات صلة", "المزيد من", "قد يهمك", "يهمك أيضا",
        "read more", "read also", "related", "see also", "more on", "more from", "you may also like", "recommended");

    /// <summary>Phrases of copyright lines.</summary>
    public static readonly string[][] CopyrightPhrases = Phrases(
        "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر", "الحقوق محفوظة", "all rights reserved", "copyright");

    /// <summary>Words of cookie notices: a cookie term plus a consent/policy word.</summary>
    public static readonly HashSet<string> CookieTerms = Keys(
        "cookie", "cookies", "الكوكيز", "كوكيز", "الارتباط", "ملفات");
    public static readonly HashSet<string> CookieConsentWords = Keys(
        "accept", "agree", "policy", "consent", "use", "we", "قبول", "أوافق", "موافق", "سياسة", "الخصوصية", "نستخدم",
        "يستخدم", "تستخدم", "تصفح", "تصفحك", "استخدامك", "بالاستمرار");

    /// <summary>Words that open an update/publish stamp, mapped to the metadata key they fill.</summary>
    public static readonly (string[] Phrase, string MetadataKey)[] StampOpeners =
    [
        (Phrase("آخر تحديث"), "updated"), (Phrase("تم التحديث"), "updated"), (Phrase("تاريخ التحديث"), "updated"),
        (Phrase("تحديث"), "updated"), (Phrase("محدث"), "updated"), (Phrase("حدث"), "updated"),
        (Phrase("last updated"), "updated"), (Phrase("updated"), "updated"), (Phrase("update"), "updated"),
        (Phrase("تاريخ النشر"), "published"), (Phrase("نشر بتاريخ"), "published"), (Phrase("نشر في"), "published"),
        (Phrase("نشر"), "published"), (Phrase("نشرت في"), "published"), (Phrase("منشور"), "published"),
        (Phrase("published"), "published"), (Phrase("posted"), "published"),
    ];

    /// <summary>Words a date or time may contain besides digits: months (Gregorian, Levantine, English), weekdays,
    /// day-part and time-zone words.</summary>
    public static readonly HashSet<string> DateWords = Keys(
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
        "أيلول", "تشرين", "الأول", "الثاني", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
        "الجمعة", "صباحا", "صباحاً", "مساء", "مساءً", "ظهرا", "ظهراً", "ص", "م", "بتوقيت", "توقيت", "غرينتش", "جرينتش",
        "مكة", "المكرمة", "القدس", "بيروت", "القاهرة", "الساعة", "ساعة", "في", "من", "عام", "هـ",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "gmt", "utc", "at", "on");

    /// <summary>Prepositions, particles, relative pronouns and construct words after which an Arabic sentence cannot
    /// stop: a line that ends with one of them was cut by a hard wrap.</summary>
    public static readonly HashSet<string> ContinuationWords = Keys(
        "في", "على", "من", "إلى", "الى", "عن", "مع", "حتى", "منذ", "بين", "عند", "لدى", "نحو", "ضد", "خلال", "بعد",
        "قبل", "حول", "دون", "عبر", "وفق", "وفقا", "رغم", "أن", "إن", "أنه", "أنها", "بأن", "لأن", "كي", "لكي", "التي",
        "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ما", "لا", "لم", "لن", "قد", "كان", "كانت", "و", "أو",
        "أم", "ثم", "بل", "لكن", "لكنه", "باسم", "بحسب", "حسب", "تحت", "فوق", "أمام", "وراء", "لصالح", "ضمن", "إثر",
        "جراء", "بسبب", "مثل", "كل", "بعض", "أي", "غير", "سوى", "لدى", "إزاء", "تجاه", "عبر", "بشأن", "حيال", "لمدة",
        "نحو", "عدة", "أحد", "إحدى", "وسط", "قرب", "بالقرب", "داخل", "خارج", "بينما", "حيث", "إذ", "إذا", "لو", "هل",
        "the", "of", "and", "to", "in", "for", "with", "a", "an", "by", "from", "on", "at");

    /// <summary>Whether a word (already a match key) is a continuation word, also with a leading و/ف (وفي، فمن).</summary>
    public static bool IsContinuationWord(string key)
    {
        if (ContinuationWords.Contains(key)) return true;
        return key.Length > 1 && (key[0] == ArabicLetters.Waw || key[0] == ArabicLetters.Feh) &&
               ContinuationWords.Contains(key[1..]);
    }

    /// <summary>Whether <paramref name="words"/> (match keys) begin with <paramref name="phrase"/>.</summary>
    public static bool StartsWithPhrase(IReadOnlyList<string> words, string[] phrase)
    {
        if (words.Count < phrase.Length) return false;
        for (int i = 0; i < phrase.Length; i++)
            if (words[i] != phrase[i]) return false;
        return true;
    }

    /// <summary>Whether <paramref name="words"/> contain <paramref name="phrase"/> as consecutive words.</summary>
    public static bool ContainsPhrase(IReadOnlyList<string> words, string[] phrase)
    {
        for (int s = 0; s + phrase.Length <= words.Count; s++)
        {
            bool all = true;
            for (int i = 0; i < phrase.Length && all; i++) all = words[s + i] == phrase[i];
            if (all) return true;
        }
        return false;
    }

    private static HashSet<string> Keys(params string[] words) =>
        new(words.Select(w => MatchKeyNormalizer.Normalize(w)), StringComparer.Ordinal);

    private static string[] Phrase(string phrase) =>
        phrase.Split(' ').Select(w => LineFeatures.WordKey(w)).ToArray();

    // Longest first, so that "اقرأ أيضا" wins over "اقرأ".
    private static string[][] Phrases(params string[] phrases) =>
        phrases.Select(Phrase).OrderByDescending(p => p.Length).ToArray();
}

using Marsad.Text;

namespace Marsad.Cleaning;

/// <summary>
/// A publish or update stamp such as "تحديث 16:45 ت.غ", "آخر تحديث: 3 مايو 2024" or "Published 10:12 GMT":
/// an opener word, optional ":" / "-" / "في", then a value that is only a date or time (digits, separators, month,
/// weekday, day-part and time-zone words, or short abbreviations such as ت.غ). A sentence that happens to start with
/// "نشر" is not a stamp, because its remainder has ordinary words.
/// </summary>
internal static class UpdateStamp
{
    private const int MaxWords = 12;

    /// <summary>Parses a stamp line into its metadata key ("updated" or "published") and the value as written.</summary>
    public static bool TryParse(string line, in LineFeatures f, out string key, out string value)
    {
        key = value = "";
        if (f.WordCount is 0 or > MaxWords || f.Digits == 0) return false;

        string[] words = LineFeatures.Words(line);
        string[] wordKeys = words.Select(LineFeatures.WordKey).ToArray();
        foreach (var (phrase, metadataKey) in UiVocabulary.StampOpeners)
        {
            if (!UiVocabulary.StartsWithPhrase(wordKeys, phrase)) continue;
            int rest = phrase.Length;
            string remainder = string.Join(' ', words, rest, words.Length - rest).TrimStart(':', '-', '–', '—', ' ');
            if (remainder.Length == 0 || !IsDateOrTime(remainder)) return false;
            key = metadataKey;
            value = remainder;
            return true;
        }
        return false;
    }

    private static bool IsDateOrTime(string text)
    {
        bool anyDigit = false;
        foreach (string word in LineFeatures.Words(text))
        {
            bool hasDigit = false, hasLetter = false;
            foreach (char c in word)
            {
                if (ArabicChars.IsDigit(c)) hasDigit = true;
                else if (char.IsLetter(c)) hasLetter = true;
            }
            anyDigit |= hasDigit;
            if (hasDigit || !hasLetter) continue;
            string key = LineFeatures.WordKey(word);
            if (UiVocabulary.DateWords.Contains(key)) continue;
            // Abbreviations of time zones and eras: ت.غ (dotted), GMT (capitals), هـ (one or two letters).
            int letters = CountLetters(word);
            if (letters <= 2 || (letters <= 4 && (word.Contains('.') || word.All(c => !char.IsLetter(c) || char.IsUpper(c)))))
                continue;
            return false;
        }
        return anyDigit;
    }

    private static int CountLetters(string word)
    {
        int n = 0;
        foreach (char c in word) if (char.IsLetter(c)) n++;
        return n;
    }
}

using System.Globalization;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;

namespace Marsad.Stories;

/// <summary>
/// A minimal number+unit finder, standing in for the numbers annotator (Marsad.Annotation.Numbers) until it lands:
/// digits or a cardinal word (ثلاثين، أربع، ألفي), an optional multiplier (آلاف، مليون), optionally من, then the counted
/// noun, whose light stem is the unit. Years, clock times, dates (a month name after the number) and numbers that name
/// rather than count (قرار 2254, اللواء 104) are skipped.
/// </summary>
public sealed class ArabicNumberFinder : INumberFacts
{
    public static ArabicNumberFinder Instance { get; } = new();

    public IReadOnlyList<NumberFact> Find(string text)
    {
        var tokens = new List<Token>();
        ArabicTokenizer.Tokenize(text, tokens);
        var keys = tokens.ConvertAll(t => t.Kind is TokenKind.ArabicWord or TokenKind.Number
            ? MatchKeyNormalizer.Normalize(text.Substring(t.Start, t.Length)) : "");
        var facts = new List<NumberFact>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!TryValue(tokens[i], keys[i], out double value)) continue;
            if (i > 0 && Naming.Contains(Bare(keys[i - 1]))) continue;
            int j = i + 1;
            if (j < tokens.Count && Multipliers.TryGetValue(Bare(keys[j]), out double times)) { value *= times; j++; }
            if (j < tokens.Count && keys[j] == "من") j++;
            if (j >= tokens.Count || tokens[j].Kind != TokenKind.ArabicWord) continue;
            string unitKey = keys[j];
            if (unitKey.Length < 2 || VocabularyStops.Contains(unitKey) || Months.Contains(Bare(unitKey))) continue;
            if (tokens[i].Kind == TokenKind.Number && keys[i].Contains(':')) continue;
            string unit = LightStemmer.Stem(unitKey);
            bool approximate = false;
            int start = tokens[i].Start;
            for (int b = i - 1; b >= Math.Max(0, i - 2); b--)
                if (Approximations.Contains(Bare(keys[b]))) { approximate = true; start = tokens[b].Start; break; }
            facts.Add(new NumberFact(start, tokens[j].End, value, unit, approximate));
            i = j;
        }
        return facts;
    }

    private static bool TryValue(Token token, string key, out double value)
    {
        value = 0;
        if (token.Kind == TokenKind.Number)
        {
            if (key.EndsWith('%')) return false;
            return double.TryParse(key.Replace(",", "").Replace("٫", "."), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
        return token.Kind == TokenKind.ArabicWord && Cardinals.TryGetValue(Bare(key), out value);
    }

    /// <summary>The key without one conjunction or preposition prefix when the rest is a listed word (وأربع، بألفي).</summary>
    private static string Bare(string key)
    {
        if (key.Length > 3 && key[0] is 'و' or 'ب' or 'ل' or 'ف')
        {
            var rest = key[1..];
            if (Cardinals.ContainsKey(rest) || Multipliers.ContainsKey(rest) || Approximations.Contains(rest)) return rest;
        }
        return key;
    }

    private static readonly Dictionary<string, double> Cardinals = new(StringComparer.Ordinal)
    {
        // واحد and اثنان follow their noun (قرية واحدة), so as a word before a noun they never count it.
        ["ثلاث"] = 3, ["ثلاثه"] = 3, ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5, ["ست"] = 6, ["سته"] = 6,
        ["سبع"] = 7, ["سبعه"] = 7, ["ثماني"] = 8, ["ثمانيه"] = 8, ["تسع"] = 9, ["تسعه"] = 9, ["عشر"] = 10, ["عشره"] = 10,
        ["عشرون"] = 20, ["عشرين"] = 20, ["ثلاثون"] = 30, ["ثلاثين"] = 30, ["اربعون"] = 40, ["اربعين"] = 40,
        ["خمسون"] = 50, ["خمسين"] = 50, ["ستون"] = 60, ["ستين"] = 60, ["سبعون"] = 70, ["سبعين"] = 70,
        ["ثمانون"] = 80, ["ثمانين"] = 80, ["تسعون"] = 90, ["تسعين"] = 90, ["مءه"] = 100, ["مئه"] = 100, ["مايه"] = 100, ["مائه"] = 100,
        ["ميه"] = 100, ["مءتان"] = 200, ["ميتان"] = 200, ["ميتين"] = 200, ["مايتان"] = 200, ["مايتين"] = 200,
        ["الف"] = 1000, ["الفان"] = 2000, ["الفين"] = 2000, ["الفي"] = 2000, ["مليون"] = 1e6, ["مليونان"] = 2e6,
        ["مليونين"] = 2e6, ["مليوني"] = 2e6, ["مليار"] = 1e9,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.Ordinal)
    {
        ["الف"] = 1000, ["الاف"] = 1000, ["مليون"] = 1e6, ["ملايين"] = 1e6, ["مليار"] = 1e9, ["مليارات"] = 1e9,
    };

    private static readonly HashSet<string> Approximations = new(StringComparer.Ordinal)
    {
        "نحو", "حوالي", "قرابه", "زهاء", "يقارب", "يقرب", "تقريبا", "اكثر", "اقل", "اكثرمن",
    };

    /// <summary>Words before a number that make it a name or a rank, not a count.</summary>
    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal)
    {
        "قرار", "القرار", "رقم", "اللواء", "لواء", "الفرقه", "الماده", "ماده", "عام", "العام", "سنه", "السنه", "الساعه",
        "الطريق", "طريق", "الفقره", "المرسوم", "القانون", "قانون",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "يونيه", "يوليه",
    };

    private static readonly HashSet<string> VocabularyStops = StoryVocabulary.FunctionWords;
}

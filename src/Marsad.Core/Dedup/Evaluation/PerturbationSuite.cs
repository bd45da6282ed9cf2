using System.Text;

namespace Marsad.Dedup.Evaluation;

/// <summary>One generated document: <paramref name="Base"/> is the article it was derived from.</summary>
public sealed record SuiteDocument(string Id, string Text, int Base, string Perturbations);

/// <summary>
/// Builds a near-duplicate test collection from a sentence corpus (ANERcorp's one-token-a-line format): articles of
/// ~20 consecutive sentences from random offsets (so unrelated articles sometimes overlap, as real news does), each
/// followed by perturbed copies. Perturbations: delete or insert sentences, swap orthographic variants (ا/أ/إ, ة/ه,
/// ي/ى), add furniture lines, reorder paragraphs, truncate. Everything comes from one seeded <see cref="Random"/>.
/// </summary>
public static class PerturbationSuite
{
    public const int DefaultSeed = 20240501;

    static readonly string[] Furniture =
    [
        "اقرأ أيضا", "شارك هذا المقال", "تابعونا على تويتر وفيسبوك", "جميع الحقوق محفوظة ٢٠٢٤", "آخر تحديث: ١٤:٣٠",
        "الأكثر قراءة", "إعلان", "اشترك في النشرة البريدية", "طباعة", "حجم الخط",
    ];

    /// <summary>Sentences of an ANERcorp-style file: tokens (first column) joined by spaces, one sentence per blank-line block.</summary>
    public static List<string> ReadSentences(string path)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Length > 0) { sentences.Add(current.ToString()); current.Clear(); }
                continue;
            }
            int space = line.IndexOf(' ');
            if (current.Length > 0) current.Append(' ');
            current.Append(space > 0 ? line[..space] : line);
        }
        if (current.Length > 0) sentences.Add(current.ToString());
        return sentences;
    }

    /// <summary><paramref name="documents"/> documents: one fifth originals, each followed by four perturbed copies.</summary>
    public static List<SuiteDocument> Build(IReadOnlyList<string> sentences, int documents = 10_000, int seed = DefaultSeed, int sentencesPerArticle = 20)
    {
        var random = new Random(seed);
        var result = new List<SuiteDocument>(documents);
        int bases = (documents + 4) / 5;
        for (int b = 0; b < bases && result.Count < documents; b++)
        {
            int start = random.Next(0, Math.Max(1, sentences.Count - sentencesPerArticle));
            var article = sentences.Skip(start).Take(sentencesPerArticle).ToList();
            result.Add(new SuiteDocument($"b{b:D5}", Render(article, random, 4), b, "original"));
            for (int c = 1; c <= 4 && result.Count < documents; c++)
            {
                var copy = new List<string>(article);
                var applied = new List<string>();
                int operations = random.Next(1, 4);
                bool swap = false, furniture = false;
                for (int o = 0; o < operations; o++)
                {
                    switch (random.Next(6))
                    {
                        case 0:
                            int deletions = random.Next(1, 4);
                            for (int d = 0; d < deletions && copy.Count > 1; d++) copy.RemoveAt(random.Next(copy.Count));
                            applied.Add($"delete{deletions}");
                            break;
                        case 1:
                            int insertions = random.Next(1, 4);
                            for (int d = 0; d < insertions; d++) copy.Insert(random.Next(copy.Count + 1), sentences[random.Next(sentences.Count)]);
                            applied.Add($"insert{insertions}");
                            break;
                        case 2: swap = true; applied.Add("orthography"); break;
                        case 3: furniture = true; applied.Add("furniture"); break;
                        case 4:
                            var paragraphs = copy.Chunk(4).ToList();
                            Shuffle(paragraphs, random);
                            copy = paragraphs.SelectMany(p => p).ToList();
                            applied.Add("reorder");
                            break;
                        case 5:
                            int keep = Math.Max(1, (int)Math.Round(copy.Count * (0.6 + 0.35 * random.NextDouble())));
                            copy = copy.Take(keep).ToList();
                            applied.Add("truncate");
                            break;
                    }
                }
                if (swap) copy = copy.Select(s => SwapOrthography(s, random)).ToList();
                string text = Render(copy, random, 4);
                if (furniture)
                {
                    int lines = random.Next(1, 4);
                    for (int l = 0; l < lines; l++)
                    {
                        string line = Furniture[random.Next(Furniture.Length)];
                        text = random.Next(2) == 0 ? line + "\n\n" + text : text + "\n\n" + line;
                    }
                }
                result.Add(new SuiteDocument($"b{b:D5}c{c}", text, b, string.Join("+", applied)));
            }
        }
        return result;
    }

    static string Render(List<string> sentences, Random random, int perParagraph) =>
        string.Join("\n\n", sentences.Chunk(perParagraph).Select(p => string.Join(random.Next(4) == 0 ? "  " : " ", p)));

    /// <summary>Rewrites spelling the way sites disagree: initial ا/أ/إ, final ة/ه and final ي/ى.</summary>
    static string SwapOrthography(string sentence, Random random)
    {
        var chars = sentence.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool wordStart = i == 0 || chars[i - 1] == ' ', wordEnd = i == chars.Length - 1 || chars[i + 1] == ' ';
            if (random.Next(3) != 0) continue;
            char c = chars[i];
            if (wordStart && (c == 'ا' || c == 'أ' || c == 'إ')) chars[i] = "اأإ"[random.Next(3)];
            else if (wordEnd && (c == 'ة' || c == 'ه')) chars[i] = c == 'ة' ? 'ه' : 'ة';
            else if (wordEnd && (c == 'ي' || c == 'ى')) chars[i] = c == 'ي' ? 'ى' : 'ي';
        }
        return new string(chars);
    }

    static void Shuffle<T>(List<T> list, Random random)
    {
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}

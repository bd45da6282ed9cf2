using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Roles;

/// <summary>
/// A title found on a person: the person's name range, the title ("متحدث باسم"، "كولونيل"، "وزير الدفاع الأميركي")
/// and the range of the entity it is held in (OfStart &lt; 0 when none is named). Ranges are character offsets.
/// </summary>
public sealed record RoleFinding(int PersonStart, int PersonEnd, string Title, int OfStart, int OfEnd)
{
    public bool HasOf => OfStart >= 0;
}

/// <summary>
/// Finds titles and appositions: a chain of titles before a name (قائد اللواء 104 العميد فلان؛ المتحدث باسم X فلان)
/// or one after it (فلان المتحدث باسم X). A title is a rank, or a head with its adjectives (الناطقة الرسمية،
/// المبعوث الأمريكي) and its complement: باسم X، في X، لـX or, for construct heads, X itself (قائد X). X is the
/// mention or actor starting there, a quoted name, or the words up to the person's name; it counts as an
/// organisation when it is a mention, quoted, opens with an organisation noun (مجلس، قوات، عاصفة…) or follows
/// باسم; otherwise its words stay in the title (رئيس الوزراء العراقي). The person is a PER mention where one is,
/// else another mention or 1–3 words that are not common words.
/// </summary>
public static class RoleExtractor
{
    private const int MaxComplementWords = 6;

    public static IReadOnlyList<RoleFinding> Find(DocumentWords words, IReadOnlyList<(int Start, int End, EntityType Type)> mentions, ArabicLexicon? lexicon = null)
    {
        lexicon ??= ArabicLexicon.Default;
        var context = new Context(words, mentions, lexicon);
        var findings = new List<RoleFinding>();
        for (int i = 0; i < words.Count;)
        {
            if (!words.IsArabic(i) || !RoleTitles.IsTitleWord(words.Keys[i]) || context.InsidePerson(i)) { i++; continue; }
            int next = context.ParseChain(i, findings);
            i = Math.Max(i + 1, next);
        }
        return findings;
    }

    private sealed class Context
    {
        private readonly DocumentWords words;
        private readonly ArabicLexicon lexicon;
        // Start token → (end token, type, character range) of the longest mention starting there.
        private readonly Dictionary<int, (int End, EntityType Type, int Start, int EndChar)> mentionAt = [];
        private readonly bool[] insidePerson;

        public Context(DocumentWords words, IReadOnlyList<(int Start, int End, EntityType Type)> mentions, ArabicLexicon lexicon)
        {
            this.words = words;
            this.lexicon = lexicon;
            insidePerson = new bool[words.Count];
            foreach (var (start, end, type) in mentions)
            {
                int first = words.TokenAt(start);
                if (first < words.Count && words.Tokens[first].Start > start && first > 0) first--;
                int last = words.TokenEndAt(end);
                if (last <= first) continue;
                if (!mentionAt.TryGetValue(first, out var known) || known.End < last) mentionAt[first] = (last, type, start, end);
                if (type == EntityType.Person) for (int t = first; t < last; t++) insidePerson[t] = true;
            }
        }

        public bool InsidePerson(int token) => insidePerson[token];

        /// <summary>Parses the titles from <paramref name="i"/>, adds their findings, returns the token after the chain.</summary>
        public int ParseChain(int i, List<RoleFinding> findings)
        {
            var titles = new List<(string Title, int OfStart, int OfEnd)>();
            int k = i;
            (int Start, int End)? person = null;
            while (true)
            {
                var (title, ofStart, ofEnd, next, personInside) = ParseTitle(k);
                titles.Add((title, ofStart, ofEnd));
                k = SkipBracketed(next);
                if (personInside is not null) { person = personInside; break; }
                if (k < words.Count && words.IsArabic(k) && RoleTitles.IsTitleWord(words.Keys[k]) && !insidePerson[k]) continue;
                break;
            }
            person ??= NameAt(k < words.Count && words.IsComma(k) ? k + 1 : k) ?? NameAfterComma(k) ?? NameBefore(i);
            if (person is not { } p) return k;
            int personStart = words.Tokens[p.Start].Start, personEnd = words.Tokens[p.End - 1].End;
            foreach (var (title, ofStart, ofEnd) in titles)
                findings.Add(new RoleFinding(personStart, personEnd, title, ofStart, ofEnd));
            return Math.Max(k, p.End);
        }

        private (string Title, int OfStart, int OfEnd, int Next, (int, int)? Person) ParseTitle(int i)
        {
            string head = RoleTitles.Bare(words.Keys[i]);
            var title = new List<string> { BareSurface(i) };
            if (RoleTitles.Ranks.Contains(head) && !RoleTitles.Heads.Contains(head)) return (title[0], -1, -1, i + 1, null);
            int j = i + 1;
            bool portfolio = RoleTitles.PortfolioHeads.Contains(head);
            if (portfolio && j < words.Count && words.IsArabic(j) && !RoleTitles.IsTitleWord(words.Keys[j])) title.Add(words.Surface(j++));
            int adjectives = 0;
            while (adjectives < 2 && j < words.Count && words.IsArabic(j) && IsTitleAdjective(words.Keys[j]))
            {
                title.Add(portfolio ? words.Surface(j) : BareSurface(j));
                j++;
                adjectives++;
            }
            int of = -1;
            bool mustBeEntity = false;
            if (j < words.Count && words.IsArabic(j))
            {
                string key = words.Keys[j];
                if (key == "باسم") { title.Add(words.Surface(j)); of = j + 1; mustBeEntity = true; }
                else if (key == "في") { title.Add(words.Surface(j)); of = j + 1; }
                else if (key.Length > 3 && key[0] == 'ل' && (key[1] == 'ل' || mentionAt.ContainsKey(j))) of = j;
                else if (!portfolio && adjectives == 0 && RoleTitles.ConstructHeads.Contains(head) && !RoleTitles.IsTitleWord(key) && !insidePerson[j]) of = j;
                else if (!portfolio && adjectives == 0 && RoleTitles.ConstructHeads.Contains(head) && OpensOrganisation(key)) of = j;
            }
            if (of < 0 || of >= words.Count) return (string.Join(' ', title), -1, -1, j, null);
            var (ofStart, ofEnd, next, isEntity, person) = Complement(of, mustBeEntity);
            if (ofStart < 0) return (string.Join(' ', title), -1, -1, of, person);
            if (!isEntity)
            {
                // Not a named body: the complement belongs to the title itself (رئيس الوزراء العراقي).
                int first = words.TokenAt(ofStart), last = words.TokenEndAt(ofEnd);
                if (last - first > 3) return (string.Join(' ', title), -1, -1, next, person);
                for (int t = first; t < last; t++) title.Add(words.Surface(t));
                return (string.Join(' ', title), -1, -1, next, person);
            }
            return (string.Join(' ', title), ofStart, ofEnd, next, person);
        }

        /// <summary>The complement from token <paramref name="of"/>: its character range, the token after it, whether it names an entity, and a person found right after it inside the same run.</summary>
        private (int Start, int End, int Next, bool IsEntity, (int, int)? Person) Complement(int of, bool mustBeEntity)
        {
            if (words.IsQuote(of) || words.IsOpeningBracket(of))
            {
                int close = of + 1;
                while (close < words.Count && close - of <= MaxComplementWords + 1 && !words.IsQuote(close) && !words.IsClosingBracket(close)) close++;
                if (close >= words.Count || close == of + 1 || close - of > MaxComplementWords + 1) return (-1, -1, of, false, null);
                return (words.Tokens[of + 1].Start, words.Tokens[close - 1].End, close + 1, true, null);
            }
            if (mentionAt.TryGetValue(of, out var mention) && mention.Type != EntityType.Person)
                return (mention.Start, mention.EndChar, mention.End, true, null);
            int end = of;
            while (end < words.Count && end - of < MaxComplementWords && (words.IsWord(end)) && !IsStopWord(end, end == of)) end++;
            if (end == of) return (-1, -1, of, false, null);
            // The person named after the complement: the last person mention starting inside the run.
            (int, int)? person = null;
            for (int t = end - 1; t > of; t--)
                if (mentionAt.TryGetValue(t, out var m) && m.Type == EntityType.Person) { person = (t, m.End); end = t; break; }
            bool isEntity = mustBeEntity || OpensOrganisation(words.Keys[of]);
            for (int t = of; t < end && !isEntity; t++) isEntity = mentionAt.ContainsKey(t);
            return (words.Tokens[of].Start, words.Tokens[end - 1].End, end, isEntity, person);
        }

        private bool IsStopWord(int token, bool first)
        {
            string key = words.Keys[token];
            if (lexicon.Lookup(key).IsFunction) return true;
            if (RoleTitles.IsTitleWord(key)) return !(first && OpensOrganisation(key));
            return false;
        }

        private static bool OpensOrganisation(string key)
        {
            foreach (var (reading, _) in DocumentWords.CliticReadings(key))
                if (RoleTitles.OrganisationNouns.Contains(RoleTitles.Bare(reading))) return true;
            return false;
        }

        private static bool IsTitleAdjective(string key)
        {
            if (!key.StartsWith("ال", StringComparison.Ordinal)) return false;
            string bare = key[2..];
            if (RoleTitles.TitleAdjectives.Contains(bare)) return true;
            // A nisba adjective (الأمريكي، الأميركية) that is not itself a title or an organisation noun.
            return bare.Length >= 4 && (bare.EndsWith('ي') || bare.EndsWith("يه", StringComparison.Ordinal))
                && !RoleTitles.Heads.Contains(bare) && !RoleTitles.OrganisationNouns.Contains(bare);
        }

        private int SkipBracketed(int k)
        {
            // An abbreviation in quotes or brackets after the complement: «قسد»، (قسد).
            if (k >= words.Count || !(words.IsQuote(k) || words.IsOpeningBracket(k))) return k;
            for (int t = k + 1; t < words.Count && t - k <= 4; t++)
                if (words.IsQuote(t) || words.IsClosingBracket(t)) return t + 1;
            return k;
        }

        private (int, int)? NameAt(int k)
        {
            if (k >= words.Count) return null;
            if (mentionAt.TryGetValue(k, out var m))
            {
                if (m.Type == EntityType.Person) return (k, m.End);
                bool allNames = true;
                for (int t = k; t < m.End && allNames; t++) allNames = words.IsArabic(t) && !RoleTitles.IsCommonWord(words.Keys[t], lexicon);
                return allNames ? (k, m.End) : null;
            }
            int end = k;
            while (end < words.Count && end - k < 3 && words.IsArabic(end) && !RoleTitles.IsCommonWord(words.Keys[end], lexicon)
                   && !(end == k && words.Keys[end].StartsWith("ال", StringComparison.Ordinal) && lexicon.Contains(words.Keys[end])))
                end++;
            return end > k ? (k, end) : null;
        }

        private (int, int)? NameAfterComma(int k)
        {
            for (int t = k; t < words.Count && t - k < 4; t++)
            {
                if (words.IsComma(t)) return t > k ? NameAt(t + 1) : null;
                if (!words.IsWord(t)) return null;
            }
            return null;
        }

        private (int, int)? NameBefore(int i)
        {
            int end = i > 0 && words.IsComma(i - 1) ? i - 1 : i;
            foreach (var (start, m) in mentionAt)
                if (m.End == end && m.Type == EntityType.Person) return (start, m.End);
            return null;
        }

        /// <summary>The word's surface without a leading و/ف and article: المتحدث → متحدث.</summary>
        private string BareSurface(int token)
        {
            string key = words.Keys[token], surface = words.Surface(token);
            int letters = 0;
            if (key.Length > 3 && (key[0] == 'و' || key[0] == 'ف') && key[1] == 'ا' && key[2] == 'ل') letters = 3;
            else if (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal)) letters = 2;
            return surface[DocumentWords.OffsetAfterLetters(surface, letters)..];
        }
    }
}

using Marsad.Entities.Geo;
using Marsad.Entities.Recognition;
using Marsad.Entities.Roles;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokens;

namespace Marsad.Entities.Resolution;

/// <summary>The entities of one document, with the names of each that may be matched across documents
/// (<see cref="IndexedNames"/>, parallel to <see cref="Entities"/>: full names, not partial ones like سلو for طلال سلو).</summary>
public sealed record DocumentEntities(string DocumentId, IReadOnlyList<Entity> Entities, IReadOnlyList<IReadOnlyList<string>> IndexedNames);

/// <summary>
/// Turns a document's mentions into entities. The order of the steps matters:
/// <list type="number">
/// <item>tagger mentions are cleaned: leading titles and proclitics come off (الكولونيل ريان ديلون → ريان ديلون);</item>
/// <item>actor-file aliases are found in the text and win over the tagger's mentions they overlap;</item>
/// <item>titles and appositions give persons (also ones the tagger missed or mistyped) and the bodies they serve in;</item>
/// <item>partial mentions are completed by a longer name of the document they begin (دير → دير الزور), and one
/// name's type is the majority of its mentions' types;</item>
/// <item>names are grouped: same actor, or same name by <see cref="NameVariants.SameName"/>; then a person's partial
/// name joins the one full name of the document it begins or ends (سلو → طلال سلو); handles and Latin names join the
/// person they spell (<see cref="LatinNames"/>).</item>
/// </list>
/// Different actors, types or names never merge; a name inside another (دير الزور in مجلس دير الزور العسكري) is not it.
/// </summary>
public sealed partial class EntityResolver
{
    private static readonly Lazy<EntityResolver> LazyDefault = new(() => new EntityResolver());

    private readonly ActorCatalog actors;
    private readonly ArabicLexicon lexicon;
    private readonly Gazetteer gazetteer;
    private readonly NameVariants variants;
    private readonly NonNames nonNames;
    private readonly KnownPlaceNames places;

    public EntityResolver(ActorCatalog? actors = null, ArabicLexicon? lexicon = null, Gazetteer? gazetteer = null)
    {
        this.actors = actors ?? ActorCatalog.Default;
        this.lexicon = lexicon ?? ArabicLexicon.Default;
        this.gazetteer = gazetteer ?? Gazetteer.Embedded;
        places = new KnownPlaceNames(this.gazetteer);
        bool embedded = lexicon is null && gazetteer is null;
        variants = embedded ? NameVariants.Default : new NameVariants(this.lexicon, this.gazetteer);
        nonNames = embedded ? NonNames.Default : new NonNames(this.lexicon, this.gazetteer);
    }

    /// <summary>The resolver with the embedded actors file and lexicon.</summary>
    public static EntityResolver Default => LazyDefault.Value;

    public ActorCatalog Actors => actors;

    /// <summary>Candidate mention: a range, its type, its actor, and the name it stands for.</summary>
    private sealed class Candidate(int start, int end, EntityType type, string name)
    {
        public int Start = start, End = end;
        public EntityType Type = type;
        public string Name = name;
        public string? ActorId;
        public bool Weak;      // a partial name or a handle: kept on the entity, not indexed across documents
        public string[] Words = NameKeys.Words(name);
        public void Rename(string name) { Name = name; Words = NameKeys.Words(name); }
    }

    /// <summary>Resolves a document's mentions (tagger output over <paramref name="tokens"/> of <paramref name="text"/>) into entities.</summary>
    public DocumentEntities ResolveDocument(string documentId, string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var words = new DocumentWords(text, tokens);
        var candidates = new List<Candidate>();
        foreach (var mention in mentions)
            if (Cleaned(words, mention) is { } candidate) candidates.Add(candidate);

        foreach (var match in actors.FindIn(words))
        {
            var actor = actors.Find(match.ActorId)!;
            candidates.RemoveAll(c => c.ActorId is null && c.Start < match.End && match.Start < c.End);
            candidates.Add(new Candidate(match.Start, match.End, actor.Type, match.Text) { ActorId = actor.Id });
        }

        var roleFindings = RoleExtractor.Find(words, [.. candidates.Select(c => (c.Start, c.End, c.Type))], lexicon);
        var roles = ApplyRoles(text, candidates, roleFindings);

        Complete(words, candidates);
        Propagate(words, candidates);
        VoteTypes(words, candidates);
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        candidates = RemoveNested(candidates);

        var groups = Group(candidates);
        (candidates, groups) = DropLoneCommonWords(candidates, groups);
        groups = AddHandles(words, candidates, groups);
        return Build(documentId, text, candidates, groups, roles);
    }

    /// <summary>A tagger mention without leading title words and proclitics; null when nothing of a name is left.</summary>
    private Candidate? Cleaned(DocumentWords words, EntityMention mention)
    {
        int first = words.TokenAt(mention.Start), last = words.TokenEndAt(mention.End);
        while (first < last && (!words.IsWord(first) || (words.IsArabic(first) && RoleTitles.IsTitleWord(words.Keys[first])))) first++;
        while (last > first && !words.IsWord(last - 1)) last--;
        // The side of a place is that place (الغربية للفرات، الشرقية لحلب): the direction comes off, the ل after it too.
        if (mention.Type == EntityType.Location && last - first >= 2 && words.IsArabic(first) && Geocoder.IsDirectionAdjectiveKey(words.Keys[first])
            && words.IsArabic(first + 1) && words.Keys[first + 1] is { Length: > 2 } placeWord && placeWord[0] == 'ل')
            first++;
        // A person's name that runs on into the title or the formula after it (محمد بن نايف ولي [العهد]، … أيده الله),
        // or into a word with a preposition, which no name part carries (سلمان للإغاثة، سلمان بالدوادمي).
        while (mention.Type == EntityType.Person && last - first >= 2 && words.IsArabic(last - 1) && EndsNoName(words.Keys[last - 1])) last--;
        // A place's or body's name that runs on into the title of the person after it (دولة الإمارات الشيخ …).
        while (mention.Type is EntityType.Location or EntityType.Organization && last - first >= 2 && words.IsArabic(last - 1)
               && TitlesAfterNames.Contains(RoleTitles.Bare(words.Keys[last - 1]))) last--;
        // The tagger often leaves an organisation's head word out of its name (جامعة [تبوك]، وزارة [الداخلية]، نادي [تشيلسي]):
        // without it the university is the city, the ministry a common word, the club a place.
        var type = mention.Type;
        bool adjacent = first > 0 && first < last && words.IsArabic(first - 1) && words.Tokens[first].Start - words.Tokens[first - 1].End <= 1;
        var before = adjacent ? Triggers.ClassifyWord(words.Keys[first - 1]) : TriggerClass.None;
        // Only a head in construct with the name (جامعة تبوك), not a noun of its own with the article (القوات لنهر الفرات);
        // a place after the head of a body built on it stays a place (مجلس [الرقة] العسكري), unless the head only says
        // what the name is (نادي [تشيلسي]).
        if (adjacent && !HasArticle(words.Keys[first - 1])
            && ((type == EntityType.Organization && (before == TriggerClass.OrganizationHead || IsOrganizationDesignator(words.Keys[first - 1])))
                || (type == EntityType.Location && IsOrganizationDesignator(words.Keys[first - 1]))))
        {
            first--;
            type = EntityType.Organization;
        }
        // A name right after a place head is a place, whatever the tagger made of it (منطقة [عسير] read as a person); not
        // after ولاية ("term of office": ولاية أوباما) or دولة (a prime minister's style: دولة [رئيس الوزراء]).
        else if (before == TriggerClass.PlaceHead && type == EntityType.Person && !HasArticle(words.Keys[first - 1])
                 && !words.Keys[first - 1].EndsWith("ولايه", StringComparison.Ordinal) && !words.Keys[first - 1].EndsWith("دوله", StringComparison.Ordinal))
            type = EntityType.Location;
        if (first >= last) return null;
        int start = words.Tokens[first].Start, end = words.Tokens[last - 1].End;
        string prefix = "";
        if (words.IsArabic(first))
        {
            var surface = words.Text.AsSpan(start, words.Tokens[first].Length);
            var split = CliticSegmenter.Segment(surface, lexicon);
            string proclitic = MatchKeyNormalizer.Normalize(new string(split.Proclitic(surface)));
            // The future marker س never stands before a name (سيلو is a name, not س + يلو), and a name's first
            // letter may look like a clitic (بيلو): the proclitic comes off only when the rest is an article word
            // or stands alone elsewhere in the document (وسوريا … سوريا), or is a name the gazetteer knows (ولبنان).
            string stem = MatchKeyNormalizer.Normalize(new string(split.Stem(surface)));
            bool stemStands = stem.StartsWith("ال", StringComparison.Ordinal) || proclitic.EndsWith("لل", StringComparison.Ordinal)
                || words.HasWord(stem) || words.HasWord("ال" + stem)
                || (stem.Length >= 3 && last - first == 1 && places.Contains(stem))
                || (proclitic.EndsWith("ال", StringComparison.Ordinal) && stem.Length >= 2 && places.Contains("ال" + stem))
                // A place head is a noun, never a name's first letters (لنهر الفرات، بمحافظة حلب).
                || (last - first > 1 && Triggers.ClassifyWord(stem) is TriggerClass.PlaceHead or TriggerClass.OrganizationHead);
            if (split.ProcliticLength > 0 && !proclitic.Contains('س') && stemStands)
            {
                if (proclitic.EndsWith("ال", StringComparison.Ordinal)) start += DocumentWords.OffsetAfterLetters(surface, proclitic.Length - 2);
                else if (proclitic.EndsWith("لل", StringComparison.Ordinal)) { start += split.ProcliticLength; prefix = "ال"; }
                else start += split.ProcliticLength;
            }
            // A name the dictionary cannot segment (لسيب بلاتر، وجازان، بالدمام): one conjunction or preposition letter
            // comes off when the rest of the word stands alone elsewhere in the document or is a place the gazetteer
            // knows.
            else if (split.ProcliticLength == 0 && words.Keys[first] is { Length: > 3 } key && key[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك'
                     && (words.HasWord(key[1..]) || (key.Length > 4 && places.Contains(key[1..]))))
                start += DocumentWords.OffsetAfterLetters(surface, 1);
        }
        if (end - start < 2) return null;
        // A head word alone names nothing (الريف، المدينة، الوزارة): the tagger took the head of a name without it.
        if (last - first == 1 && words.IsArabic(first) && IsHeadWord(ArticleStripped(MatchKeyNormalizer.Normalize(words.Text[start..end]))))
            return null;
        var candidate = new Candidate(start, end, type, prefix + words.Text[start..end]);
        if (type == EntityType.Location && candidate.Words.Length == 1 && IsWordNotPlace(candidate.Words[0])) return null;
        return nonNames.IsNonName(candidate.Words) ? null : candidate;
    }

    /// <summary>
    /// A one-word name that is also a frequent common word (صالح، الأسد، أعداد) stays only when it joined a longer name
    /// of the document (الأسد with بشار الأسد): alone, the tagger more often took the word than a name.
    /// </summary>
    private (List<Candidate>, int[]) DropLoneCommonWords(List<Candidate> candidates, int[] roots)
    {
        // The groups with a longer name in them; repeating the word itself is no evidence.
        var withLongerName = new HashSet<int>();
        for (int i = 0; i < candidates.Count; i++)
            if (candidates[i].Words.Length > 1 || candidates[i].ActorId is not null) withLongerName.Add(roots[i]);
        var keep = Enumerable.Range(0, candidates.Count).Where(i =>
            candidates[i].ActorId is not null || candidates[i].Words.Length != 1 || withLongerName.Contains(roots[i])
            || (candidates[i].Type == EntityType.Person && NerFeatures.EndsLikeNisba(candidates[i].Words[0]))   // a family name (المالكي)
            || !nonNames.IsCommonWord(candidates[i].Words[0])).ToList();
        return keep.Count == candidates.Count ? (candidates, roots) : ([.. keep.Select(i => candidates[i])], [.. keep.Select(i => roots[i])]);
    }

    private static bool HasArticle(string key) => NerFeatures.ArticlePrefixLength(key) > 0;

    /// <summary>
    /// A one-word "place" that is a nisba adjective with the article (السورية، الأمريكي), unless it is a country's listed
    /// name (السعودية). (A dictionary word in general cannot be refused here: the start of a name the document completes
    /// later, دير of دير الزور, is one.)
    /// </summary>
    private bool IsWordNotPlace(string key) =>
        key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal) && NerFeatures.EndsLikeNisba(key)
        && variants.IsCommonWord(key) && gazetteer.CountryCodeOfListedName(key) is null;

    /// <summary>An organisation designator (نادي، لنادي، وصحيفة): the name after it is the body itself.</summary>
    private static bool IsOrganizationDesignator(string key) =>
        DesignatorHeads.Of(key) == DesignatorHeads.Kind.Organization
        || (NerFeatures.SingleProcliticLength(key) is > 0 and var clitic && DesignatorHeads.Of(key[clitic..]) == DesignatorHeads.Kind.Organization);

    /// <summary>A head of place or organisation names (a stem), which alone names nothing (المعهد، الميليشيات، بئر).</summary>
    private static bool IsHeadWord(string stem) =>
        Triggers.Classify(stem) is TriggerClass.PlaceHead or TriggerClass.OrganizationHead
        || PlaceNouns.Contains(stem) || DesignatorHeads.Of(stem) != DesignatorHeads.Kind.None
        || MoreHeads.Contains(stem);

    // Heads of institutions and places found alone in news as the tagger's slips, beyond the lists above (match keys).
    private static readonly HashSet<string> MoreHeads = new(
        new[] { "معهد", "كلية", "مدرسة", "مستشفى", "مركز", "حرس", "بئر", "ميليشيات", "مليشيات", "مستوصف", "مصنع" }
            .Select(w => MatchKeyNormalizer.Normalize(w)), StringComparer.Ordinal);

    /// <summary>Titles of persons (bare keys) that a place's or body's name never ends with.</summary>
    private static readonly HashSet<string> TitlesAfterNames = new(
        new[] { "شيخ", "أمير", "ملك", "رئيس", "سيد", "دكتور", "مهندس", "وزير", "سمو", "معالي" }.Select(w => MatchKeyNormalizer.Normalize(w)),
        StringComparer.Ordinal);

    private bool EndsNoName(string key) =>
        PersonName.IsHonorific(key) || NonNames.IsFormulaWord(key)
        || (key.Length > 4 && (key.StartsWith("لل", StringComparison.Ordinal) || key.StartsWith("بال", StringComparison.Ordinal)));

    private static string ArticleStripped(string key) => key[NerFeatures.ArticlePrefixLength(key)..];

    /// <summary>Adds the persons and bodies that titles show; returns (person range, title, body range) for Build.</summary>
    private static List<RoleFinding> ApplyRoles(string text, List<Candidate> candidates, IReadOnlyList<RoleFinding> findings)
    {
        foreach (var finding in findings)
        {
            var person = candidates.FirstOrDefault(c => c.Start == finding.PersonStart && c.End == finding.PersonEnd);
            if (person is null)
            {
                candidates.RemoveAll(c => c.ActorId is null && c.Start < finding.PersonEnd && finding.PersonStart < c.End);
                candidates.Add(new Candidate(finding.PersonStart, finding.PersonEnd, EntityType.Person, text[finding.PersonStart..finding.PersonEnd]));
            }
            else person.Type = EntityType.Person;
            if (!finding.HasOf) continue;
            if (candidates.Any(c => c.Start == finding.OfStart && c.End == finding.OfEnd)) continue;
            // A body named only by its title's complement: it replaces the names inside it (مجلس دير الزور العسكري).
            candidates.RemoveAll(c => c.ActorId is null && c.Start >= finding.OfStart && c.End <= finding.OfEnd);
            if (candidates.Any(c => c.Start < finding.OfEnd && finding.OfStart < c.End)) continue;
            candidates.Add(new Candidate(finding.OfStart, finding.OfEnd, EntityType.Organization, text[finding.OfStart..finding.OfEnd]));
        }
        return [.. findings];
    }

    /// <summary>
    /// A name the tagger found once is a name wherever the document writes it again word for word: misses inside one
    /// article are the tagger's inconsistency, not the writer's (دير الزور tagged in one sentence, missed in the next).
    /// Only names of two words or more spread: a one-word slip of the tagger on a noun (رئيسية) must not multiply.
    /// </summary>
    private void Propagate(DocumentWords words, List<Candidate> candidates)
    {
        var covered = new bool[words.Count];
        var names = new List<(string[] Keys, EntityType Type)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            int first = words.TokenAt(c.Start), last = words.TokenEndAt(c.End);
            for (int t = first; t < last; t++) covered[t] = true;
            if (c.ActorId is not null || c.Weak || last <= first) continue;
            var keys = words.Keys[first..last];
            if (!Enumerable.Range(first, last - first).All(words.IsArabic)) continue;
            if (keys.Length < 2) continue;
            if (seen.Add(string.Join(' ', keys))) names.Add((keys, c.Type));
        }
        foreach (var (keys, type) in names.OrderByDescending(n => n.Keys.Length))
        {
            for (int t = 0; t + keys.Length <= words.Count; t++)
            {
                int k = 0;
                while (k < keys.Length && !covered[t + k] && words.Keys[t + k] == keys[k]) k++;
                if (k < keys.Length) continue;
                int start = words.Tokens[t].Start, end = words.Tokens[t + keys.Length - 1].End;
                candidates.Add(new Candidate(start, end, type, words.Text[start..end]));
                for (k = 0; k < keys.Length; k++) covered[t + k] = true;
            }
        }
    }

    /// <summary>Extends a mention whose words begin a longer name of the document when the text goes on with the rest (دير → دير الزور).</summary>
    private void Complete(DocumentWords words, List<Candidate> candidates)
    {
        var longer = candidates.Select(c => c.Words).Where(w => w.Length >= 2).DistinctBy(w => string.Join(' ', w)).OrderByDescending(w => w.Length).ToList();
        foreach (var candidate in candidates)
        {
            if (candidate.ActorId is not null || candidate.Words.Length == 0) continue;
            int next = words.TokenEndAt(candidate.End);
            foreach (var name in longer)
            {
                if (name.Length <= candidate.Words.Length || !variants.SameName(name[..candidate.Words.Length], candidate.Words, false)) continue;
                int t = next, k = candidate.Words.Length;
                while (k < name.Length && t < words.Count && words.IsWord(t) && words.Keys[t] == name[k]) { t++; k++; }
                if (k < name.Length) continue;
                candidate.End = words.Tokens[t - 1].End;
                candidate.Rename(candidate.Name + " " + words.Text[words.Tokens[next].Start..candidate.End]);
                break;
            }
            if (candidate.Words.Length == 1 && candidate.End == words.Tokens[next - 1].End && FollowerAlways(words, next - 1) is { } follower)
            {
                candidate.End = words.Tokens[follower].End;
                candidate.Rename(candidate.Name + " " + words.Surface(follower));
            }
        }
    }

    /// <summary>
    /// The token after <paramref name="token"/> when every occurrence of the word in the document (two at least) is
    /// followed by that same word, a name word rather than a common one: the tagger cut a two-word name (دير | الزور).
    /// </summary>
    private int? FollowerAlways(DocumentWords words, int token)
    {
        if (token + 1 >= words.Count || !words.IsArabic(token + 1)) return null;
        string word = words.Keys[token], follower = words.Keys[token + 1];
        if (RoleTitles.IsCommonWord(follower, lexicon)) return null;
        int seen = 0;
        for (int t = 0; t < words.Count; t++)
        {
            if (words.Keys[t] != word) continue;
            if (t + 1 >= words.Count || words.Keys[t + 1] != follower) return null;
            seen++;
        }
        return seen >= 2 ? token + 1 : null;
    }

    /// <summary>One name, one type: the type most of the name's mentions have; on a tie a body or place before a
    /// person, as the tagger's usual slip is a two-word place or agency read as a person's name.</summary>
    private void VoteTypes(DocumentWords words, List<Candidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.ActorId is not null) continue;
            if (candidate.Type == EntityType.Person && PersonHeadType(candidate.Words) is { } type) candidate.Type = type;
            else if (candidate.Type == EntityType.Miscellaneous && IsNamedPlace(candidate.Words))
                candidate.Type = EntityType.Location;
            // A city's name as a body is a newspaper, a club or a station, and the text says so: quotation marks or a
            // head word before it («الرياض»، صحيفة الرياض). Without either, a known place's name is the place.
            else if (candidate.Type == EntityType.Organization && candidate.Words.Length == 1 && IsNamedPlace(candidate.Words)
                     && !CitedAsBody(words, candidate.Start))
                candidate.Type = EntityType.Location;
        }
        foreach (var group in candidates.Where(c => c.ActorId is null).GroupBy(c => string.Join(' ', c.Words)))
        {
            var type = group.GroupBy(c => c.Type).OrderByDescending(g => g.Count()).ThenBy(g => TieOrder(g.Key)).First().Key;
            foreach (var candidate in group) candidate.Type = type;
        }
    }

    /// <summary>
    /// The type of a "person" the tagger found that reads as a place or a body: its first word is a place or an
    /// organisation head (سوق عكاظ، جامعة الملك سعود), or every word of it is a place the gazetteer knows (محايل عسير).
    /// </summary>
    // Heads of named places beyond the tagger's place triggers (match keys).
    private static readonly HashSet<string> PlaceNouns = new(
        new[] { "سوق", "شارع", "ميدان", "ساحة", "حديقة", "ملعب", "قصر", "مسجد", "برج", "سد", "وادي", "خليج", "بحر", "شاطئ", "جسر", "معبر", "قلعة" }
            .Select(w => MatchKeyNormalizer.Normalize(w)), StringComparer.Ordinal);

    /// <summary>
    /// A place the gazetteer knows by that very name that the tagger calls "other" (تبوك): a body may be named after a
    /// city (الرياض the newspaper), a "miscellaneous" name hardly ever is.
    /// </summary>
    private bool IsNamedPlace(string[] words) =>
        words.Length > 0 && !NameKeys.IsLatin(words[0]) && places.Contains(string.Join(' ', words));

    /// <summary>Whether the name at <paramref name="start"/> is quoted or follows an organisation head (a body named after a place).</summary>
    private static bool CitedAsBody(DocumentWords words, int start)
    {
        int token = words.TokenAt(start);
        if (token <= 0) return false;
        if (!words.IsWord(token - 1)) return words.Text[words.Tokens[token - 1].Start] is '«' or '"' or '“' or '”' or '\'' or '‘';
        return words.IsArabic(token - 1) && Triggers.ClassifyWord(words.Keys[token - 1]) == TriggerClass.OrganizationHead
            || words.Keys[token - 1] is "لـ" or "ل";
    }

    private EntityType? PersonHeadType(string[] words)
    {
        if (words.Length == 0 || NameKeys.IsLatin(words[0])) return null;
        var head = Triggers.ClassifyWord(words[0]);
        if (words.Length >= 2 && (head == TriggerClass.PlaceHead || PlaceNouns.Contains(RoleTitles.Bare(words[0])))) return EntityType.Location;
        if (words.Length >= 2 && head == TriggerClass.OrganizationHead) return EntityType.Organization;
        return words.Length >= 2 && words.All(places.Contains) ? EntityType.Location : null;
    }

    private static int TieOrder(EntityType type) => type switch
    {
        EntityType.Organization => 0,
        EntityType.Location => 1,
        EntityType.Person => 2,
        _ => 3,
    };

    /// <summary>Keeps the outermost of nested or overlapping candidates (sorted by start, longest first).</summary>
    private static List<Candidate> RemoveNested(List<Candidate> sorted)
    {
        var kept = new List<Candidate>();
        int reach = -1;
        foreach (var candidate in sorted)
        {
            if (candidate.Start < reach) continue;
            kept.Add(candidate);
            reach = candidate.End;
        }
        return kept;
    }
}

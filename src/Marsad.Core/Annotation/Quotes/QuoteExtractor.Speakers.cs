using Marsad.Entities.Recognition;
using Marsad.Entities.Resolution;
using Marsad.Text;

namespace Marsad.Annotation.Quotes;

public static partial class QuoteExtractor
{
    /// <summary>A resolved (or unresolved) speaker: the entity, the words that name it, and whether it is female when known.</summary>
    internal readonly record struct Speaker(string? EntityId, string? Text, bool? Feminine);

    /// <summary>Resolves a speech verb's subject to an entity of the document, and remembers speakers for verbs without one.</summary>
    internal sealed class Speakers
    {
        private readonly string text;
        private readonly IReadOnlyList<Entity> entities;
        private readonly List<(Entity Entity, Mention Mention)> mentions;
        private readonly List<Speaker> previous = [];

        public Speakers(string text, IReadOnlyList<Entity> entities)
        {
            this.text = text;
            this.entities = entities;
            mentions = [.. entities.SelectMany(e => e.Mentions.Select(m => (e, m))).OrderBy(p => p.m.Start).ThenBy(p => p.e.Id, StringComparer.Ordinal)];
        }

        public void Remember(Speaker speaker, bool feminineVerb)
        {
            if (speaker.EntityId is null && speaker.Text is null) return;
            previous.Add(speaker with { Feminine = speaker.Feminine ?? feminineVerb });
        }

        /// <summary>The speaker named by tokens [first, end) after the verb; <paramref name="contentStart"/> bounds the search.</summary>
        public Speaker Resolve(ClauseWords words, int first, int end, bool feminine, int contentStart)
        {
            end = Math.Min(end, words.Count);
            int zoneStart = first < words.Count ? words.Tokens[first].Start : contentStart;
            int zoneEnd = end > first ? words.Tokens[end - 1].End : zoneStart;
            if (contentStart > zoneStart) zoneEnd = Math.Min(zoneEnd, contentStart);

            // The subject proper: the words before the first adjunct (في بيان، لوكالة …).
            int subjectEnd = first;
            while (subjectEnd < end && !(words.IsWord(subjectEnd) ? QuoteLexicon.Enders.Contains(words.Bare(subjectEnd)) : words.IsClauseMark(subjectEnd))) subjectEnd++;
            int lastWord = subjectEnd - 1;
            while (lastWord >= first && !words.IsWord(lastWord)) lastWord--;
            string? subjectText = lastWord >= first ? text[words.Tokens[first].Start..words.Tokens[lastWord].End].Trim('،', ',', ' ', '"', '«', '»', '“', '”') : null;
            int subjectEndOffset = lastWord >= first ? words.Tokens[lastWord].End : zoneStart;

            // A named person anywhere before the quote (the name may follow the title and a comma), unless the subject
            // is a body the person only owns ("القوات الموالية لحكومة الرئيس هادي").
            var person = MentionIn(zoneStart, zoneEnd, e => e.Type == EntityType.Person);
            if (person is not null && !OwnedBy(words, first, person.Value.Mention.Start))
                return new Speaker(person.Value.Entity.Id, person.Value.Mention.Text, null);

            // No subject after the verb ("وكان X، مصطفى بالي، قال السبت الماضي إن"): the person named before it.
            if (subjectText is null && first > 0 && PersonBefore(words.Sentence.Start, words.Tokens[first - 1].Start) is { } before)
                return new Speaker(before.Entity.Id, before.Mention.Text, null);

            // A title the document gives a person ("رئيس الاستئناف" for "رئيس الاستئناف القاضي فلان").
            if (subjectText is not null && TitleHolder(subjectText, zoneStart) is { } titled)
                return new Speaker(titled.Id, subjectText, null);

            for (int t = first; t < subjectEnd; t++)
            {
                if (!words.IsWord(t) || !QuoteLexicon.Spokespersons.Contains(words.Bare(t))) continue;
                bool femaleTitle = words.Bare(t).EndsWith('ه');
                var body = MentionIn(words.Tokens[t].End, subjectEndOffset, e => e.Type != EntityType.Person);
                var holder = RoleHolder(body?.Entity.Id, femaleTitle, definite: words.Bare(t).StartsWith("ال", StringComparison.Ordinal), zoneStart);
                if (holder is not null) return new Speaker(holder.Id, subjectText, femaleTitle);
                if (body is not null) return new Speaker(body.Value.Entity.Id, subjectText, femaleTitle);
                return new Speaker(null, subjectText, femaleTitle);
            }

            // A body; a place only as the subject itself ("قالت دمشق"), not after it ("المجلس العسكري بتعز", "مسؤول تركي").
            var organisation = MentionIn(zoneStart, subjectEndOffset, e => e.Type is EntityType.Organization)
                ?? (MentionIn(zoneStart, subjectEndOffset, e => e.Type is EntityType.Location) is { } place
                    && first < words.Count && place.Mention.Start < words.Tokens[first].End ? place : null);
            if (organisation is not null) return new Speaker(organisation.Value.Entity.Id, subjectText, null);

            // A definite common noun standing for a body named before ("القوات" after "قوات سورية الديمقراطية",
            // "المرصد" after "المرصد السوري لحقوق الإنسان", "التنظيم" after "تنظيم داعش").
            if (first < subjectEnd && subjectEnd - first == 1 && words.IsWord(first) && HeadNounOf(words.Bare(first), zoneStart) is { } named)
                return new Speaker(named.Id, subjectText, null);

            bool refersBack = subjectText is null
                || (first < subjectEnd && QuoteLexicon.Statements.Contains(words.Bare(first)));
            if (refersBack && Previous(feminine) is { } earlier) return earlier;
            return new Speaker(null, subjectText, null);
        }

        /// <summary>Whether an owning word ("الموالية", "التابعة") stands between the subject's start and the person.</summary>
        private static bool OwnedBy(ClauseWords words, int first, int personStart)
        {
            for (int k = first; k < words.Count && words.Tokens[k].End <= personStart; k++)
                if (words.IsWord(k) && QuoteLexicon.Owners.Contains(words.Bare(k))) return true;
            return false;
        }

        /// <summary>The last person mentioned in [start, end).</summary>
        private (Entity Entity, Mention Mention)? PersonBefore(int start, int end)
        {
            (Entity, Mention)? last = null;
            foreach (var pair in mentions)
                if (pair.Mention.Start >= start && pair.Mention.End <= end && pair.Entity.Type == EntityType.Person) last = pair;
            return last;
        }

        /// <summary>The person of the document whose title the subject is, the one mentioned last before
        /// <paramref name="before"/>.</summary>
        private Entity? TitleHolder(string subject, int before)
        {
            var key = MatchKeyNormalizer.Normalize(subject);
            if (key.Split(' ').Length < 2) return null;
            return entities.Where(e => e.Type == EntityType.Person && e.Roles.Any(r => MatchKeyNormalizer.Normalize(r.Title) is var title
                    && (title == key || key.StartsWith(title + " ", StringComparison.Ordinal))))
                .Select(e => (Entity: e, Last: e.Mentions.Where(m => m.Start < before).Select(m => m.Start).DefaultIfEmpty(-1).Max()))
                .Where(p => p.Last >= 0).OrderByDescending(p => p.Last).Select(p => p.Entity).FirstOrDefault();
        }

        /// <summary>The body last mentioned before <paramref name="before"/> whose name begins with the noun
        /// (<paramref name="noun"/> is definite: "القوات" → "قوات …", "المرصد" → "المرصد …").</summary>
        private Entity? HeadNounOf(string noun, int before)
        {
            if (!noun.StartsWith("ال", StringComparison.Ordinal) || noun.Length < 4 || QuoteLexicon.Spokespersons.Contains(noun)) return null;
            var core = noun[2..];
            Entity? found = null;
            foreach (var (entity, mention) in mentions)
            {
                if (mention.Start >= before) break;
                if (entity.Type != EntityType.Organization && entity.ActorKind is null) continue;
                var head = MatchKeyNormalizer.Normalize(mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");
                if (head == noun || head == core) found = entity;
            }
            return found;
        }

        /// <summary>The last speaker, the one whose verb agreed in gender when there is one.</summary>
        private Speaker? Previous(bool feminine)
        {
            for (int k = previous.Count - 1; k >= 0; k--)
                if (previous[k].Feminine == feminine) return previous[k];
            return previous.Count > 0 ? previous[^1] : null;
        }

        /// <summary>
        /// The person the document names in a spokesperson role: of <paramref name="bodyId"/> when the title names
        /// the body ("متحدث باسم X"); for a definite title without one ("المتحدثة") the one spokesperson of the
        /// gender, the one named last when there are several (the article points back to her). An indefinite title of
        /// a body no person is given for ("متحدث باسم X") stays the body.
        /// </summary>
        private Entity? RoleHolder(string? bodyId, bool femaleTitle, bool definite, int before)
        {
            var spokespersons = entities.Where(e => e.Type == EntityType.Person
                && e.Roles.Any(r => IsSpokespersonTitle(r.Title) && (bodyId is null || r.OfEntityId == bodyId))).ToList();
            if (bodyId is not null)
            {
                if (spokespersons.Count == 1) return spokespersons[0];
                // "متحدث باسم X" where the document names one spokesperson of the gender without saying of what
                // ("المتحدث طلال سلو"): the same person, as the story tells it.
                var unattached = entities.Where(e => e.Type == EntityType.Person
                    && e.Roles.Any(r => IsSpokespersonTitle(r.Title) && r.OfEntityId is null && IsFeminineTitle(r.Title) == femaleTitle)).ToList();
                return spokespersons.Count == 0 && unattached.Count == 1 ? unattached[0] : null;
            }
            if (!definite) return null;
            var sameGender = spokespersons.Where(e => e.Roles.Any(r => IsSpokespersonTitle(r.Title) && IsFeminineTitle(r.Title) == femaleTitle)).ToList();
            return sameGender
                .Select(e => (Entity: e, Last: e.Mentions.Where(m => m.Start < before).Select(m => m.Start).DefaultIfEmpty(-1).Max()))
                .Where(p => p.Last >= 0).OrderByDescending(p => p.Last).Select(p => p.Entity).FirstOrDefault();
        }

        private static bool IsSpokespersonTitle(string title)
        {
            var key = MatchKeyNormalizer.Normalize(title);
            return key.Contains("متحدث", StringComparison.Ordinal) || key.Contains("ناطق", StringComparison.Ordinal);
        }

        private static bool IsFeminineTitle(string title)
        {
            var first = MatchKeyNormalizer.Normalize(title).Split(' ')[0];
            return first.EndsWith('ه');
        }

        private (Entity Entity, Mention Mention)? MentionIn(int start, int end, Func<Entity, bool> accept)
        {
            foreach (var pair in mentions)
                if (pair.Mention.Start >= start && pair.Mention.End <= end && accept(pair.Entity)) return pair;
            return null;
        }
    }
}

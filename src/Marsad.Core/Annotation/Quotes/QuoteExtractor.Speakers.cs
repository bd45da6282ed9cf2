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

            // A named person anywhere before the quote (the name may follow the title and a comma).
            var person = MentionIn(zoneStart, zoneEnd, e => e.Type == EntityType.Person);
            if (person is not null) return new Speaker(person.Value.Entity.Id, person.Value.Mention.Text, null);

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

            var organisation = MentionIn(zoneStart, subjectEndOffset, e => e.Type is EntityType.Organization)
                ?? MentionIn(zoneStart, subjectEndOffset, e => e.Type is EntityType.Location);
            if (organisation is not null) return new Speaker(organisation.Value.Entity.Id, subjectText, null);

            bool refersBack = subjectText is null
                || (first < subjectEnd && QuoteLexicon.Statements.Contains(words.Bare(first)));
            if (refersBack && Previous(feminine) is { } earlier) return earlier;
            return new Speaker(null, subjectText, null);
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
            if (bodyId is not null) return spokespersons.Count == 1 ? spokespersons[0] : null;
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

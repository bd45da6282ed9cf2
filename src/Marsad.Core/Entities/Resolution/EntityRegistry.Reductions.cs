using Marsad.Entities.Recognition;

namespace Marsad.Entities.Resolution;

public sealed partial class EntityRegistry
{
    private sealed partial class Clustering
    {
        /// <summary>How much more the collection must use the shorter name than the longer one for the two to join.</summary>
        private const int ReducedFormDominance = 2;

        /// <summary>
        /// A name that is another name of the collection with something in front joins it: a conjunction or preposition
        /// the tagger left on (وجازان، بالرياض، للفيفا = ل + الفيفا), a designator head (دولة قطر، نادي الهلال، قطاع غزة;
        /// <see cref="DesignatorHeads"/>), or the article on a foreign name (الباكستان). Without a head, the shorter name
        /// must be an actor's or a country's, or one the collection uses at least twice as much: a rarer bare form is no
        /// evidence (كريم without its ك is the name ريم). Names are taken in key order, so the result does not depend on arrival order.
        /// </summary>
        private void JoinReducedForms()
        {
            foreach (var node in nodes.OrderBy(n => n.Type).ThenBy(n => n.Key, StringComparer.Ordinal))
            {
                int cluster = Find(node.Index);
                if (anchorOfRoot.ContainsKey(cluster)) continue;
                foreach (var (type, key, headed) in Reductions(node))
                {
                    if (!registry.nodeByKey.TryGetValue(NodeKey(type, key), out int target)) continue;
                    int root = Find(target);
                    if (root == cluster) break;
                    // A designator says what the name is, so the two are one whichever is used more; but a lone word of
                    // the language after a body's head is no name (تنظيم [الدولة]، حزب [الله] are names as a whole).
                    // Place names often are words too (عسير, "difficult"), and a country is known by its anchor.
                    bool refused = headed
                        ? type == EntityType.Organization && !key.Contains(' ') && Variants.IsCommonWord(key)
                        : Weight(root) < ReducedFormDominance * Weight(cluster);
                    if (refused && !anchorOfRoot.ContainsKey(root)) continue;
                    Union(root, cluster, new Join(AliasEvidence.ReducedForm, target, null, false));
                    break;
                }
            }
        }

        private int Weight(int root) => members[root].Sum(m => nodes[m].Weight);

        /// <summary>The shorter names a name may be written for, nearest first: its first word without a clitic, then
        /// without a designator head (with or without the clitic), then without the article.</summary>
        private IEnumerable<(EntityType Type, string Key, bool Headed)> Reductions(Node node)
        {
            var words = node.Words;
            // A person's one-word name loses too much with a letter off (كريم، ريم).
            if (node.Type != EntityType.Person || words.Length >= 2)
                foreach (string bare in CliticWords(words[0]))
                {
                    yield return (node.Type, Joined(bare, words, 1), false);
                    if (words.Length >= 2 && HeadType(bare, node.Type) is { } headed) yield return (headed, Joined(null, words, 1), true);
                }
            if (words.Length >= 2 && HeadType(words[0], node.Type) is { } type) yield return (type, Joined(null, words, 1), true);
            // The article on a foreign name (الباكستان، التشاد), never on a word of the language or a nisba (السورية and
            // المالي are adjectives), nor on a short word, which is more often a noun (القطر, "the country").
            if (words.Length == 1 && node.Type != EntityType.Person && words[0].Length >= 6 && words[0].StartsWith("ال", StringComparison.Ordinal)
                && !NerFeatures.EndsLikeNisba(words[0]) && !Variants.IsCommonWord(words[0]))
                yield return (node.Type, words[0][2..], false);
        }

        /// <summary>The first word with a conjunction or preposition off (لل+X is ل + الX), when at least three letters are left.</summary>
        private static IEnumerable<string> CliticWords(string word)
        {
            foreach (string clitic in DocumentWords.Proclitics)
            {
                if (!word.StartsWith(clitic, StringComparison.Ordinal) || word.Length - clitic.Length < 3) continue;
                string rest = word[clitic.Length..];
                yield return clitic.EndsWith('ل') && rest.StartsWith('ل') ? "ا" + rest : rest;
            }
        }

        /// <summary>The type of the name a designator head stands before (a state: a place), or null for no head; a head
        /// of another kind than the name's own type is not a designator of it (a person's name after نادي).</summary>
        private static EntityType? HeadType(string word, EntityType type) => DesignatorHeads.Of(word) switch
        {
            DesignatorHeads.Kind.State => EntityType.Location,
            DesignatorHeads.Kind.Place when type is EntityType.Location or EntityType.Organization => EntityType.Location,
            DesignatorHeads.Kind.Organization when type is EntityType.Organization or EntityType.Location => EntityType.Organization,
            _ => null,
        };

        private static string Joined(string? first, string[] words, int from) =>
            first is null ? string.Join(' ', words.Skip(from)) : words.Length == 1 ? first : first + " " + string.Join(' ', words.Skip(from));
    }
}

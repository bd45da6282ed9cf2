using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Cleaning;

/// <summary>
/// Turns raw article text into clean display text. Every rule decides by general features of a line (length in words,
/// script mix, punctuation, position, neighbouring lines, repetition across documents), never by a site's strings.
/// <para>Output: paragraphs separated by one blank line ("\n\n"), hard wraps rejoined with a space, no leading or
/// trailing whitespace. The title, if any, is in <see cref="CleanedText.Title"/>; update/publish stamps are in
/// <see cref="CleanedText.Metadata"/> ("updated", "published") and also listed as removed furniture. Everything else
/// taken out is in <see cref="CleanedText.Removed"/>, in document order, as it read after display normalisation.</para>
/// </summary>
public static partial class PlainTextCleaner
{
    /// <param name="raw">Text as read from the source.</param>
    /// <param name="context">Lines seen across the other documents of the same run/collection, if known.</param>
    public static CleanedText Clean(string raw, BoilerplateContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var doc = new Document(DisplayNormalizer.Normalize(raw));
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);

        // The order matters: lines that are debris by themselves first (an attribution line is what reveals the
        // post body above it), then rules that look at neighbours and skip lines already removed, then the title
        // (the first line that is left) and captions (which are defined relative to the title), and only then
        // paragraphs, so that hard wraps are rejoined across clean lines and repeats are compared as paragraphs.
        MarkSingleLines(doc, context, metadata);
        MarkPostBodies(doc);
        MarkReadAlsoLists(doc);
        MarkMenuBlocks(doc);
        int title = FindTitle(doc);
        MarkCaptions(doc, title);
        StripInlineMediaLinks(doc);

        var paragraphs = HardWrapRejoiner.Rejoin(doc.BodyLines(title));
        bool[] repeated = RepeatedParagraphs.Find(paragraphs);
        var kept = new List<string>(paragraphs.Count);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (repeated[p]) doc.Report(paragraphs[p].FirstLine, RemovalKind.RepeatedParagraph, paragraphs[p].Original, "repeated paragraph");
            else kept.Add(paragraphs[p].Text);
        }

        return new CleanedText(
            string.Join("\n\n", kept).Trim(),
            title >= 0 ? doc.Lines[title] : null,
            doc.RemovedInOrder(),
            metadata);
    }

    /// <summary>Rules that need only the line itself: embed debris, stamps, furniture.</summary>
    private static void MarkSingleLines(Document doc, BoilerplateContext? context, IDictionary<string, string> metadata)
    {
        for (int i = 0; i < doc.Count; i++)
        {
            ref readonly var f = ref doc.Features[i];
            if (f.IsBlank) continue;
            string line = doc.Lines[i];
            if (EmbedDetector.Classify(line, f) is { } embed) doc.Remove(i, RemovalKind.Embed, embed);
            else if (UpdateStamp.TryParse(line, f, out string key, out string value))
            {
                metadata.TryAdd(key, value); // the first stamp of a kind wins; later ones are still reported as removed
                doc.Remove(i, RemovalKind.Boilerplate, key == "updated" ? "update stamp" : "publish stamp");
            }
            else if (LineClassifier.Furniture(line, f, doc.IsArabic, context) is { } furniture)
                doc.Remove(i, RemovalKind.Boilerplate, furniture);
        }
    }

    /// <summary>Media links (pic.twitter.com/…, t.co/…) left inside a body line are cut out and reported.</summary>
    private static void StripInlineMediaLinks(Document doc)
    {
        for (int i = 0; i < doc.Count; i++)
        {
            if (!doc.IsBody(i) || !EmbedDetector.ContainsMediaLink(doc.Lines[i])) continue;
            var words = LineFeatures.Words(doc.Lines[i]);
            var keptWords = new List<string>(words.Length);
            foreach (string word in words)
            {
                if (EmbedDetector.IsMediaLinkToken(word)) doc.Report(i, RemovalKind.Embed, word, "embedded media link");
                else keptWords.Add(word);
            }
            doc.Replace(i, string.Join(' ', keptWords));
        }
    }
}

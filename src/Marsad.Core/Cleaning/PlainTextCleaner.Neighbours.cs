using Marsad.Pipeline;

namespace Marsad.Cleaning;

public static partial class PlainTextCleaner
{
    private const int MaxMenuWords = 3;
    private const int MinMenuLines = 3;
    private const int MaxLinkLineWords = 16;
    private const int MaxReadAlsoLinks = 10;
    private const int MaxPostLength = 300;

    /// <summary>The line right above a post attribution is the post's body: the embed markup always prints it there.
    /// It is taken when it carries hashtags, mentions or media links, or is short enough to be a post and does not
    /// end with a colon (a colon means the article's own sentence introducing the post).</summary>
    private static void MarkPostBodies(Document doc)
    {
        for (int i = 0; i < doc.Count; i++)
        {
            if (doc.KindOf(i) != RemovalKind.Embed || !EmbedDetector.IsAttribution(doc.Lines[i], doc.Features[i])) continue;
            int body = doc.PreviousNonBlank(i);
            if (body < 0 || doc.IsRemoved(body)) continue;
            var f = doc.Features[body];
            if (EmbedDetector.LooksLikePostBody(f, doc.Lines[body]) || (f.Length <= MaxPostLength && !f.EndsWithColon))
                doc.Remove(body, RemovalKind.Embed, "embedded post body");
        }
    }

    /// <summary>A "read also" header and the short link lines under it (headline-like: few words, no full stop).</summary>
    private static void MarkReadAlsoLists(Document doc)
    {
        for (int i = 0; i < doc.Count; i++)
        {
            if (!doc.IsBody(i) || !LineClassifier.IsReadAlsoHeader(doc.Lines[i], doc.Features[i])) continue;
            doc.Remove(i, RemovalKind.Boilerplate, "read-also box");
            int links = 0;
            for (int j = doc.NextNonBlank(i); j >= 0 && links < MaxReadAlsoLinks; j = doc.NextNonBlank(j))
            {
                if (doc.IsRemoved(j)) continue;
                if (!LooksLikeLinkLine(doc.Features[j]) || LineClassifier.IsReadAlsoHeader(doc.Lines[j], doc.Features[j])) break;
                doc.Remove(j, RemovalKind.Boilerplate, "read-also link");
                links++;
            }
        }
    }

    private static bool LooksLikeLinkLine(in LineFeatures f) =>
        f.WordCount is >= 1 and <= MaxLinkLineWords && !f.EndsWithColon && !f.EndsWithComma &&
        !(f.EndsWithTerminal && f.LastChar == '.');

    /// <summary>A run of at least three consecutive very short lines without sentence marks is a menu. Lines already
    /// removed as furniture count towards the run, but at least two of its lines must be new, so that one short
    /// headline next to removed widgets is not taken for a menu.</summary>
    private static void MarkMenuBlocks(Document doc)
    {
        int i = 0;
        while (i < doc.Count)
        {
            if (!IsMenuLike(doc, i))
            {
                i++;
                continue;
            }
            int end = i;
            while (end < doc.Count && IsMenuLike(doc, end)) end++;
            int fresh = 0;
            for (int j = i; j < end; j++) if (!doc.IsRemoved(j)) fresh++;
            if (end - i >= MinMenuLines && fresh >= 2)
                for (int j = i; j < end; j++) doc.Remove(j, RemovalKind.Boilerplate, "menu block");
            i = end;
        }
    }

    private static bool IsMenuLike(Document doc, int i)
    {
        if (doc.IsBlank(i)) return false;
        if (doc.IsRemoved(i)) return doc.KindOf(i) == RemovalKind.Boilerplate;
        var f = doc.Features[i];
        return f.WordCount <= MaxMenuWords && !f.EndsWithTerminal && !f.EndsWithColon && !f.EndsWithComma;
    }
}

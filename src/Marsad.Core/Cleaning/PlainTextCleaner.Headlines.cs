using Marsad.Pipeline;

namespace Marsad.Cleaning;

public static partial class PlainTextCleaner
{
    private const int MinTitleWords = 2;
    private const int MaxTitleWords = 20;
    private const int MaxTitleLength = 160;
    private const int MaxCaptionWords = 12;
    private const int MaxInnerCaptionWords = 10;
    private const int MinProseWords = 8;

    /// <summary>
    /// The title is the first line left after furniture when it reads as a headline (2–20 words, no full stop, comma,
    /// colon or continuation word at its end) and stands apart from what follows: a blank or removed line comes
    /// next, or the next line is clearly body text (at least twice as long, or ending a sentence). A line cut by a
    /// hard wrap ("قال متحدث باسم") is therefore not a title. Returns the line index or -1.
    /// </summary>
    private static int FindTitle(Document doc)
    {
        int t = 0;
        while (t < doc.Count && !doc.IsBody(t)) t++;
        if (t >= doc.Count || !IsHeadlineLike(doc.Lines[t], doc.Features[t], MaxTitleWords)) return -1;

        int next = t + 1;
        while (next < doc.Count && !doc.IsBody(next)) next++;
        if (next >= doc.Count) return -1; // a lone line is the body, not a title

        bool setApart = next > t + 1;
        var nf = doc.Features[next];
        bool distinct = nf.Length >= 2 * doc.Features[t].Length || nf.EndsWithTerminal;
        return setApart || distinct ? t : -1;
    }

    /// <summary>
    /// A caption is a short standalone line (blank or removed lines on both sides) after the title, without a sentence
    /// mark, that either comes before the first paragraph or sits between paragraphs of a document that otherwise
    /// ends its sentences with marks (so an unpunctuated short line stands out). Real short paragraphs end with a
    /// full stop and are kept.
    /// </summary>
    private static void MarkCaptions(Document doc, int title)
    {
        if (title < 0) return;
        bool punctuated = EndsSentencesWithMarks(doc, title);
        bool seenParagraph = false;
        for (int i = title + 1; i < doc.Count; i++)
        {
            if (!doc.IsBody(i)) continue;
            bool standalone = (i == 0 || !doc.IsBody(i - 1)) && (i + 1 == doc.Count || !doc.IsBody(i + 1));
            var f = doc.Features[i];
            bool shortLine = IsHeadlineLike(doc.Lines[i], f, MaxCaptionWords) && f.ArabicLetters > 0;
            bool gapAfterTitle = i > title + 1;
            if (standalone && shortLine && gapAfterTitle &&
                (!seenParagraph || (punctuated && f.WordCount <= MaxInnerCaptionWords && HasBodyAfter(doc, i))))
            {
                doc.Remove(i, RemovalKind.Boilerplate, "caption");
                continue;
            }
            seenParagraph = true;
        }
    }

    private static bool IsHeadlineLike(string line, in LineFeatures f, int maxWords)
    {
        if (f.WordCount < MinTitleWords || f.WordCount > maxWords || f.Length > MaxTitleLength) return false;
        if (f.EndsWithComma || f.EndsWithColon || f.LastChar is ';' or '-') return false;
        // Headlines may ask or exclaim; any other sentence mark (or one inside a closing quote) makes it prose.
        if (f.EndsWithTerminal && f.LastChar is not ('؟' or '?' or '!')) return false;
        return !HardWrapRejoiner.EndsMidSentence(line, f);
    }

    /// <summary>Whether most prose lines after the title end with a sentence mark.</summary>
    private static bool EndsSentencesWithMarks(Document doc, int title)
    {
        int prose = 0, marked = 0;
        for (int i = title + 1; i < doc.Count; i++)
        {
            if (!doc.IsBody(i) || doc.Features[i].WordCount < MinProseWords) continue;
            prose++;
            if (doc.Features[i].EndsWithTerminal) marked++;
        }
        return prose >= 2 && marked * 5 >= prose * 4;
    }

    private static bool HasBodyAfter(Document doc, int i)
    {
        for (int j = i + 1; j < doc.Count; j++) if (doc.IsBody(j)) return true;
        return false;
    }
}

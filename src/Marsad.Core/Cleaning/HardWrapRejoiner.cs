namespace Marsad.Cleaning;

/// <summary>A body line handed to paragraph building; <paramref name="StartsBlock"/> when a blank or removed line
/// (or the start of the text) comes before it.</summary>
internal readonly record struct BodyLine(int LineIndex, string Text, bool StartsBlock);

/// <summary>A paragraph of clean text and the normalised lines it was built from.</summary>
internal sealed record Paragraph(string Text, string Original, int FirstLine);

/// <summary>
/// Rebuilds paragraphs from lines, joining a line to the next one with a space where a hard wrap cut a sentence:
/// <list type="bullet">
/// <item>always, when the line ends with a comma or with a word after which an Arabic sentence cannot stop
/// (a preposition, particle, relative or construct word: في، على، من، باسم، إلى، عن، مع …);</item>
/// <item>when the document is hard-wrapped, also when the line has no terminal mark and is at least half the wrap
/// width; and, if blank lines separate its paragraphs, when the line fills at least three quarters of the width
/// whatever its last mark (the blank line, not the line end, is the paragraph break there).</item>
/// </list>
/// A document is hard-wrapped when at least two lines end on a continuation word or comma (the width is their
/// median length), or when most inner lines lack a terminal mark and reach within a quarter of the longest one
/// (the width is that longest line, at most 160 characters). Anything else is a real paragraph break: a document with
/// one paragraph per line and no blank lines keeps every line.
/// </summary>
internal static class HardWrapRejoiner
{
    private const int MaxWrapWidth = 160;

    public static List<Paragraph> Rejoin(IReadOnlyList<BodyLine> lines)
    {
        var features = lines.Select(l => LineFeatures.Of(l.Text)).ToArray();
        var (wrapped, width) = WrapWidth(lines, features);
        bool blankLineParagraphs = lines.Count(l => l.StartsBlock) >= 2;

        var paragraphs = new List<Paragraph>();
        int first = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            bool last = i + 1 == lines.Count || lines[i + 1].StartsBlock;
            if (!last && JoinsNext(lines[i].Text, features[i], wrapped, width, blankLineParagraphs)) continue;
            var group = lines.Skip(first).Take(i - first + 1).Select(l => l.Text).ToArray();
            paragraphs.Add(new Paragraph(string.Join(' ', group), string.Join('\n', group), lines[first].LineIndex));
            first = i + 1;
        }
        return paragraphs;
    }

    /// <summary>Whether a line ends where its sentence cannot stop: on a comma or a continuation word.</summary>
    public static bool EndsMidSentence(string line, in LineFeatures f)
    {
        if (f.IsBlank || f.EndsWithTerminal) return false;
        if (f.EndsWithComma) return true;
        int space = line.LastIndexOf(' ');
        string lastWord = LineFeatures.WordKey(line[(space + 1)..]);
        return lastWord.Length > 0 && !char.IsPunctuation(line[^1]) && UiVocabulary.IsContinuationWord(lastWord);
    }

    private static bool JoinsNext(string line, in LineFeatures f, bool wrapped, int width, bool blankLineParagraphs)
    {
        if (EndsMidSentence(line, f)) return true;
        if (!wrapped) return false;
        if (!f.EndsWithTerminal && f.LastChar != ':' && f.Length * 2 >= width) return true;
        return blankLineParagraphs && f.Length * 4 >= width * 3;
    }

    private static (bool Wrapped, int Width) WrapWidth(IReadOnlyList<BodyLine> lines, LineFeatures[] features)
    {
        var inner = new List<int>();
        var strong = new List<int>();
        int innerOpen = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i + 1].StartsBlock) continue;
            inner.Add(features[i].Length);
            if (!features[i].EndsWithTerminal) innerOpen++;
            if (EndsMidSentence(lines[i].Text, features[i])) strong.Add(features[i].Length);
        }
        if (strong.Count >= 2)
        {
            strong.Sort();
            return (true, strong[strong.Count / 2]);
        }
        if (inner.Count >= 3 && innerOpen * 2 >= inner.Count)
        {
            int max = inner.Max();
            int near = inner.Count(len => len * 4 >= max * 3);
            if (max <= MaxWrapWidth && near * 5 >= inner.Count * 3) return (true, max);
        }
        return (false, 0);
    }
}

using Marsad.Pipeline;

namespace Marsad.Cleaning;

public static partial class PlainTextCleaner
{
    /// <summary>The normalised lines of one document, their features, and what the rules decided about each.</summary>
    private sealed class Document
    {
        private readonly (RemovalKind Kind, string Reason)?[] _removed;
        private readonly List<(int Line, int Order, RemovedText Text)> _reports = [];

        public Document(string normalized)
        {
            Lines = normalized.Split('\n');
            Features = Lines.Select(LineFeatures.Of).ToArray();
            _removed = new (RemovalKind, string)?[Lines.Length];
            int arabic = 0, latin = 0;
            foreach (var f in Features)
            {
                arabic += f.ArabicLetters;
                latin += f.LatinLetters;
            }
            IsArabic = arabic > latin;
        }

        public string[] Lines { get; }
        public LineFeatures[] Features { get; }
        public int Count => Lines.Length;

        /// <summary>More Arabic than Latin letters: Latin-only short lines are then foreign to the article.</summary>
        public bool IsArabic { get; }

        public bool IsBlank(int i) => Features[i].IsBlank;
        public bool IsRemoved(int i) => _removed[i] is not null;

        /// <summary>A line that still belongs to the body (not blank, not removed).</summary>
        public bool IsBody(int i) => !IsBlank(i) && !IsRemoved(i);

        public RemovalKind? KindOf(int i) => _removed[i]?.Kind;

        public void Remove(int i, RemovalKind kind, string reason)
        {
            if (_removed[i] is not null) return;
            _removed[i] = (kind, reason);
            Report(i, kind, Lines[i], reason);
        }

        public void Report(int line, RemovalKind kind, string text, string reason) =>
            _reports.Add((line, _reports.Count, new RemovedText(kind, text, reason)));

        public void Replace(int i, string text)
        {
            Lines[i] = text;
            Features[i] = LineFeatures.Of(text);
        }

        /// <summary>Index of the previous/next non-blank line, or -1.</summary>
        public int PreviousNonBlank(int i)
        {
            for (int j = i - 1; j >= 0; j--) if (!IsBlank(j)) return j;
            return -1;
        }

        public int NextNonBlank(int i)
        {
            for (int j = i + 1; j < Count; j++) if (!IsBlank(j)) return j;
            return -1;
        }

        /// <summary>Body lines for paragraph building; a blank line, a removed line or the title breaks a block.</summary>
        public List<BodyLine> BodyLines(int title)
        {
            var body = new List<BodyLine>();
            bool startsBlock = true;
            for (int i = 0; i < Count; i++)
            {
                if (i == title || !IsBody(i))
                {
                    startsBlock = true;
                    continue;
                }
                body.Add(new BodyLine(i, Lines[i], startsBlock));
                startsBlock = false;
            }
            return body;
        }

        public IReadOnlyList<RemovedText> RemovedInOrder() =>
            _reports.OrderBy(r => r.Line).ThenBy(r => r.Order).Select(r => r.Text).ToArray();
    }
}

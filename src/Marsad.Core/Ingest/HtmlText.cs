using System.Text;
using AngleSharp.Dom;

namespace Marsad.Ingest;

/// <summary>Plain text from an HTML element: one paragraph per block element, separated by a blank line,
/// inline whitespace collapsed. Scripts, styles and forms say nothing a reader sees.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "li", "ul", "ol", "h1", "h2", "h3",
        "h4", "h5", "h6", "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "main", "nav", "br", "hr",
    };

    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "form", "button", "select", "iframe",
    };

    public static string ToPlainText(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                AppendCollapsed(current, text.Data);
            }
            else if (child is IElement element)
            {
                if (Silent.Contains(element.LocalName)) continue;
                bool block = Blocks.Contains(element.LocalName);
                if (block) Flush(current, paragraphs);
                Walk(element, current, paragraphs);
                if (block) Flush(current, paragraphs);
            }
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] != ' ') current.Append(' ');
            }
            else current.Append(c);
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0) paragraphs.Add(text);
        current.Clear();
    }
}

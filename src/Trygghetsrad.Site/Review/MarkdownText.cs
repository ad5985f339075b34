using System.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Review;

/// <summary>
/// Editors' text written into Markdown (GitHub's job summary) so that it shows as written and never as markup: a
/// pipe cannot end a table cell, brackets cannot make a link, backticks cannot open code, angle brackets cannot
/// make HTML. Every text is one line, since the summary's lines are list items and table rows.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// <paramref name="text"/> as Markdown text on one line: every ASCII punctuation character backslash-escaped
    /// (CommonMark's escapes, which show as the character itself), runs of white space and control characters as
    /// one space, trimmed.
    /// </summary>
    public static string Escape(string text) => Marked(text, []);

    /// <summary>
    /// <paramref name="text"/> escaped as <see cref="Escape"/> does, with the runs <paramref name="marks"/> in bold:
    /// a passage with the words a topic matched marked.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="marks">Runs of <paramref name="text"/> to mark, in order, not overlapping; each starts and ends with a word.</param>
    public static string Marked(string text, IReadOnlyList<TextRange> marks)
    {
        var markdown = new StringBuilder(text.Length + 16);
        var line = new OneLine(markdown);
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < marks.Count && i == marks[next].Start)
            {
                line.Append("**");
            }

            var c = text[i];
            if (c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c))
            {
                line.Append('\\');
            }

            line.Append(c);
            if (next < marks.Count && i == marks[next].Start + marks[next].Length - 1)
            {
                line.Append("**");
                next++;
            }
        }

        return markdown.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as an inline code span on one line, fenced by more backticks than any run inside
    /// it. Not for table cells: a pipe inside code still ends a cell there.
    /// </summary>
    public static string Code(string text)
    {
        var written = new StringBuilder(text.Length);
        var line = new OneLine(written);
        foreach (var c in text)
        {
            line.Append(c);
        }

        var code = written.ToString();
        if (code.Length == 0)
        {
            return "";
        }

        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);

        // A space inside each fence keeps a backtick at either end from joining the fence (CommonMark strips it again).
        var pad = code[0] == '`' || code[^1] == '`' ? " " : "";
        return fence + pad + code + pad + fence;
    }

    // Writes text on one line: line breaks, tabs and other control characters would end a list item or a table row.
    // Runs of them and of spaces become one space, and none at the start or the end, where a space could be read as
    // markup (two before a line's end break it) or be stripped from a code span.
    private sealed class OneLine(StringBuilder markdown)
    {
        private bool _space;

        public void Append(char c)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                _space = markdown.Length > 0;
                return;
            }

            if (_space)
            {
                markdown.Append(' ');
                _space = false;
            }

            markdown.Append(c);
        }

        public void Append(string markup)
        {
            foreach (var c in markup)
            {
                Append(c);
            }
        }
    }
}

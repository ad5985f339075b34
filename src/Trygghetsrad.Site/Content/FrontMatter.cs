using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>A content file split into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The YAML between the '---' lines.</param>
/// <param name="Body">Everything after the closing '---'.</param>
/// <param name="BodyStartLine">The file line the body starts on.</param>
public sealed record FrontMatter(string Yaml, string Body, int BodyStartLine)
{
    /// <summary>The file line of the YAML's first line, minus one: YAML line 1 is file line 2.</summary>
    public const int YamlLineOffset = 1;

    /// <summary>Splits <paramref name="text"/>; reports an empty file, a missing opening or an unclosed front matter.</summary>
    public static FrontMatter? Split(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), "filen är tom – ett möte börjar med fälten mellan två rader '---' och följs av anteckningarna");
            return null;
        }

        // Line by line without splitting the file: the body is most of it, and is taken whole.
        var firstEnd = text.IndexOf('\n');
        if (!(firstEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstEnd)).TrimEnd().SequenceEqual("---"))
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), "filen ska börja med en rad '---' och mötets fält (date, location …), avslutade med en rad '---'");
            return null;
        }

        for (int index = 1, start = firstEnd + 1; firstEnd >= 0 && start <= text.Length; index++)
        {
            var end = text.IndexOf('\n', start);
            var line = (end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start)).TrimEnd();
            if (line is "---" or "...")
            {
                return new FrontMatter(
                    index == 1 ? "" : text[(firstEnd + 1)..(start - 1)],
                    end < 0 ? "" : text[(end + 1)..],
                    index + 2);
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        diagnostics.Error(SourceLocation.StartOf(displayPath), "fälten som börjar med '---' på rad 1 avslutas aldrig – lägg till en rad '---' efter det sista fältet");
        return null;
    }
}

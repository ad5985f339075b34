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

        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), "filen ska börja med en rad '---' och mötets fält (date, location …), avslutade med en rad '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                return new FrontMatter(
                    string.Join('\n', lines[1..i]),
                    string.Join('\n', lines[(i + 1)..]),
                    i + 2);
            }
        }

        diagnostics.Error(SourceLocation.StartOf(displayPath), "fälten som börjar med '---' på rad 1 avslutas aldrig – lägg till en rad '---' efter det sista fältet");
        return null;
    }
}

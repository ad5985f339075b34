using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>Splitting a file into front matter and body, checked against the plain split-into-lines definition.</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("---\ndate: 2021-09-15\n---\n\n## Inledning\n\nText.\n")]
    [InlineData("---\r\ndate: 2021-09-15\r\nlocation: A\r\n---  \r\nText\r\n")]
    [InlineData("---\n---")]
    [InlineData("---\n---\n")]
    [InlineData("--- \na: 1\n...\nText")]
    [InlineData("---\na: 1\n---")]
    [InlineData("---\na: 1\n--- x\n---\nb\n---\nc")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("text\n---\n")]
    [InlineData("  \n")]
    public void Splits_as_the_lines_of_the_file_define(string text)
    {
        var actual = FrontMatter.Split(text, "x.md", new DiagnosticBag());
        Assert.Equal(ByLines(text), actual);
    }

    private static FrontMatter? ByLines(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return new FrontMatter(string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]), i + 2);
            }
        }

        return null;
    }
}

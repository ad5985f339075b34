using System.Text.RegularExpressions;
using Trygghetsrad.Site.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary>
/// The editors' docs run the generator as it ships, with scripts/arkiv.sh, never with <c>dotnet run</c>; and every
/// command they show is one the generator takes, with options it knows, as an editor would copy it.
/// </summary>
public sealed partial class EditorDocsCommandTests
{
    /// <summary>The docs written for editors (in Swedish), as the README lists them.</summary>
    public static TheoryData<string> EditorDocs => new() { "docs/redaktorer.md", "docs/innehall.md", "docs/floden-och-import.md", "docs/redaktorer-html.md" };

    [Theory]
    [MemberData(nameof(EditorDocs))]
    public void Every_command_runs_the_shipped_generator_and_parses(string doc)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, doc));

        Assert.DoesNotMatch(DevelopmentRun(), text);
        foreach (var command in Commands(text))
        {
            var parsed = SiteCommandLine.Create(TextWriter.Null, TextWriter.Null).Parse(command);
            Assert.True(parsed.Errors.Count == 0, $"{doc}: 'scripts/arkiv.sh {string.Join(' ', command)}': {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void The_editors_guide_shows_serve_new_and_check()
    {
        var used = Commands(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "redaktorer.md"))).Select(c => c[0]).ToHashSet();

        Assert.Superset(new HashSet<string> { "serve", "new", "check" }, used);
    }

    [Fact]
    public void A_mistyped_option_in_a_doc_would_be_found() =>
        Assert.NotEmpty(SiteCommandLine.Create(TextWriter.Null, TextWriter.Null).Parse(Commands("```\nscripts/arkiv.sh serve --prot 9000\n```\n").Single()).Errors);

    // The arguments of each scripts/arkiv.sh command, in code blocks (a line each, a trailing # comment left off) and
    // in inline code.
    private static List<string[]> Commands(string markdown)
    {
        var lines = CodeBlock().Matches(markdown).SelectMany(m => m.Groups["code"].Value.Split('\n'))
            .Concat(InlineCode().Matches(markdown).Select(m => m.Groups["code"].Value));
        return
        [
            .. lines.Select(l => l.Split('#')[0].Trim())
                .Where(l => l.StartsWith("scripts/arkiv.sh ", StringComparison.Ordinal))
                .Select(l => l["scripts/arkiv.sh ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        ];
    }

    [GeneratedRegex(@"dotnet run|dotnet \S+\.dll|dotnet src/")]
    private static partial Regex DevelopmentRun();

    [GeneratedRegex(@"^```[^\n]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"(?<!`)`(?<code>scripts/arkiv\.sh [^`\n]+)`")]
    private static partial Regex InlineCode();
}

using System.Text.RegularExpressions;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Editing;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>
/// The front matter keys are declared once (<see cref="MeetingKeys"/>): the editors' key reference in
/// docs/innehall.md, the file <c>new</c> writes and the parser all follow the table. After a change to the table
/// run with UPDATE_GOLDEN=1 to rewrite the reference, and review the diff.
/// </summary>
public sealed partial class MeetingKeysTests
{
    [Fact]
    public void The_key_reference_in_the_docs_is_the_table() =>
        DocsBlock.AssertIs("innehall.md", "nycklar", MeetingKeys.ReferenceTable());

    [Fact]
    public void Every_key_is_known_to_the_parser_and_an_unknown_one_is_refused_with_the_list()
    {
        var parser = new MeetingParser(new HashSet<string>(StringComparer.Ordinal) { "klotter" });
        var diagnostics = new DiagnosticBag();
        var yaml = string.Concat(MeetingKeys.All.Select(k => $"{k.Name}:\n"));
        parser.Parse("2021-09-15.md", "2021", $"---\n{yaml}locaton: x\n---\n", "m.md", diagnostics);

        var unknown = Assert.Single(diagnostics.Sorted(), d => d.Message.StartsWith("okänd nyckel", StringComparison.Ordinal));
        Assert.Equal($"okänd nyckel 'locaton' i mötets fält – menade du 'location'? Tillåtna nycklar: {string.Join(", ", MeetingKeys.Names)}", unknown.Message);
    }

    [Fact]
    public void A_new_file_has_every_key_that_has_starting_lines_in_the_tables_order()
    {
        var text = NewMeeting.Template(new DateOnly(2031, 1, 14), null);
        var written = KeyLine().Matches(text).Select(m => m.Groups["key"].Value).Where(MeetingKeys.Names.Contains).ToList();
        Assert.Equal(MeetingKeys.All.Where(k => k.Starter is not null).Select(k => k.Name), written);
    }

    [Fact]
    public void Only_date_is_required()
    {
        Assert.Equal(["date"], MeetingKeys.All.Where(k => k.Required is not null).Select(k => k.Name));
    }

    [GeneratedRegex(@"^(# )?(?<key>[a-z_]+):", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}

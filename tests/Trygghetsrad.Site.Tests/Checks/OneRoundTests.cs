using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Checks;

/// <summary>
/// An editor sees every problem of a file in one run of <c>check</c> (and of <c>build</c>): an error in the front
/// matter does not hide the minutes' problems, their links, their topics or personal data.
/// </summary>
public sealed class OneRoundTests : IDisposable
{
    private const string File = "moten/2030/2030-01-15.md";
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string At(int line) => $"{FictionalMeeting.Shown(_content, File)}:{line}:";

    [Fact]
    public void A_meeting_with_errors_in_every_layer_gets_them_all_in_one_check()
    {
        _content.Write(File, FictionalMeeting.Text(
            "2030-01-15",
            "locaton: Sal 3\ntopics: [trafik]\n",
            "# Fel rubriknivå\n\n## Övrigt\n\nSe [ett möte som inte finns](/moten/2029-12-01/) och ring 070-123 45 67.\n"));

        var result = ContentCheck.Run(_content.Content, TempContent.Templates);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith(At(FrontMatterLine("locaton")), StringComparison.Ordinal) && e.Contains("okänd nyckel 'locaton'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith(At(FrontMatterLine("topics")), StringComparison.Ordinal) && e.Contains("okänt ämne 'trafik'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith(At(BodyLine("# Fel rubriknivå")), StringComparison.Ordinal) && e.Contains("har nivå 1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith(At(BodyLine("Se [")), StringComparison.Ordinal) && e.Contains("trasig länk '/moten/2029-12-01/'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith(At(BodyLine("Se [")), StringComparison.Ordinal) && e.Contains("ser ut som ett telefonnummer", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_reports_the_same_layers_and_publishes_nothing()
    {
        _content.Write(File, FictionalMeeting.Text("2030-01-15", "locaton: Sal 3\n", "## Övrigt\n\nSe [ett möte som inte finns](/moten/2029-12-01/).\n"));
        var output = Path.Combine(_content.Root, "_site");

        var result = new SiteBuilder().Build(new BuildOptions(_content.Content, TempContent.Templates, output));

        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("okänd nyckel 'locaton'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("trasig länk '/moten/2029-12-01/'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(output));
    }

    private int FrontMatterLine(string key) => BodyLine(key + ":");

    // The file line that starts with <paramref name="start"/>.
    private int BodyLine(string start) =>
        1 + System.IO.File.ReadAllLines(Path.Combine(_content.Content, File)).ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
}

using System.Diagnostics;
using System.Text;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>
/// Nothing outside content/ and templates/ is read or published: a symbolic link anywhere below them is refused
/// at the link, and names are handled the same on every system.
/// </summary>
public sealed class ContentBoundaryTests : IDisposable
{
    private const string Secret = "HEMLIGT-UTANFÖR-INNEHÅLLET";
    private readonly TempContent _temp = new(withRealMeeting: true);
    private readonly string _outside;
    private readonly string _templates;

    public ContentBoundaryTests()
    {
        // A file and a folder outside the content, as a runner's home folder would be.
        _outside = Path.Combine(_temp.Root, "utanfor");
        Directory.CreateDirectory(Path.Combine(_outside, "2021"));
        var meeting = $"---\n{TempContent.FictionalComment}date: 2021-10-20\n---\n\n## Inledning\n\n{Secret} 19900101-1239\n";
        File.WriteAllText(Path.Combine(_outside, "2021", "2021-10-20.md"), meeting);
        File.WriteAllText(Path.Combine(_outside, "hemlig.md"), meeting);
        _templates = Path.Combine(_temp.Root, "templates");
        Folders.Copy(TempContent.Templates, _templates);
    }

    public void Dispose() => _temp.Dispose();

    private string Output => Path.Combine(_temp.Root, "_site");

    public static TheoryData<string, string> Links() => new()
    {
        { "content/moten/2021/2021-10-20.md", "hemlig.md" },
        { "content/moten/2022", "2021" },
        { "content/site.yml", "hemlig.md" },
        { "content/tillganglighet.md", "hemlig.md" },
        { "templates/assets/extra.css", "hemlig.md" },
        { "templates/assets/extra", "2021" },
        { "templates/meeting.sbn", "hemlig.md" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_symbolic_link_is_refused_at_the_link_and_nothing_it_points_to_is_read(string link, string target)
    {
        var path = Path.Combine(_temp.Root, link);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        if (Directory.Exists(Path.Combine(_outside, target)))
        {
            Directory.CreateSymbolicLink(path, Path.Combine(_outside, target));
        }
        else
        {
            File.CreateSymbolicLink(path, Path.Combine(_outside, target));
        }

        var build = new SiteBuilder().Build(new BuildOptions(_temp.Content, _templates, Output));
        var check = ContentCheck.Run(_temp.Content, _templates);

        foreach (var diagnostics in new[] { build.Diagnostics, check.Diagnostics })
        {
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error && d.Location.Path.EndsWith(link, StringComparison.Ordinal));
            Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
            Assert.StartsWith("symboliska länkar följs inte", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal) || d.Location.Path.Contains("utanfor", StringComparison.Ordinal));
        }

        Assert.False(build.Succeeded);
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("content/Site.yml", "site.yml")]
    [InlineData("content/Moten", "moten")]
    [InlineData("templates/Layout.sbn", "layout.sbn")]
    public void A_name_the_generator_reads_must_match_in_case_on_every_system(string wrong, string right)
    {
        var from = Path.Combine(_temp.Root, Path.GetDirectoryName(wrong)!, right);
        var to = Path.Combine(_temp.Root, wrong);
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }

        var result = new SiteBuilder().Build(new BuildOptions(_temp.Content, _templates, Output));

        var error = Assert.Single(result.Diagnostics, d => d.Location.Path.EndsWith(wrong, StringComparison.Ordinal));
        Assert.Equal($"'{Path.GetFileName(wrong)}' ska heta '{right}' – stora och små bokstäver räknas, så att webbplatsen blir likadan i Linux, Windows och macOS", error.Message);
    }

    [Theory]
    [InlineData("2021-10-20.MD", "filändelsen ska vara .md med små bokstäver – annars blir mötet inte publicerat")]
    [InlineData("2021-10-20 kopia.md", "filnamnet '2021-10-20 kopia.md' ska vara mötets datum")]
    [InlineData("2021-10-20-möte.md", "filnamnet '2021-10-20-möte.md' ska vara mötets datum")]
    [InlineData("2021-10-20-mo\u0308te.md", "filnamnet '2021-10-20-mo\u0308te.md' ska vara mötets datum")]
    public void A_meeting_file_name_outside_the_rules_is_an_error_whatever_the_system(string name, string message)
    {
        _temp.Write("moten/2021/" + name, $"---\n{TempContent.FictionalComment}date: 2021-10-20\n---\n\n## Inledning\n\nText.\n");

        var error = Diagnose.SingleError(Diagnose.Content(_temp.Content));

        Assert.EndsWith(name.Normalize(NormalizationForm.FormC), error.Location.Path.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_among_the_meetings_is_an_empty_file_not_a_hang()
    {
        var pipe = Path.Combine(_temp.Content, "moten", "2021", "2021-10-20.md");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var diagnostics = await Task.Run(() => Diagnose.Content(_temp.Content)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("filen är tom", Diagnose.SingleError(diagnostics).Message, StringComparison.Ordinal);
    }
}

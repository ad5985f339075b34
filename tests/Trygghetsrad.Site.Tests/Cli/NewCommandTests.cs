using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Cli;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Checks;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Path2031(string name) => Path.Combine(_content.Content, "moten", "2031", name);

    [Fact]
    public void Without_a_date_prefills_date_times_and_place_from_the_latest_next_meeting()
    {
        _content.Write("moten/2030/2030-11-05.md", FictionalMeeting.Text("2030-11-05", "next_meeting:\n  date: 2031-01-14\n  start: \"18:00\"\n  end: \"20:15\"\n  location: Kommunhuset, sal 3\n"));
        _content.Write("moten/2030/2030-09-05.md", FictionalMeeting.Text("2030-09-05", "next_meeting:\n  date: 2030-11-05\n"));

        var run = CliRun.Invoke(null, "new", "--content", _content.Content);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(Path2031("2031-01-14.md"));
        Assert.Contains("\ndate: 2031-01-14\nstart: \"18:00\"\nend: \"20:15\"\nlocation: \"Kommunhuset, sal 3\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndraft: true\n", text, StringComparison.Ordinal);
        Assert.Equal($"Skapade {DisplayPath.For(Path2031("2031-01-14.md"))} (utkast). Fyll i den, ta bort 'draft: true' när den är klar och kör check.\n", run.Stdout);
    }

    [Fact]
    public void The_new_file_passes_check_with_only_reminders()
    {
        _content.Write("moten/2030/2030-11-05.md", FictionalMeeting.Text("2030-11-05", "next_meeting:\n  date: 2031-01-14\n  location: Kommunhuset\n"));
        Assert.Equal(0, CliRun.Invoke(null, "new", "--content", _content.Content).ExitCode);

        var result = ContentCheck.Run(_content.Content, Path.Combine(RepositoryRoot.Path, "templates"));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("mötet är ett utkast", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message == "mallens platshållare 'Skriv här.' står kvar – skriv in det riktiga innehållet");
    }

    [Fact]
    public void With_another_date_uses_template_defaults()
    {
        _content.Write("moten/2030/2030-11-05.md", FictionalMeeting.Text("2030-11-05", "next_meeting:\n  date: 2031-01-14\n  start: \"18:00\"\n  location: Kommunhuset\n"));

        var run = CliRun.Invoke(null, "new", "2031-02-03", "--content", _content.Content);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(Path2031("2031-02-03.md"));
        Assert.Contains("\ndate: 2031-02-03\nstart: \"17:30\"\nend: \"19:00\"\nlocation:  # Var hölls mötet?", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path2031("2031-01-14.md")));
    }

    [Fact]
    public void Refuses_to_overwrite_and_leaves_the_file_untouched()
    {
        var existing = _content.Write("moten/2031/2031-02-03.md", "mina anteckningar");

        var run = CliRun.Invoke(null, "new", "2031-02-03", "--content", _content.Content);

        Assert.Equal(SiteCommandLine.ContentErrors, run.ExitCode);
        Assert.Equal($"{DisplayPath.For(existing)}:1:1: error: filen finns redan och skrivs inte över – öppna den och redigera den i stället\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("mina anteckningar", File.ReadAllText(existing));
    }

    [Fact]
    public void Without_a_date_and_without_next_meeting_asks_for_a_date()
    {
        _content.Write("moten/2030/2030-11-05.md", FictionalMeeting.Text("2030-11-05"));

        var run = CliRun.Invoke(null, "new", "--content", _content.Content);

        Assert.Equal(SiteCommandLine.ContentErrors, run.ExitCode);
        Assert.EndsWith(":1:1: error: inget möte anger next_meeting – ange datumet, till exempel 'new 2026-12-02'\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2031-02-30")]
    [InlineData("3 februari")]
    public void Rejects_a_date_that_is_not_one(string date)
    {
        var run = CliRun.Invoke(null, "new", date, "--content", _content.Content);
        Assert.Equal(SiteCommandLine.ContentErrors, run.ExitCode);
        Assert.Equal($"error: '{date}' är inget datum – skriv åååå-mm-dd, till exempel 2026-12-02\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_content.Content, "moten", "2031")));
    }
}

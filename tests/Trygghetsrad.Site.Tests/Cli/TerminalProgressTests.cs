using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Cli;

namespace Trygghetsrad.Site.Tests.Cli;

public sealed class TerminalProgressTests
{
    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(false, null, null, false)]
    [InlineData(true, "true", null, false)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, null, "true", false)]
    [InlineData(true, "false", null, true)]
    public void Shown_only_on_a_terminal_outside_ci(bool terminal, string? ci, string? actions, bool shown)
    {
        var env = new Dictionary<string, string?> { ["CI"] = ci, ["GITHUB_ACTIONS"] = actions };
        Assert.Equal(shown, TerminalProgress.For(TextWriter.Null, terminal, name => env.GetValueOrDefault(name)) is not null);
    }

    [Fact]
    public void Redraws_in_place_at_most_every_100_ms_and_clears_the_line_when_done()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new TerminalProgress(output, clock);

        progress.Report(new BuildProgress(1, 4));
        clock.Advance(TimeSpan.FromMilliseconds(50));
        progress.Report(new BuildProgress(2, 4));
        clock.Advance(TimeSpan.FromMilliseconds(60));
        progress.Report(new BuildProgress(3, 4));
        progress.Report(new BuildProgress(4, 4));
        progress.Clear();

        Assert.Equal("\rSkriver mötessidor: 1 av 4\rSkriver mötessidor: 3 av 4\r                          \r", output.ToString());
    }

    [Fact]
    public void Build_in_ci_prints_only_the_summary()
    {
        using var folder = new Infrastructure.TempContent();
        folder.Write("moten/2030/2030-01-15.md", Checks.FictionalMeeting.Text("2030-01-15"));
        var output = Path.Combine(folder.Root, "site");
        var run = CliRun.Invoke(
            new Dictionary<string, string> { ["CI"] = "true" },
            "build", "--content", folder.Content, "--templates", Path.Combine(RepositoryRoot.Path, "templates"), "--output", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Byggde \d+ sidor från 1 möte till .*site/ \(0 varningar\)\.\n$", run.Stdout);
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

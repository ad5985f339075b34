using System.Text.RegularExpressions;

namespace Trygghetsrad.Site.Tests.Cli;

/// <summary><c>--help</c> is Swedish on every command, and its examples use the base path the site has in site.yml.</summary>
public sealed partial class HelpTests
{
    /// <summary>The help of every command, the program's own first.</summary>
    private static readonly string[][] HelpOfEach =
    [
        ["--help"],
        ["build", "--help"],
        ["check", "--help"],
        ["new", "--help"],
        ["serve", "--help"],
        ["import", "--help"],
    ];

    public static TheoryData<string[]> Commands => new(HelpOfEach);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_is_swedish_throughout(string[] args)
    {
        var run = CliRun.Invoke(null, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Användning:\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Flaggor:\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-?, -h, --help", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Visa den här hjälpen", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(English(), run.Stdout);
    }

    [Fact]
    public void The_program_lists_its_commands_and_the_version_option()
    {
        var run = CliRun.Invoke(null, "--help");

        Assert.Contains("Kommandon:\n", run.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "build", "check", "new", "serve", "import" })
        {
            Assert.Matches($"\n  {command} +[A-ZÅÄÖ]", run.Stdout);
        }

        Assert.Matches("\n  --version +Visa programmets version\n", run.Stdout);
    }

    [Fact]
    public void Options_show_their_value_and_default_in_swedish()
    {
        var run = CliRun.Invoke(null, "build", "--help");

        Assert.Matches(@"\n  --content <mapp> +Innehållsmappen \(site\.yml, topics\.yml, moten/\) \[standard: content\]\n", run.Stdout);
        Assert.Matches(@"\n  --base-path <sökväg> +Sökvägen som alla adresser börjar med", run.Stdout);
        Assert.Contains("Exempel:\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_command_is_followed_by_the_swedish_help()
    {
        var run = CliRun.Invoke(null, "bild");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Användning:\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(English(), run.Stdout.Split("Beskrivning:")[^1]);
    }

    [Fact]
    public void Every_base_path_in_the_help_is_the_one_in_site_yml()
    {
        var basePath = Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "site.yml")), @"(?m)^base_path: *(\S+)").Groups[1].Value;
        var help = string.Concat(HelpOfEach.Select(args => CliRun.Invoke(null, args).Stdout));

        var written = SitePath().Matches(help).Select(m => m.Value).ToList();

        Assert.NotEmpty(written);
        Assert.All(written, path => Assert.Equal(basePath, path));
    }

    // What System.CommandLine writes in its own help.
    [GeneratedRegex(@"Usage|Description|Options|Commands|Arguments|Show help|Show version|\[default|information")]
    private static partial Regex English();

    // A path to the site as the help writes one: /trygghetsrad/, /trygghetsradet/ …
    [GeneratedRegex(@"/trygghets[a-zåäö]*/")]
    private static partial Regex SitePath();
}

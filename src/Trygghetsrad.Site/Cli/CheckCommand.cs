using System.CommandLine;
using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Review;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Cli;

/// <summary><c>check</c>: everything <c>build</c> rejects, plus personal data and editorial warnings, without writing a site.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var content = CliOptions.Content();
        var templates = CliOptions.Templates();
        var verbose = CliOptions.Verbose();
        var summary = new Option<string?>("--summary") { Description = "Skriv också fynden och de ändrade mötena i Markdown till filen (pull requestens sammanfattning i GitHub)", HelpName = "fil" };
        var changed = new Option<string[]>("--changed")
        {
            Description = "Mötesfiler som ändringen lägger till eller ändrar; sammanfattningen visar dem som webbplatsen gör (med --summary)",
            HelpName = "mötesfil",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("check", "Granskar innehållet utan att bygga: samma fel som build, personuppgifter (personnummer, samordningsnummer, telefonnummer, e-post) och varningar. Slutkod 1 vid fel.")
        {
            content, templates, verbose, summary, changed,
        };
        command.SetAction(result => SiteCommandLine.Guard(stderr, () =>
        {
            var folders = SiteFolders.From(result.GetValue(content)!, result.GetValue(templates));
            if (folders.ReportMissing(stdout))
            {
                return SiteCommandLine.ContentErrors;
            }

            var outcome = ContentCheck.Run(folders.Content, folders.Templates);
            foreach (var reading in outcome.Readability)
            {
                stdout.WriteLine(reading.ToString());
            }

            SiteCommandLine.Report(outcome.Diagnostics, stdout);
            if (GitHubAnnotations.Enabled(environment))
            {
                foreach (var diagnostic in outcome.Diagnostics)
                {
                    stdout.WriteLine(GitHubAnnotations.Format(diagnostic));
                }
            }

            if (result.GetValue(summary) is { } file)
            {
                using var markdown = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
                new CheckSummary(outcome).Write(result.GetValue(changed) ?? [], markdown);
            }

            var errors = SiteCommandLine.Count(outcome.Diagnostics, Severity.Error);
            var warnings = SiteCommandLine.Count(outcome.Diagnostics, Severity.Warning);
            stdout.WriteLine($"Granskade {SwedishCount.Of(outcome.MeetingFiles, "meeting_file")}: {errors}, {warnings}.");
            return outcome.Succeeded ? 0 : SiteCommandLine.ContentErrors;
        }, result.GetValue(verbose)));
        return command;
    }
}

/// <summary>Options several commands share, defined once so their names and help agree.</summary>
internal static class CliOptions
{
    public static Option<string> Content() =>
        new("--content") { Description = "Innehållsmappen (site.yml, topics.yml, moten/)", HelpName = "mapp", DefaultValueFactory = _ => "content" };

    public static Option<bool> Verbose() =>
        new("--verbose") { Description = "Visa hela felspåret om generatorn stannar" };

    public static Option<string?> Templates() =>
        new("--templates") { Description = "Mallmappen (*.sbn och assets/); annars mappen templates bredvid innehållsmappen", HelpName = "mapp" };

    public static Option<string?> BasePath() =>
        new("--base-path") { Description = "Sökvägen som alla adresser börjar med, t.ex. /trygghetsradet/ (annars base_path från site.yml)", HelpName = "sökväg" };
}

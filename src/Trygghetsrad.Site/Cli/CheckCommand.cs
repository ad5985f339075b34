using System.CommandLine;
using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Cli;

/// <summary><c>check</c>: everything <c>build</c> rejects, plus personal data and editorial warnings, without writing a site.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var content = CliOptions.Content();
        var templates = CliOptions.Templates();
        var verbose = CliOptions.Verbose();
        var command = new Command("check", "Granskar innehållet utan att bygga: samma fel som build, personuppgifter (personnummer, samordningsnummer, telefonnummer, e-post) och varningar. Slutkod 1 vid fel.")
        {
            content, templates, verbose,
        };
        command.SetAction(result => SiteCommandLine.Guard(stderr, () =>
        {
            var outcome = ContentCheck.Run(result.GetValue(content)!, result.GetValue(templates)!);
            SiteCommandLine.Report(outcome.Diagnostics, stdout);
            if (GitHubAnnotations.Enabled(environment))
            {
                foreach (var diagnostic in outcome.Diagnostics)
                {
                    stdout.WriteLine(GitHubAnnotations.Format(diagnostic));
                }
            }

            var errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning);
            stdout.WriteLine($"Granskade {outcome.MeetingFiles} mötesfiler: {SwedishCount(errors, "fel", "fel")}, {SwedishCount(warnings, "varning", "varningar")}.");
            return outcome.Succeeded ? 0 : SiteCommandLine.ContentErrors;
        }, result.GetValue(verbose)));
        return command;
    }

    private static string SwedishCount(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}

/// <summary>Options several commands share, defined once so their names and help agree.</summary>
internal static class CliOptions
{
    public static Option<string> Content() =>
        new("--content") { Description = "Innehållsmappen (site.yml, topics.yml, moten/)", DefaultValueFactory = _ => "content" };

    public static Option<bool> Verbose() =>
        new("--verbose") { Description = "Visa hela felspåret om generatorn stannar" };

    public static Option<string> Templates() =>
        new("--templates") { Description = "Mallmappen (*.sbn och assets/)", DefaultValueFactory = _ => "templates" };
}

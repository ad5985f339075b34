using System.CommandLine;
using System.Globalization;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Editing;

namespace Trygghetsrad.Site.Cli;

/// <summary><c>new [DATE]</c>: writes a new meeting file from the template; never overwrites.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CliOptions.Content();
        var date = new Argument<string?>("DATUM")
        {
            Description = "Mötets datum, åååå-mm-dd. Utelämnat: det datum som förra mötet angav under next_meeting.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("new", "Skapar moten/ÅÅÅÅ/ÅÅÅÅ-MM-DD.md från mallen, som utkast, ifyllt med tid och plats från förra mötets next_meeting. Skriver aldrig över en fil.")
        {
            date, content,
        };
        command.SetAction(result => SiteCommandLine.Guard(stderr, () =>
        {
            DateOnly? day = null;
            if (result.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    stderr.WriteLine($"error: '{text}' är inget datum – skriv åååå-mm-dd, till exempel 2026-12-02");
                    return SiteCommandLine.ContentErrors;
                }

                day = parsed;
            }

            var folders = SiteFolders.From(result.GetValue(content)!, templates: null);
            if (folders.ReportMissing(stderr, withTemplates: false))
            {
                return SiteCommandLine.ContentErrors;
            }

            var diagnostics = new DiagnosticBag();
            var path = NewMeeting.Create(folders.Content, day, diagnostics);
            SiteCommandLine.Report(diagnostics.Sorted(), stderr);
            if (path is null)
            {
                return SiteCommandLine.ContentErrors;
            }

            stdout.WriteLine($"Skapade {DisplayPath.For(path)} (utkast). Fyll i den, ta bort 'draft: true' när den är klar och kör check.");
            return 0;
        }));
        return command;
    }
}

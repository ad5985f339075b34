using System.CommandLine;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Import;

namespace Trygghetsrad.Site.Cli;

/// <summary>The <c>import FILE.txt [--content DIR]</c> command: old plain-text minutes into a meeting file.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CliOptions.Content();
        var file = new Argument<string>("FIL") { Description = "De gamla anteckningarna som text (.txt, UTF-8)" };
        var import = new Command("import", "Gör om gamla anteckningar i textform till en mötesfil i innehållsmappen") { file, content };
        import.SetAction(result => SiteCommandLine.Guard(stderr, () =>
        {
            var folders = SiteFolders.From(result.GetValue(content)!, templates: null);
            if (folders.ReportMissing(stderr, withTemplates: false))
            {
                return SiteCommandLine.ContentErrors;
            }

            var outcome = MinutesImporter.Import(result.GetValue(file)!, folders.Content);
            SiteCommandLine.Report(outcome.Diagnostics, stderr);
            if (!outcome.Succeeded)
            {
                stderr.WriteLine($"Importen misslyckades: {SiteCommandLine.Count(outcome.Diagnostics, Severity.Error)}. Ingen fil skrevs.");
                return SiteCommandLine.ContentErrors;
            }

            stdout.WriteLine($"Skrev {DisplayPath.For(outcome.WrittenPath!)} ({SiteCommandLine.Count(outcome.Diagnostics, Severity.Warning)}).");
            stdout.WriteLine("Rubriker som importen hittade – kontrollera dem mot originalet:");
            foreach (var heading in outcome.Headings)
            {
                stdout.WriteLine($"  rad {heading.Line}: {heading.Text}");
            }

            return 0;
        }));
        return import;
    }
}

using System.CommandLine;
using System.Globalization;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Cli;

/// <summary><c>build</c>: builds the whole site into a temporary folder and swaps it in when nothing failed.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var content = CliOptions.Content();
        var templates = CliOptions.Templates();
        var output = new Option<string>("--output") { Description = "Mappen som webbplatsen skrivs till", HelpName = "mapp", DefaultValueFactory = _ => "_site" };
        var basePath = CliOptions.BasePath();
        var verbose = new Option<bool>("--verbose") { Description = "Visa tid per steg, och hela felspåret om generatorn stannar" };
        var sequential = new Option<bool>("--sequential") { Description = "Bygg på en tråd (samma resultat, långsammare)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Webbplatsens adress utan sökväg, t.ex. https://exempel.github.io (annars base_url från site.yml)", HelpName = "adress" };

        var preview = new Option<bool>("--preview") { Description = "Bygg en förhandsvisning: utkast tas med och märks, och länkarna fungerar när mappen öppnas direkt från datorn (publicera aldrig en förhandsvisning)" };

        var build = new Command("build", $"Bygger webbplatsen från innehållsmappen. Dagens datum, som avgör om ett annonserat möte har varit, tas från {SourceDateEpoch.Variable} (sekunder sedan 1970-01-01 UTC) när den är satt, annars från det senaste mötet") { content, templates, output, basePath, baseUrl, preview, verbose, sequential };
        build.SetAction(result => SiteCommandLine.Guard(stderr, () =>
        {
            var (today, badDate) = SourceDateEpoch.Read(environment);
            if (badDate is not null)
            {
                stderr.WriteLine($"error: {badDate}");
                return SiteCommandLine.InternalError;
            }

            var folders = SiteFolders.From(result.GetValue(content)!, result.GetValue(templates));
            if (folders.ReportMissing(stderr))
            {
                return SiteCommandLine.ContentErrors;
            }

            var progress = TerminalProgress.For(stdout, ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected, environment);
            var options = new BuildOptions(
                folders.Content,
                folders.Templates,
                result.GetValue(output)!,
                result.GetValue(basePath),
                result.GetValue(sequential) ? 1 : -1,
                result.GetValue(baseUrl),
                progress,
                Drafts: result.GetValue(preview),
                RelativeLinks: result.GetValue(preview),
                Today: today);
            var outcome = new SiteBuilder().Build(options);
            progress?.Clear();
            SiteCommandLine.Report(outcome.Diagnostics, stderr);
            if (result.GetValue(verbose))
            {
                foreach (var (phase, wall, cpu, allocated, part, gc, jit) in outcome.Timings)
                {
                    stdout.WriteLine(part
                        ? string.Create(CultureInfo.InvariantCulture, $"    varav {phase,-26}          (CPU {cpu.TotalMilliseconds,8:F0} ms)")
                        : string.Create(CultureInfo.InvariantCulture, $"  {phase,-28} {wall.TotalMilliseconds,8:F0} ms  (CPU {cpu.TotalMilliseconds,8:F0} ms, allokerat {allocated / 1048576.0,7:F0} MiB, GC-paus {gc.TotalMilliseconds,5:F0} ms, JIT {jit.TotalMilliseconds,5:F0} ms)"));
                }

                // The runtime's share, which no phase shows: collections (and the pauses that stop every thread)
                // and methods compiled at run time.
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  skräpsamlingar: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, paus {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; JIT: {SwedishCount.Of(System.Runtime.JitInfo.GetCompiledMethodCount(), "method")}, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms"));
            }

            if (!outcome.Succeeded)
            {
                stderr.WriteLine($"Bygget misslyckades: {SiteCommandLine.Count(outcome.Diagnostics, Severity.Error)}. Den förra webbplatsen i {options.OutputDirectory} är orörd.");
                return SiteCommandLine.ContentErrors;
            }

            stdout.WriteLine($"Byggde {SwedishCount.Of(outcome.PageCount, "page")} från {SwedishCount.Of(outcome.MeetingCount, "meeting")} till {options.OutputDirectory}/ ({SiteCommandLine.Count(outcome.Diagnostics, Severity.Warning)}).");
            return 0;
        }, result.GetValue(verbose)));
        return build;
    }
}

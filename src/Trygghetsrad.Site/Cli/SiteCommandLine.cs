using System.CommandLine;
using System.Globalization;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Cli;

/// <summary>The generator's commands. Exit codes: 0 success, 1 content errors, 2 internal failure.</summary>
public static class SiteCommandLine
{
    /// <summary>Exit code when content has errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>Exit code when the generator itself failed.</summary>
    public const int InternalError = 2;

    /// <summary>Builds the command tree writing to the given streams; <paramref name="environment"/> reads variables (tests pass their own).</summary>
    public static RootCommand Create(TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var content = new Option<string>("--content") { Description = "Innehållsmappen (site.yml, topics.yml, moten/)", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "Mallmappen (*.sbn och assets/)", DefaultValueFactory = _ => "templates" };
        var output = new Option<string>("--output") { Description = "Mappen som webbplatsen skrivs till", DefaultValueFactory = _ => "_site" };
        var basePath = new Option<string?>("--base-path") { Description = "Sökväg som alla adresser börjar med, t.ex. /trygghetsrad/ (annars från site.yml)" };
        var verbose = new Option<bool>("--verbose") { Description = "Visa tid per steg" };
        var sequential = new Option<bool>("--sequential") { Description = "Bygg på en tråd (samma resultat, långsammare)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Webbplatsens adress utan sökväg, t.ex. https://exempel.github.io (annars från site.yml)" };

        var build = new Command("build", $"Bygger webbplatsen från innehållsmappen. Dagens datum, som avgör om ett annonserat möte har varit, tas från {SourceDateEpoch.Variable} (sekunder sedan 1970-01-01 UTC) om den är satt, annars från det senaste mötet") { content, templates, output, basePath, baseUrl, verbose, sequential };
        build.SetAction(result => Guard(stderr, () =>
        {
            var (today, badDate) = SourceDateEpoch.Read(environment);
            if (badDate is not null)
            {
                stderr.WriteLine($"error: {badDate}");
                return InternalError;
            }

            var progress = TerminalProgress.For(stdout, ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected, environment);
            var options = new BuildOptions(
                result.GetValue(content)!,
                result.GetValue(templates)!,
                result.GetValue(output)!,
                result.GetValue(basePath),
                result.GetValue(sequential) ? 1 : -1,
                result.GetValue(baseUrl),
                progress,
                Today: today);
            var outcome = new SiteBuilder().Build(options);
            progress?.Clear();
            Report(outcome.Diagnostics, stderr);
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
                    $"  skräpsamlingar: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, paus {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} metoder, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms"));
            }

            if (!outcome.Succeeded)
            {
                stderr.WriteLine($"Bygget misslyckades: {Count(outcome.Diagnostics, Severity.Error)}. Den förra webbplatsen i {options.OutputDirectory} är orörd.");
                return ContentErrors;
            }

            stdout.WriteLine($"Byggde {outcome.PageCount} sidor från {outcome.MeetingCount} möten till {options.OutputDirectory}/ ({Count(outcome.Diagnostics, Severity.Warning)}).");
            return 0;
        }));

        var import = ImportCommand.Create(stdout, stderr, content);

        return new RootCommand("Trygghetsrådets arkiv: bygger en sökbar, statisk webbplats av mötesanteckningar i Markdown.")
        {
            build,
            CheckCommand.Create(stdout, stderr, environment),
            NewCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr, environment),
            import,
        };
    }

    /// <summary>Prints diagnostics as <c>path:line:col: error: message</c>, one a line.</summary>
    public static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    internal static string Count(IEnumerable<Diagnostic> diagnostics, Severity severity)
    {
        var n = diagnostics.Count(d => d.Severity == severity);
        return severity == Severity.Error
            ? n == 1 ? "1 fel" : $"{n} fel"
            : n == 1 ? "1 varning" : $"{n} varningar";
    }

    internal static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return InternalError;
        }
    }
}

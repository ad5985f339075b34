using System.CommandLine;
using System.Runtime.InteropServices;
using Trygghetsrad.Site.Serving;

namespace Trygghetsrad.Site.Cli;

/// <summary><c>serve</c>: builds, serves on 127.0.0.1, rebuilds on change and reloads open pages, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var content = CliOptions.Content();
        var templates = CliOptions.Templates();
        var port = new Option<int>("--port") { Description = "Porten på 127.0.0.1 (0 väljer en ledig)", HelpName = "port", DefaultValueFactory = _ => 8080 };
        var basePath = CliOptions.BasePath();
        var verbose = CliOptions.Verbose();
        var command = new Command("serve", "Förhandsvisar webbplatsen på http://127.0.0.1: bygger om när innehåll eller mallar ändras och laddar om öppna sidor. Fel visas i webbläsaren och här.")
        {
            content, templates, port, basePath, verbose,
        };
        command.SetAction((result, cancellation) => Task.FromResult(SiteCommandLine.Guard(stderr, () =>
        {
            var folders = SiteFolders.From(result.GetValue(content)!, result.GetValue(templates));
            if (folders.ReportMissing(stderr))
            {
                return SiteCommandLine.ContentErrors;
            }

            var progress = TerminalProgress.For(stdout, ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected, environment);
            var options = new ServeOptions(folders.Content, folders.Templates, result.GetValue(port), result.GetValue(basePath));
            using var session = new ServeSession(options, stdout, progress);
            try
            {
                session.Start();
            }
            catch (System.Net.HttpListenerException ex)
            {
                stderr.WriteLine($"error: kan inte lyssna på port {options.Port}: {ex.Message} – välj en annan med --port");
                return SiteCommandLine.InternalError;
            }

            // Ctrl+C and a polite kill both end serving through Dispose, which removes the private build folder.
            using var stop = new ManualResetEventSlim();
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Set();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            WaitHandle.WaitAny([stop.WaitHandle, cancellation.WaitHandle]);
            stdout.WriteLine("Förhandsvisningen är avslutad.");
            return 0;
        }, result.GetValue(verbose))));
        return command;
    }
}

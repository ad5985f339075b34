using System.CommandLine;
using Trygghetsrad.Site.Cli;

return SiteCommandLine.Create(Console.Out, Console.Error).Parse(args).Invoke();

using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// Every generated page passes the Nu Html Checker (W3C's vnu) without a single error: the real site (also built for a
/// day after its announced meeting), the rich fixture, and a generated archive whose long year and topics paginate;
/// among them the lists of questions and the follow-up pages.
/// </summary>
public sealed class HtmlValidityTests
{
    private static string VnuJar => Path.Combine(RepositoryRoot.Path, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public void Real_site_rich_fixture_and_a_generated_archive_have_no_nu_html_checker_errors()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-vnu-" + Guid.NewGuid().ToString("N"));
        try
        {
            var real = Build(Fixtures.RealContent, Path.Combine(folder, "real"), "/trygghetsrad/");
            var rich = Build(Fixtures.RichArchive, Path.Combine(folder, "rich"), "/");
            Build(Fixtures.RealContent, Path.Combine(folder, "real-later"), "/trygghetsrad/", new DateOnly(2026, 12, 2));
            var generatedContent = Path.Combine(Path.GetTempPath(), "trygghetsrad-vnu-content-" + Guid.NewGuid().ToString("N"));
            try
            {
                Trygghetsrad.FictionalArchive.ArchiveGenerator.Write(generatedContent, 60);
                Build(generatedContent, Path.Combine(folder, "generated"), "/");
            }
            finally
            {
                Directory.Delete(generatedContent, recursive: true);
            }

            Assert.True(real.PageCount >= 10 && rich.PageCount >= 30, $"Too few pages built: {real.PageCount} and {rich.PageCount}.");
            Assert.True(File.Exists(Path.Combine(folder, "generated", "moten", "1990", "sida", "2", "index.html")), "the generated archive's year is not paginated");
            string[] questionsAndFollowUps =
            [
                "real/fragor/index.html", "real/fragor/2021/index.html", "real/uppfoljning/index.html", "real/uppfoljning/klotter-naringslivet/index.html",
                "rich/fragor/amnen/klotter/index.html", "rich/uppfoljning/belysning-parken/index.html",
            ];
            Assert.All(questionsAndFollowUps, page => Assert.True(File.Exists(Path.Combine(folder, page)), $"{page} is not built"));

            var (exitCode, output) = RunVnu(folder);

            Assert.True(exitCode == 0 && output.Trim().Length == 0, $"The Nu Html Checker found errors (exit code {exitCode}):\n{output}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static BuildResult Build(string content, string output, string basePath, DateOnly? today = null)
    {
        var result = new SiteBuilder().Build(new BuildOptions(content, Path.Combine(RepositoryRoot.Path, "templates"), output, basePath, Today: today));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    private static (int ExitCode, string Output) RunVnu(string folder)
    {
        if (!File.Exists(VnuJar))
        {
            Assert.Fail($"The Nu Html Checker is missing at {VnuJar}. Run scripts/test.sh, which installs it with npm ci (and Java when missing).");
        }

        try
        {
            var (exitCode, stdout, stderr) = ChildProcess.Run("java", ["-jar", VnuJar, "--errors-only", "--skip-non-html", folder]);
            return (exitCode, stdout + stderr);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("Java is not installed, so the Nu Html Checker cannot run. Run scripts/test.sh, which installs it (apt-get install default-jre-headless).");
            throw;
        }
    }
}

using System.CommandLine;
using Trygghetsrad.Site.Review;

namespace Trygghetsrad.Site.Cli;

/// <summary><c>compare OLD_SITE NEW_SITE</c>: the pages a change adds, changes and removes, as Markdown for a pull request's summary.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("FÖRE") { Description = "Webbplatsen före ändringen: en mapp som build har skrivit" };
        var after = new Argument<string>("EFTER") { Description = "Webbplatsen efter ändringen, byggd med samma flaggor" };
        var verbose = CliOptions.Verbose();
        var compare = new Command("compare", "Jämför två byggda webbplatser och skriver i Markdown vilka sidor som tillkommer, ändras och tas bort") { before, after, verbose };
        compare.SetAction(result => SiteCommandLine.Guard(stderr, () =>
        {
            var (old, changed) = (result.GetValue(before)!, result.GetValue(after)!);
            if (new[] { old, changed }.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
            {
                stderr.WriteLine($"error: mappen '{missing}' finns inte – ange två mappar som build har skrivit");
                return SiteCommandLine.ContentErrors;
            }

            ComparisonSummary.Write(SiteComparison.Compare(old, changed), stdout);
            return 0;
        }, result.GetValue(verbose)));
        return compare;
    }
}

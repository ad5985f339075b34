using System.Text.RegularExpressions;
using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// Templates over an archive larger than Scriban's default loop limit of 1,000 iterations: the year pages
/// together still list every meeting, and the page of all meetings counts them all.
/// </summary>
public sealed partial class LargeArchiveTests : IDisposable
{
    private readonly TempContent _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Archive_of_more_than_a_thousand_meetings_lists_them_all()
    {
        const int count = 1_100;
        var content = Path.Combine(_temp.Root, "fictional");
        ArchiveGenerator.Write(content, count, seed: 3);
        var published = count - (count / ArchiveGenerator.DraftEvery);

        var site = SiteBuild.Succeeding(content, Path.Combine(_temp.Root, "site"));

        var all = File.ReadAllText(Path.Combine(site, "moten", "index.html"));
        Assert.Contains($"{published.ToString(System.Globalization.CultureInfo.InvariantCulture)} möten under ", all, StringComparison.Ordinal);
        var yearPages = Directory.GetFiles(Path.Combine(site, "moten"), "index.html", SearchOption.AllDirectories)
            .Where(f => YearPagePath().IsMatch(f.Replace('\\', '/')));
        Assert.Equal(published, yearPages.Sum(f => MeetingLink().Matches(File.ReadAllText(f)).Count));
        Assert.Equal(published, Directory.GetDirectories(Path.Combine(site, "moten")).Count(d => Path.GetFileName(d).Length >= 10));

        var klotter = File.ReadAllText(Path.Combine(site, "amnen", "klotter", "index.html"));
        Assert.Contains("sida 1 av", klotter, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li><a href=\"/moten/\\d{4}-\\d{2}-\\d{2}/\">")]
    private static partial Regex MeetingLink();

    [GeneratedRegex("/moten/\\d{4}/(sida/\\d+/)?index\\.html$")]
    private static partial Regex YearPagePath();
}

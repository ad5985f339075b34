using System.Text.RegularExpressions;
using Trygghetsrad.FictionalArchive;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// Templates over an archive larger than Scriban's default loop limit of 1,000 iterations:
/// every list page must still list every meeting.
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
        Assert.Equal(published, MeetingLink().Matches(all).Count);
        Assert.Contains($"{published} möten, det senaste först.", all, StringComparison.Ordinal);
        Assert.Equal(published, Directory.GetDirectories(Path.Combine(site, "moten")).Count(d => Path.GetFileName(d).Length >= 10));

        var klotter = File.ReadAllText(Path.Combine(site, "amnen", "klotter", "index.html"));
        Assert.Contains("sida 1 av", klotter, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li><a href=\"/moten/\\d{4}-\\d{2}-\\d{2}/\">")]
    private static partial Regex MeetingLink();
}

using System.Text.RegularExpressions;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// Rendered pages of the real site compared with golden files in tests/Trygghetsrad.Site.Tests/Golden/.
/// After an intended change to templates or rendering, run with UPDATE_GOLDEN=1 and review the diff.
/// Asset hashes are masked so a CSS edit alone does not break these.
/// </summary>
public sealed partial class GoldenPageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Theory]
    [InlineData("moten/2021-09-15/index.html", "moten-2021-09-15.html")]
    [InlineData("amnen/klotter/index.html", "amnen-klotter.html")]
    [InlineData("index.html", "hem.html")]
    public void Page_matches_its_golden_file(string page, string golden)
    {
        var actual = AssetHash().Replace(site.Read(page), ".HASH.");
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Trygghetsrad.Site.Tests", "Golden", golden);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {golden} is missing; run the tests with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}\.")]
    private static partial Regex AssetHash();
}

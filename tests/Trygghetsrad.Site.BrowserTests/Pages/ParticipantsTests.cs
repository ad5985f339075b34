using Trygghetsrad.Site.BrowserTests.Infrastructure;

namespace Trygghetsrad.Site.BrowserTests.Pages;

/// <summary>
/// On the real meeting, two officials and the residents' representatives are listed without a group name. They read
/// as their own, neutrally labelled group after the named ones, never as members of "Förtroendevalda".
/// </summary>
public sealed class ParticipantsTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Participants_without_a_group_name_are_labelled_apart_from_the_named_groups(int width)
    {
        using var site = BuiltSite.Build(Path.Combine(RepositoryRoot.Path, "content"));
        var page = await browser.NewPageAsync(width);
        await page.OpenAsync(site.Url("moten/2021-09-15/"));

        // Each member with the label of the group it reads under.
        var groups = await page.EvaluateAsync<string[][]>("""
            [...document.querySelectorAll('.deltagargrupper > li')].map(g =>
              [g.querySelector('.gruppnamn').innerText, ...[...g.querySelectorAll('li')].map(m => m.innerText)])
            """);
        Assert.Equal(["Förtroendevalda", "Gäster", "Övriga deltagare"], groups.Select(g => g[0]));
        Assert.Equal(["Anna Gunstad Bäckman (C)", "Hans Strandlund (M)"], groups[0][1..]);
        Assert.Equal(["Joar Larsson, säkerhetssamordnare", "Anne Alamaa, samordnare", "Två stycken invånarrepresentanter."], groups[2][1..]);

        var others = page.Locator(".deltagargrupper > li.ovriga");
        Assert.Contains("utan gruppnamn i anteckningarna", await others.InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual("0px", await others.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        var guests = await page.Locator(".deltagargrupper > li").Nth(1).BoundingBoxAsync();
        var label = await others.Locator(".gruppnamn").BoundingBoxAsync();
        Assert.True(label!.Y > guests!.Y + guests.Height, "the group without a name starts below the named groups");
        await page.Context.CloseAsync();
    }
}

using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// A link from one meeting's minutes to another meeting, or one of its sections, shows at both ends: under the
/// earlier section's heading "Följs upp: 6 november 2024 – Belysning i parken", under the later one's "Hänvisar till: …",
/// each linked; a link to a meeting as a whole shows above its minutes. Fictional meetings.
/// </summary>
public sealed class BacklinkTests
{
    private const string Earlier = "## Inledning\n\nMötet öppnas.\n\n## Varför är det mörkt i parken?\n\nBelysningen i parken utreds.\n";

    [Theory]
    [InlineData("/moten/2024-10-02/#varfor-ar-det-morkt-i-parken")]
    [InlineData("/trygghetsradet/moten/2024-10-02/#varfor-ar-det-morkt-i-parken")]
    [InlineData("https://www.hallstahammar.se/trygghetsradet/moten/2024-10-02/#varfor-ar-det-morkt-i-parken")]
    public void A_link_to_an_earlier_section_shows_at_both_ends(string link)
    {
        using var site = new ScratchSite();
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Content, "site.yml")).Replace("base_path: /", "base_path: /trygghetsradet/", StringComparison.Ordinal));
        site.Meeting("2024-10-02", body: Earlier);
        site.Meeting("2024-11-06", body: $"## Inledning\n\nMötet öppnas.\n\n## Belysning i parken\n\nFörvaltningen har undersökt belysningen som togs upp [på förra mötet]({link}).\n");

        Assert.True(site.Build().Succeeded);

        var earlier = site.Page("moten/2024-10-02/index.html");
        var followed = Assert.Single(Ties(earlier, "varfor-ar-det-morkt-i-parken"));
        Assert.Equal("Följs upp: 6 november 2024 – Belysning i parken", followed.Text);
        Assert.Equal("/trygghetsradet/moten/2024-11-06/#belysning-i-parken", followed.Href);
        Assert.Empty(Ties(earlier, "inledning"));

        var later = Assert.Single(Ties(site.Page("moten/2024-11-06/index.html"), "belysning-i-parken"));
        Assert.Equal("Hänvisar till: 2 oktober 2024 – Varför är det mörkt i parken?", later.Text);
        Assert.Equal("/trygghetsradet/moten/2024-10-02/#varfor-ar-det-morkt-i-parken", later.Href);
    }

    [Fact]
    public void A_link_to_a_meeting_as_a_whole_shows_above_its_minutes()
    {
        using var site = new ScratchSite();
        site.Meeting("2024-10-02", body: Earlier);
        site.Meeting("2025-01-15", body: "## Övrigt\n\nFrågan från [mötet i oktober](/moten/2024-10-02/) är avslutad.\n");

        Assert.True(site.Build().Succeeded);

        var minutes = site.Page("moten/2024-10-02/index.html").QuerySelector(".anteckningar")!;
        var first = minutes.FirstElementChild!;
        Assert.Equal("kopplingar", first.ClassName);
        Assert.Equal("Följs upp: 15 januari 2025 – Övrigt", Normalize(first.TextContent));
        Assert.Equal("/moten/2025-01-15/#ovrigt", first.QuerySelector("a")!.GetAttribute("href"));

        var later = Assert.Single(Ties(site.Page("moten/2025-01-15/index.html"), "ovrigt"));
        Assert.Equal(("Hänvisar till: 2 oktober 2024", "/moten/2024-10-02/"), (later.Text, later.Href));
    }

    [Fact]
    public void Meetings_without_links_to_each_other_show_no_ties()
    {
        using var site = new ScratchSite();
        site.Meeting("2024-10-02", body: Earlier);
        site.Meeting("2024-11-06", body: "## Övrigt\n\nSe [ämnet klotter](/amnen/klotter/) och https://www.hallstahammar.se/moten/.\n");

        Assert.True(site.Build().Succeeded);

        Assert.Empty(site.Page("moten/2024-10-02/index.html").QuerySelectorAll(".kopplingar"));
        Assert.Empty(site.Page("moten/2024-11-06/index.html").QuerySelectorAll(".kopplingar"));
    }

    // The ties listed right under the heading of section `id`, as text and link.
    private static List<(string Text, string? Href)> Ties(AngleSharp.Dom.IDocument page, string id)
    {
        var next = page.GetElementById(id)!.ParentElement!.NextElementSibling;
        return next?.ClassName == "kopplingar" ? [.. next.QuerySelectorAll("li").Select(li => (Normalize(li.TextContent), li.QuerySelector("a")!.GetAttribute("href")))] : [];
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

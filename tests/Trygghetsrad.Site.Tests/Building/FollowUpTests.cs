using System.Xml.Linq;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Tests.Rendering;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// Items the council takes further (<c>follow_ups</c>) across meetings: the earliest meeting that names an id opens the
/// item, later ones report on it. The list, the item's page, the meeting pages, the topic pages, the home page and the
/// feed show it (the seed's two items; the fictional archive's three items over three meetings), and every problem
/// is refused at its line.
/// </summary>
public sealed class FollowUpTests(RichSite rich, RealSiteFixture real) : IClassFixture<RichSite>, IClassFixture<RealSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void The_seed_opens_its_two_items_under_Ovrigt()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var list = parser.ParseDocument(real.Read("uppfoljning/index.html"));
        Assert.Equal(["Öppna"], list.QuerySelectorAll(".uppfoljningsgrupp h2").Select(h => h.TextContent));
        Assert.Equal(
            ["Karta över vad man kan göra nära busshållplatserna", "Samverkan med näringslivet om att sanera klotter"],
            list.QuerySelectorAll(".uppfoljningslista h3").Select(h => h.TextContent));
        Assert.All(list.QuerySelectorAll(".tidslinje li"), li => Assert.StartsWith("15 september 2021: Övrigt – öppen. ", li.TextContent, StringComparison.Ordinal));
        Assert.All(list.QuerySelectorAll(".tidslinje a"), a => Assert.Equal("/trygghetsradet/moten/2021-09-15/#ovrigt", a.GetAttribute("href")));

        var meeting = parser.ParseDocument(real.Read("moten/2021-09-15/index.html"));
        Assert.Equal(
            ["Uppföljning: Samverkan med näringslivet om att sanera klotter (öppen)", "Uppföljning: Karta över vad man kan göra nära busshållplatserna (öppen)"],
            TiesUnder(meeting, "ovrigt"));
        Assert.Equal(2, meeting.QuerySelectorAll("section.uppfoljning li").Length);
        Assert.Equal("2 öppna punkter", parser.ParseDocument(real.Read("index.html")).QuerySelector("section[aria-labelledby='hem-uppfoljning'] strong")!.TextContent);
    }

    [Fact]
    public void The_list_shows_open_items_first_each_with_its_timeline()
    {
        var page = rich.Page("uppfoljning/index.html");

        Assert.Equal(["Öppna", "Besvarade", "Avslutade"], page.QuerySelectorAll(".uppfoljningsgrupp h2").Select(h => h.TextContent));
        Assert.Equal(
            ["Klotter på privata fastigheter", "Belysningen i parken", "Skolgården öppen på helgerna"],
            page.QuerySelectorAll(".uppfoljningslista h3").Select(h => h.TextContent));
        Assert.Equal("1 öppen punkt av 3 punkter.", page.QuerySelector(".ingress + p")!.TextContent);

        var timeline = page.QuerySelectorAll(".uppfoljningslista > li")[1].QuerySelectorAll(".tidslinje li");
        Assert.Equal(
            [
                "2 oktober 2024: Varför är det mörkt i parken? – öppen. Rådet tar med sig frågan om belysningen i parken.",
                "6 november 2024: Belysning i parken – besvarad. Två nya lyktstolpar sätts upp i parken.",
            ],
            timeline.Select(li => li.TextContent));
        Assert.Equal(
            ["/moten/2024-10-02/#varfor-ar-det-morkt-i-parken", "/moten/2024-11-06/#belysning-i-parken"],
            timeline.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["2024-10-02", "2024-11-06"], timeline.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
    }

    [Fact]
    public void An_items_page_shows_every_meeting_that_reported_on_it_and_its_topics()
    {
        var page = rich.Page("uppfoljning/belysning-parken/index.html");

        Assert.Equal("Belysningen i parken", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["Status: besvarad", "Togs upp: 2 oktober 2024 – Varför är det mörkt i parken?", "Senast: 6 november 2024 – Belysning i parken", "Ämnen: Belysning"],
            page.QuerySelectorAll("dl.fakta > div").Select(d => $"{d.QuerySelector("dt")!.TextContent}: {d.QuerySelector("dd")!.TextContent}"));
        var steps = page.QuerySelectorAll(".tidslinje > li");
        Assert.Equal(["2 oktober 2024", "6 november 2024"], steps.Select(s => s.QuerySelector("h3")!.TextContent));
        Assert.Equal(
            [
                "Togs upp under Varför är det mörkt i parken?. Status efter mötet: öppen.|Rådet tar med sig frågan om belysningen i parken.",
                "Rapporterades under Belysning i parken. Status efter mötet: besvarad.|Två nya lyktstolpar sätts upp i parken.",
            ],
            steps.Select(s => string.Join('|', s.QuerySelectorAll("p").Select(p => p.TextContent))));
    }

    [Fact]
    public void Meeting_pages_show_the_items_they_raise_or_report_on_under_the_section_and_after_the_minutes()
    {
        var opening = rich.Page("moten/2024-10-02/index.html");
        Assert.Equal(
            [
                "Belysningen i parken Togs upp första gången vid mötet under Varför är det mörkt i parken?. Status efter mötet: öppen; nu: besvarad. Rådet tar med sig frågan om belysningen i parken.",
                "Skolgården öppen på helgerna Togs upp första gången vid mötet under Frågor från invånarna. Status efter mötet: öppen; nu: avslutad.",
            ],
            opening.QuerySelectorAll("section.uppfoljning li").Select(li => Normalize(li.TextContent)));
        Assert.Equal(
            ["Följs upp: 6 november 2024 – Belysning i parken", "Uppföljning: Belysningen i parken (öppen)"],
            TiesUnder(opening, "varfor-ar-det-morkt-i-parken"));

        var report = rich.Page("moten/2024-11-06/index.html");
        Assert.StartsWith("Belysningen i parken Rapporterades vid mötet under Belysning i parken. Status efter mötet: besvarad.", Normalize(report.QuerySelector("section.uppfoljning li")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("Uppföljning: Belysningen i parken (besvarad)", TiesUnder(report, "belysning-i-parken"));
    }

    [Fact]
    public void Topic_pages_show_the_items_whose_sections_are_about_the_topic_open_ones_first()
    {
        string[] Items(string topic) => [.. rich.Page($"amnen/{topic}/index.html").QuerySelectorAll(".amnesuppfoljning li > a").Select(a => a.TextContent)];

        Assert.Equal(["Klotter på privata fastigheter", "Skolgården öppen på helgerna"], Items("klotter"));
        Assert.Equal(["Belysningen i parken"], Items("belysning"));
        Assert.Empty(Items("tomt-amne"));
        Assert.Empty(rich.Page("amnen/klotter/sida/2/index.html").QuerySelectorAll(".amnesuppfoljning"));
    }

    [Fact]
    public void The_home_page_says_how_many_items_are_open()
    {
        var section = rich.Page("index.html").QuerySelector("section[aria-labelledby='hem-uppfoljning']")!;

        Assert.Equal("1 öppen punkt", section.QuerySelector("strong")!.TextContent);
        Assert.Equal("/uppfoljning/", section.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_feed_has_an_entry_for_each_report_newest_first_linking_its_section()
    {
        var feed = XDocument.Parse(rich.Read("uppfoljning/feed.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();

        Assert.Equal("https://trygghetsradet.hallstahammar.se/uppfoljning/", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Equal(
            [
                "Skolgården öppen på helgerna: rapport 15 januari 2025 (avslutad)",
                "Belysningen i parken: rapport 6 november 2024 (besvarad)",
                "Klotter på privata fastigheter: togs upp 6 november 2024 (öppen)",
                "Belysningen i parken: togs upp 2 oktober 2024 (öppen)",
                "Skolgården öppen på helgerna: togs upp 2 oktober 2024 (öppen)",
            ],
            entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://trygghetsradet.hallstahammar.se/moten/2024-11-06/#belysning-i-parken", entries[1].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("Två nya lyktstolpar sätts upp i parken.", entries[1].Element(Atom + "summary")!.Value);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Contains(rich.Page("uppfoljning/index.html").QuerySelectorAll("head link[rel='alternate']"), l => l.GetAttribute("href") == "/uppfoljning/feed.xml");
    }

    [Fact]
    public void An_unknown_status_is_refused_at_its_value_with_the_statuses()
    {
        using var content = new TempContent();
        content.WriteMeeting("2024-10-02", Item("belysning-parken", "inledning", "öppna", "Belysningen i parken"));

        var error = Diagnose.SingleError(Diagnose.Content(content.Content));

        Assert.Equal((7, 13), (error.Location.Line, error.Location.Column));
        Assert.Equal("okänd status 'öppna' – menade du 'öppen'? Status kan vara: öppen, besvarad, avslutad", error.Message);
    }

    [Fact]
    public void A_section_the_minutes_lack_is_refused_at_its_value_with_the_sections()
    {
        using var content = new TempContent();
        content.WriteMeeting("2024-10-02", Item("belysning-parken", "ovrig", "öppen", "Belysningen i parken"), "\n## Inledning\n\nText.\n\n## Övrigt\n\nText.\n");

        var error = Diagnose.SingleError(Diagnose.Content(content.Content));

        Assert.Equal((6, 14), (error.Location.Line, error.Location.Column));
        Assert.Equal("avsnittet 'ovrig' i follow_ups finns inte i anteckningarna – menade du 'ovrigt'? Avsnitten i mötet: inledning, ovrigt", error.Message);
    }

    [Theory]
    [InlineData("Klotter vid skolan", 5, 9, "id 'Klotter vid skolan' ska skrivas med a–z, 0–9 och bindestreck")]
    [InlineData("sida", 5, 9, "id 'sida' används av sidnumreringen")]
    public void A_malformed_id_is_refused_at_its_value(string id, int line, int column, string start)
    {
        using var content = new TempContent();
        content.WriteMeeting("2024-10-02", Item(id, "inledning", "öppen", "Klotter"));

        var error = Diagnose.SingleError(Diagnose.Content(content.Content));

        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_opened_without_a_title_is_refused_at_its_entry_and_a_later_report_needs_none()
    {
        using var site = new ScratchSite();
        site.Meeting("2024-10-02", Item("klotter-skolan", "inledning", "öppen"));
        site.Meeting("2024-11-06", Item("klotter-skolan", "inledning", "besvarad"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("moten/2024/2024-10-02.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((5, 5), (error.Location.Line, error.Location.Column));
        Assert.StartsWith("punkten 'klotter-skolan' tas upp första gången i det här mötet och behöver en 'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_in_minutes_that_cannot_be_read_is_refused_at_the_minutes_only()
    {
        // The minutes nest too deep to be read, so their sections are unknown: the pages that link the item's section
        // must not add broken links of their own to the error at the minutes' line.
        using var site = new ScratchSite();
        site.Meeting("2024-10-02", Item("belysning-parken", "ovrigt", "öppen", "Belysningen i parken"), "## Övrigt\n\n" + new string('>', 5000) + " x\n");

        var result = site.Build();

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.EndsWith("moten/2024/2024-10-02.md", e.Location.Path, StringComparison.Ordinal));
    }

    // A follow_ups list of one entry.
    private static string Item(string id, string section, string status, string? title = null, string? note = null) =>
        $"follow_ups:\n  - id: {id}\n    section: {section}\n    status: {status}\n" + (title is null ? "" : $"    title: {title}\n") + (note is null ? "" : $"    note: {note}\n");

    // The ties listed right under the heading of section `id`.
    private static List<string> TiesUnder(AngleSharp.Dom.IDocument page, string id)
    {
        var list = page.GetElementById(id)!.ParentElement!.NextElementSibling!;
        Assert.Equal("kopplingar", list.ClassName);
        return [.. list.QuerySelectorAll("li").Select(li => Normalize(li.TextContent))];
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

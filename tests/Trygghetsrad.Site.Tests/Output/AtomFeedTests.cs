using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

public sealed class AtomFeedTests(FollowSite site) : IClassFixture<FollowSite>
{
    private SyndicationFeed Read(string relative) => ReadFrom(site.File(relative));

    [Fact]
    public void SiteFeed_ListsPublishedMeetingsNewestFirst_WithAbsoluteLinksAndDates()
    {
        var feed = Read("feed.xml");

        Assert.Equal("Trygghetsrådets arkiv", feed.Title.Text);
        Assert.Equal(FollowSite.Root + "feed.xml", feed.Id);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == FollowSite.Root + "feed.xml");
        Assert.Equal(new DateTimeOffset(2022, 2, 9, 0, 0, 0, TimeSpan.FromHours(1)), feed.LastUpdatedTime);
        Assert.Equal(
            [FollowSite.Root + "moten/2022-02-09/", FollowSite.Root + "moten/2021-11-17/", FollowSite.Root + "moten/2021-09-15/"],
            feed.Items.Select(i => i.Id));

        var first = feed.Items.First();
        Assert.Equal("Trygghetsråd 9 februari 2022", first.Title.Text);
        Assert.Equal(FollowSite.Root + "moten/2022-02-09/", Assert.Single(first.Links).Uri.AbsoluteUri);
        Assert.Equal("Punkter: Inledning.", first.Summary.Text);

        // Summer time: midnight in Stockholm is +02:00.
        Assert.Equal(new DateTimeOffset(2021, 9, 15, 0, 0, 0, TimeSpan.FromHours(2)), feed.Items.Last().LastUpdatedTime);
    }

    [Fact]
    public void SiteFeed_NeverShowsTheDraft()
    {
        var text = File.ReadAllText(site.File("feed.xml"));

        Assert.DoesNotContain("2022-03-02", text);
        Assert.DoesNotContain("Hemligt utkast", text);
    }

    [Fact]
    public void TopicFeed_ListsOnlyMeetingsOnTheTopic()
    {
        var feed = Read("amnen/klotter/feed.xml");

        Assert.Equal("Klotter – Trygghetsrådets arkiv", feed.Title.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsoluteUri == FollowSite.Root + "amnen/klotter/");
        Assert.Equal([FollowSite.Root + "moten/2021-11-17/", FollowSite.Root + "moten/2021-09-15/"], feed.Items.Select(i => i.Id));
        Assert.Equal("Klotter tas upp under: Lägesbild.", feed.Items.First().Summary.Text);
        Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Name == "klotter"));
    }

    [Fact]
    public void EveryTopicHasAFeed_EvenWithoutMeetings()
    {
        // A topic no meeting mentions (nattvandring) beside one that is (klotter).
        using var scratch = new ScratchSite()
            .Write("topics.yml", """
                - slug: klotter
                  name: Klotter
                  description: Klotter och skadegörelse.
                  match:
                    - klotter
                - slug: nattvandring
                  name: Nattvandring
                  description: Vuxna som vandrar i centrum på kvällarna.
                  match:
                    - nattvandring
                """)
            .Meeting("2024-03-06", body: "## Lägesbild\n\nKlotter på skolan.\n");
        var result = scratch.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var withMeetings = ReadFrom(Path.Combine(scratch.Output, "amnen", "klotter", "feed.xml"));
        var without = ReadFrom(Path.Combine(scratch.Output, "amnen", "nattvandring", "feed.xml"));

        Assert.Single(withMeetings.Items);
        Assert.Empty(without.Items);
        Assert.Equal("Nattvandring – Trygghetsrådets arkiv", without.Title.Text);
        Assert.Equal("https://www.hallstahammar.se/amnen/nattvandring/feed.xml", without.Id);
        Assert.Contains(without.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsoluteUri == "https://www.hallstahammar.se/amnen/nattvandring/");

        // With no entries of its own it is as new as the archive's newest meeting.
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 0, 0, 0, TimeSpan.FromHours(1)), without.LastUpdatedTime);
    }

    private static SyndicationFeed ReadFrom(string path)
    {
        using var reader = XmlReader.Create(path);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"{path} is not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Theory]
    [InlineData("index.html", "Prenumerera på nya anteckningar (Atom)", "/trygghetsradet/feed.xml")]
    [InlineData("amnen/klotter/index.html", "Prenumerera på nya anteckningar om klotter (Atom)", "/trygghetsradet/amnen/klotter/feed.xml")]
    public void Pages_AnnounceTheirFeedInTheHeadAndVisibly(string page, string linkText, string feedUrl)
    {
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File(page)));

        Assert.Contains(document.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == feedUrl);
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.TextContent == linkText && a.GetAttribute("href") == feedUrl);
    }

    [Fact]
    public void MeetingPage_AnnouncesOnlyTheSiteFeed()
    {
        using var document = new HtmlParser().ParseDocument(File.ReadAllText(site.File("moten/2021-09-15/index.html")));

        var feed = Assert.Single(document.QuerySelectorAll("head link[rel=alternate]"));
        Assert.Equal("/trygghetsradet/feed.xml", feed.GetAttribute("href"));
    }
}

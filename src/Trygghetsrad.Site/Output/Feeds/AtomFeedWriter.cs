using System.Globalization;
using System.Text;
using System.Xml;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Output.Feeds;

/// <summary>
/// Writes Atom feeds (RFC 4287): the latest meetings for the whole archive, and one per topic, so a resident
/// can follow only what they care about. Every value comes from the content — <c>updated</c> is the meeting's
/// date at midnight in Stockholm — so a rebuild of the same content writes the same bytes.
/// </summary>
public sealed class AtomFeedWriter(SiteConfig site, SiteUrls urls, AbsoluteUrls absolute)
{
    /// <summary>Entries in each feed; feed readers only need the recent ones.</summary>
    public const int EntryCount = 20;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private static readonly DateTimeOffset NoMeetingsYet = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <c>/feed.xml</c> and <c>/amnen/&lt;slug&gt;/feed.xml</c> for every topic.</summary>
    /// <param name="newestFirst">Published meetings, newest first.</param>
    /// <param name="topics">Every topic, with or without meetings.</param>
    /// <param name="output">Where to write.</param>
    public void Write(IReadOnlyList<PublishedMeeting> newestFirst, IReadOnlyList<TopicDefinition> topics, SiteOutput output)
    {
        // A topic feed with no entries yet still needs an 'updated'; the archive's newest meeting is the
        // last time anything could have changed.
        var archiveUpdated = newestFirst.Count > 0 ? Updated(newestFirst[0]) : NoMeetingsYet;
        output.WriteBytes(urls.OutputPathFor(urls.Feed), Feed(
            site.Name,
            site.Description,
            urls.Feed,
            urls.Home,
            archiveUpdated,
            [.. newestFirst.Take(EntryCount).Select(m => MeetingEntry(m, Summary(m)))]));

        foreach (var topic in topics)
        {
            var entries = new List<Entry>();
            foreach (var meeting in newestFirst)
            {
                if (entries.Count == EntryCount)
                {
                    break;
                }

                if (meeting.HitFor(topic.Slug) is { } hit)
                {
                    entries.Add(MeetingEntry(meeting, TopicSummary(topic, hit)));
                }
            }

            var feedUrl = urls.TopicFeed(topic.Slug);
            output.WriteBytes(urls.OutputPathFor(feedUrl), Feed(
                $"{topic.Name} – {site.Name}",
                topic.Description,
                feedUrl,
                urls.Topic(topic.Slug),
                entries.Count > 0 ? entries[0].Updated : archiveUpdated,
                entries));
        }
    }

    /// <summary>
    /// Writes <c>/uppfoljning/feed.xml</c>: what each meeting reported on the items the council takes further, the
    /// latest first, each entry linking the section of the minutes; a resident following a question sees each report.
    /// </summary>
    /// <param name="items">Every follow-up item.</param>
    /// <param name="newestFirst">Published meetings, newest first, for the feed's date while no item has any entry.</param>
    /// <param name="output">Where to write.</param>
    public void WriteFollowUps(IReadOnlyList<FollowUpItem> items, IReadOnlyList<PublishedMeeting> newestFirst, SiteOutput output)
    {
        var entries = items
            .SelectMany(item => item.Steps.Select((step, i) => (Item: item, Step: step, Opens: i == 0)))
            .OrderByDescending(e => e.Step.Date)
            .ThenBy(e => e.Item.Id, StringComparer.Ordinal)
            .Take(EntryCount)
            .Select(e => new Entry(
                $"{absolute.For(e.Item.Url)}#{e.Step.DateIso}",
                $"{e.Item.Title}: {(e.Opens ? "togs upp" : "rapport")} {e.Step.DateText} ({e.Step.StatusName})",
                absolute.For(e.Step.SectionUrl),
                StockholmTime.At(e.Step.Date),
                e.Step.Note ?? $"{(e.Opens ? "Togs upp" : "Rapporterades")} under {e.Step.SectionHeading}. Status efter mötet: {e.Step.StatusName}.",
                []))
            .ToList();
        var archiveUpdated = newestFirst.Count > 0 ? Updated(newestFirst[0]) : NoMeetingsYet;
        output.WriteBytes(urls.OutputPathFor(urls.FollowUpsFeed), Feed(
            $"Uppföljning – {site.Name}",
            "Frågor som rådet tar med sig, och vad varje möte rapporterar om dem.",
            urls.FollowUpsFeed,
            urls.FollowUps(),
            entries.Count > 0 ? entries[0].Updated : archiveUpdated,
            entries));
    }

    /// <summary>When an entry counts as updated: its meeting's date at 00:00 in Stockholm.</summary>
    public static DateTimeOffset Updated(PublishedMeeting meeting) => StockholmTime.At(meeting.Meeting.Date);

    private static string Summary(PublishedMeeting meeting) =>
        meeting.Summary.Headings.Count > 0
            ? "Punkter: " + string.Join(" · ", meeting.Summary.Headings) + "."
            : meeting.Summary.LinkText + ".";

    private static string TopicSummary(TopicDefinition topic, Topics.TopicHit hit)
    {
        var headings = hit.Mentions.Select(m => m.SectionHeading).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return headings.Count > 0
            ? $"{topic.Name} tas upp under: {string.Join(" · ", headings)}."
            : $"{topic.Name} är angivet som ämne för mötet.";
    }

    private byte[] Feed(
        string title,
        string subtitle,
        string selfUrl,
        string pageUrl,
        DateTimeOffset updated,
        List<Entry> entries)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", AtomNamespace, absolute.For(selfUrl));
            xml.WriteElementString("title", AtomNamespace, title);
            xml.WriteElementString("subtitle", AtomNamespace, subtitle);
            Link(xml, "self", "application/atom+xml", absolute.For(selfUrl));
            Link(xml, "alternate", "text/html", absolute.For(pageUrl));
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(updated));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, site.Organisation);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, entry.Id);
                xml.WriteElementString("title", AtomNamespace, entry.Title);
                Link(xml, "alternate", "text/html", entry.Url);
                xml.WriteElementString("updated", AtomNamespace, Rfc3339(entry.Updated));
                xml.WriteElementString("summary", AtomNamespace, entry.Summary);
                foreach (var (term, label) in entry.Categories)
                {
                    xml.WriteStartElement("category", AtomNamespace);
                    xml.WriteAttributeString("term", term);
                    xml.WriteAttributeString("label", label);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    // A feed entry: its permanent id, title, page, date, summary and topics (term, label).
    private sealed record Entry(string Id, string Title, string Url, DateTimeOffset Updated, string Summary, IReadOnlyList<(string Term, string Label)> Categories);

    // A meeting's entry: its page is its id.
    private Entry MeetingEntry(PublishedMeeting meeting, string summary)
    {
        var url = absolute.For(meeting.Summary.Url);
        return new Entry(url, $"{meeting.Summary.Title} {meeting.Summary.DateText}", url, Updated(meeting), summary, [.. meeting.Hits.Select(h => (h.Topic.Slug, h.Topic.Name))]);
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture);
}

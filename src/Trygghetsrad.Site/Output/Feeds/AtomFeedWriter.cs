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
            [.. newestFirst.Take(EntryCount).Select(m => new Entry(m, Summary(m)))]));

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
                    entries.Add(new Entry(meeting, TopicSummary(topic, hit)));
                }
            }

            var feedUrl = urls.TopicFeed(topic.Slug);
            output.WriteBytes(urls.OutputPathFor(feedUrl), Feed(
                $"{topic.Name} – {site.Name}",
                topic.Description,
                feedUrl,
                urls.Topic(topic.Slug),
                entries.Count > 0 ? Updated(entries[0].Meeting) : archiveUpdated,
                entries));
        }
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
            foreach (var (meeting, summary) in entries)
            {
                var url = absolute.For(meeting.Summary.Url);
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, url);
                xml.WriteElementString("title", AtomNamespace, $"{meeting.Summary.Title} {meeting.Summary.DateText}");
                Link(xml, "alternate", "text/html", url);
                xml.WriteElementString("updated", AtomNamespace, Rfc3339(Updated(meeting)));
                xml.WriteElementString("summary", AtomNamespace, summary);
                foreach (var hit in meeting.Hits)
                {
                    xml.WriteStartElement("category", AtomNamespace);
                    xml.WriteAttributeString("term", hit.Topic.Slug);
                    xml.WriteAttributeString("label", hit.Topic.Name);
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

    // A feed entry: the meeting and the summary written for it.
    private sealed record Entry(PublishedMeeting Meeting, string Summary);

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

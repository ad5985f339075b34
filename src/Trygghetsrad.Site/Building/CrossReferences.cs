using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// The ties between meetings, known before any page is rendered, since a meeting's page shows ties from meetings
/// rendered after it: links written from one meeting's minutes to another's (shown at both ends), and the items the
/// council takes further (<c>follow_ups</c>) with every meeting that reported on them. Only the meetings that may link
/// (<see cref="MeetingOutline.MayLink"/>) or name items, and the meetings they link to, are parsed ahead.
/// Immutable once made.
/// </summary>
public sealed class CrossReferences
{
    private readonly Dictionary<string, MeetingConnections> _meetings;
    private readonly Dictionary<string, FollowUpItem> _items;

    private CrossReferences(Dictionary<string, MeetingConnections> meetings, List<FollowUpItem> items)
    {
        _meetings = meetings;
        _items = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Items = [.. items.OrderBy(i => i.Status).ThenByDescending(i => i.Latest.Date).ThenByDescending(i => i.Opened.Date).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>No ties at all.</summary>
    public static CrossReferences None { get; } = new([], []);

    /// <summary>Every follow-up item: open ones first, then answered, then closed, each group by its latest meeting, newest first.</summary>
    public IReadOnlyList<FollowUpItem> Items { get; }

    /// <summary>The ties of the meeting <paramref name="slug"/>.</summary>
    public MeetingConnections For(string slug) => _meetings.GetValueOrDefault(slug) ?? MeetingConnections.None;

    /// <summary>The item <paramref name="id"/>, or null.</summary>
    public FollowUpItem? Item(string id) => _items.GetValueOrDefault(id);

    /// <summary>
    /// The ties among <paramref name="published"/>, the meetings with their text in <paramref name="timeline"/>'s order.
    /// An item whose opening meeting gives it no title is an error at that entry.
    /// </summary>
    public static CrossReferences Make(SiteContext site, Timeline timeline, IReadOnlyList<Meeting> published, int maxParallelism, DiagnosticBag diagnostics)
    {
        var outlines = Outlines(site, published, maxParallelism);
        if (outlines.Count == 0)
        {
            return None;
        }

        var builder = new Builder(site.Urls, timeline);
        foreach (var meeting in published)
        {
            if (outlines.TryGetValue(meeting.Slug, out var outline))
            {
                builder.AddLinks(outline, outlines);
            }
        }

        var items = builder.AddItems(published, outlines, diagnostics);
        return new CrossReferences(builder.Connections(), items);
    }

    // The outlines of the meetings that may link or name items, then of the meetings they link to.
    private static Dictionary<string, MeetingOutline> Outlines(SiteContext site, IReadOnlyList<Meeting> published, int maxParallelism)
    {
        var bySlug = new Dictionary<string, Meeting>(StringComparer.Ordinal);
        foreach (var meeting in published)
        {
            bySlug.TryAdd(meeting.Slug, meeting);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism };
        var first = published.Where(m => m.FollowUps.Count > 0 || MeetingOutline.MayLink(m)).ToList();
        var outlines = new MeetingOutline[first.Count];
        Parallel.For(0, first.Count, options, i => outlines[i] = MeetingOutline.Read(first[i], site.Links));
        var read = new Dictionary<string, MeetingOutline>(StringComparer.Ordinal);
        foreach (var outline in outlines)
        {
            read.TryAdd(outline.Slug, outline);
        }

        var targets = outlines.SelectMany(o => o.Links).Select(l => l.Target).Distinct(StringComparer.Ordinal)
            .Where(slug => !read.ContainsKey(slug) && bySlug.ContainsKey(slug)).Order(StringComparer.Ordinal).ToList();
        var more = new MeetingOutline[targets.Count];
        Parallel.For(0, targets.Count, options, i => more[i] = MeetingOutline.Read(bySlug[targets[i]], site.Links));
        foreach (var outline in more)
        {
            read.TryAdd(outline.Slug, outline);
        }

        return read;
    }

    // Gathers the ties section by section, in the order of the timeline, so each list is oldest first.
    private sealed class Builder(SiteUrls urls, Timeline timeline)
    {
        private readonly Dictionary<string, Meeting> _meetings = timeline.Meetings.GroupBy(m => m.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        private readonly Dictionary<(string Slug, string Section), Ties> _ties = [];
        private readonly Dictionary<string, List<MeetingFollowUp>> _followUps = new(StringComparer.Ordinal);

        public void AddLinks(MeetingOutline source, Dictionary<string, MeetingOutline> outlines)
        {
            var from = _meetings[source.Slug];
            foreach (var link in source.Links)
            {
                if (!_meetings.TryGetValue(link.Target, out var to) || !outlines.TryGetValue(link.Target, out var target))
                {
                    continue;
                }

                var section = target.Anchors.GetValueOrDefault(link.Fragment, "");
                var url = urls.Meeting(to.Slug) + (link.Fragment.Length > 0 && target.Anchors.ContainsKey(link.Fragment) ? "#" + link.Fragment : "");
                var place = new MeetingPlace(url, SwedishFormat.IsoDate(to.Date), SwedishFormat.Date(to.Date), section.Length > 0 ? target.Headings[section] : null);
                var targetIsLater = MeetingOrder.Compare(from, to) < 0;
                Tie(source.Slug, link.Section).Add(place, isLater: targetIsLater);
                Tie(to.Slug, section).Add(Place(from, link.Section, source), isLater: !targetIsLater);
            }
        }

        public List<FollowUpItem> AddItems(IReadOnlyList<Meeting> published, Dictionary<string, MeetingOutline> outlines, DiagnosticBag diagnostics)
        {
            var entries = new Dictionary<string, List<(Meeting Meeting, FollowUp Entry)>>(StringComparer.Ordinal);
            foreach (var meeting in published)
            {
                foreach (var entry in meeting.FollowUps)
                {
                    if (!entries.TryGetValue(entry.Id, out var list))
                    {
                        list = [];
                        entries[entry.Id] = list;
                    }

                    list.Add((meeting, entry));
                }
            }

            var items = new List<FollowUpItem>();
            var stepOf = new Dictionary<(string Slug, string Id), (FollowUpItem Item, int Index)>();
            foreach (var (id, list) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var first = list[0].Entry;
                if (first.Title is null)
                {
                    diagnostics.Error(first.At, $"punkten '{id}' tas upp första gången i det här mötet och behöver en 'title': en kort rubrik som visas på sidan Uppföljning, till exempel 'title: Samverka med näringslivet om klotter'");
                }

                var steps = list.Select(e => Step(e.Meeting, e.Entry, outlines)).ToList();
                var title = list.LastOrDefault(e => e.Entry.Title is not null).Entry?.Title ?? id;
                var item = new FollowUpItem(id, title, urls.FollowUp(id), steps[^1].Status, steps);
                items.Add(item);
                for (var i = 0; i < list.Count; i++)
                {
                    stepOf[(list[i].Meeting.Slug, id)] = (item, i);
                }
            }

            // Each meeting's entries, and each section's, in the order the front matter lists them.
            foreach (var meeting in published)
            {
                foreach (var entry in meeting.FollowUps)
                {
                    var (item, i) = stepOf[(meeting.Slug, entry.Id)];
                    var step = item.Steps[i];
                    var ties = Tie(meeting.Slug, entry.Section);
                    ties.Items.Add(new FollowUpMention(item.Url, item.Title, step.StatusName));
                    for (var j = 0; j < item.Steps.Count; j++)
                    {
                        if (j != i && item.Steps[j].MeetingSlug != meeting.Slug)
                        {
                            ties.Add(item.Steps[j].Place, isLater: j > i);
                        }
                    }

                    if (!_followUps.TryGetValue(meeting.Slug, out var ofMeeting))
                    {
                        ofMeeting = [];
                        _followUps[meeting.Slug] = ofMeeting;
                    }

                    ofMeeting.Add(new MeetingFollowUp(item, step, i == 0));
                }
            }

            return items;
        }

        public Dictionary<string, MeetingConnections> Connections()
        {
            var result = new Dictionary<string, MeetingConnections>(StringComparer.Ordinal);
            foreach (var group in _ties.GroupBy(t => t.Key.Slug, StringComparer.Ordinal))
            {
                var page = group.FirstOrDefault(t => t.Key.Section.Length == 0).Value?.Done();
                var sections = group.Where(t => t.Key.Section.Length > 0).ToDictionary(t => t.Key.Section, t => t.Value.Done(), StringComparer.Ordinal);
                result[group.Key] = new MeetingConnections(page, sections, _followUps.GetValueOrDefault(group.Key) ?? []);
            }

            foreach (var (slug, followUps) in _followUps)
            {
                result.TryAdd(slug, new MeetingConnections(null, new Dictionary<string, Connections>(StringComparer.Ordinal), followUps));
            }

            return result;
        }

        private Ties Tie(string slug, string section)
        {
            if (!_ties.TryGetValue((slug, section), out var ties))
            {
                ties = new Ties();
                _ties[(slug, section)] = ties;
            }

            return ties;
        }

        private MeetingPlace Place(Meeting meeting, string section, MeetingOutline outline) => new(
            urls.Meeting(meeting.Slug) + (section.Length > 0 ? "#" + section : ""),
            SwedishFormat.IsoDate(meeting.Date),
            SwedishFormat.Date(meeting.Date),
            section.Length > 0 ? outline.Headings.GetValueOrDefault(section) : null);

        private FollowUpStep Step(Meeting meeting, FollowUp entry, Dictionary<string, MeetingOutline> outlines)
        {
            // A section the minutes lack is an error at the entry already (or the minutes could not be read at all):
            // the links then go to the meeting's page, so that the link check adds no errors of its own.
            var url = urls.Meeting(meeting.Slug);
            var heading = outlines.TryGetValue(meeting.Slug, out var outline) ? outline.Headings.GetValueOrDefault(entry.Section) : null;
            return new FollowUpStep(meeting.Slug, url, meeting.Date, SwedishFormat.IsoDate(meeting.Date), SwedishFormat.Date(meeting.Date), entry.Section, heading ?? entry.Section, heading is null ? url : url + "#" + entry.Section, entry.Status, entry.Note);
        }
    }

    // One section's ties while they are gathered; a place already listed is not listed twice.
    private sealed class Ties
    {
        public List<MeetingPlace> Later { get; } = [];

        public List<MeetingPlace> Earlier { get; } = [];

        public List<FollowUpMention> Items { get; } = [];

        public void Add(MeetingPlace place, bool isLater)
        {
            var list = isLater ? Later : Earlier;
            if (!list.Exists(p => p.Url == place.Url))
            {
                list.Add(place);
            }
        }

        public Connections Done() => new(
            [.. Later.OrderBy(p => p.DateIso, StringComparer.Ordinal)],
            [.. Earlier.OrderBy(p => p.DateIso, StringComparer.Ordinal)],
            Items);
    }
}

/// <summary>What one meeting's page shows of its ties to other meetings.</summary>
/// <param name="Page">The ties of the meeting as a whole (links to its page without a section, links from before its first heading); null when none.</param>
/// <param name="Sections">The ties of each section by its anchor.</param>
/// <param name="FollowUps">The items the meeting raises or reports on, in its front matter's order.</param>
public sealed record MeetingConnections(Connections? Page, IReadOnlyDictionary<string, Connections> Sections, IReadOnlyList<MeetingFollowUp> FollowUps)
{
    /// <summary>A meeting tied to nothing.</summary>
    public static MeetingConnections None { get; } = new(null, new Dictionary<string, Connections>(), []);
}

using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Search;

/// <summary>One published meeting as the search index sees it, straight from the build's per-meeting pass.</summary>
/// <param name="Meeting">The meeting.</param>
/// <param name="Summary">Its summary (URL, title, dates as shown).</param>
/// <param name="Hits">The topics it touches; the topic filter uses them.</param>
/// <param name="Sections">Its sections with plain-text passages.</param>
public sealed record IndexedMeeting(Meeting Meeting, MeetingSummary Summary, IReadOnlyList<TopicHit> Hits, IReadOnlyList<Section> Sections);

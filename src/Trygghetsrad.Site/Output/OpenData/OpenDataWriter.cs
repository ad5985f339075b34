using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Output.OpenData;

/// <summary>
/// Writes <c>/api/moten.json</c>, every published meeting's metadata oldest first, and its JSON Schema
/// <c>/api/moten.schema.json</c>. Property order is the records' declaration order and the keys follow the
/// front matter's names, so the file is byte-stable and reads like the content files.
/// </summary>
public sealed partial class OpenDataWriter(SiteConfig site, SiteUrls urls, AbsoluteUrls absolute)
{
    /// <summary>The schema's resource name; the same text is published beside the data.</summary>
    public const string SchemaResource = "Trygghetsrad.Site.Output.OpenData.moten.schema.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",

        // The file is served as application/json, never inlined in HTML, so Swedish letters stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,

        // Metadata made at compile time, so serialising needs no reflection.
        TypeInfoResolver = OpenDataJson.Default,
    };

    /// <summary>Writes the data and the schema.</summary>
    /// <param name="newestFirst">Published meetings, newest first.</param>
    /// <param name="followUps">Every follow-up item, in the follow-up list's order.</param>
    /// <param name="output">Where to write.</param>
    public void Write(IReadOnlyList<PublishedMeeting> newestFirst, IReadOnlyList<FollowUpItem> followUps, SiteOutput output)
    {
        output.WriteStream(urls.OutputPathFor(urls.MeetingsJson), stream => Serialize(newestFirst, followUps, stream));
        output.WriteText(urls.OutputPathFor(urls.MeetingsSchema), Schema());
    }

    /// <summary>Writes the data as UTF-8 JSON to <paramref name="stream"/>.</summary>
    /// <remarks>Straight to bytes: on a large archive the file is tens of megabytes, and a string and its copies would be several times that.</remarks>
    public void Serialize(IReadOnlyList<PublishedMeeting> newestFirst, IReadOnlyList<FollowUpItem> followUps, Stream stream)
    {
        var document = new MeetingsDocument(
            absolute.For(urls.MeetingsSchema),
            new SiteData(site.Name, site.Organisation, absolute.For(urls.Home)),
            newestFirst.Count,
            newestFirst.Reverse().Select(Meeting).ToList(),
            followUps.Select(FollowUpItem).ToList());
        JsonSerializer.Serialize(stream, document, (JsonTypeInfo<MeetingsDocument>)Options.GetTypeInfo(typeof(MeetingsDocument)));
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The JSON Schema text.</summary>
    public static string Schema()
    {
        using var stream = typeof(OpenDataWriter).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"resource {SchemaResource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private MeetingData Meeting(PublishedMeeting published)
    {
        var meeting = published.Meeting;
        var url = absolute.For(published.Summary.Url);
        return new MeetingData(
            meeting.Slug,
            SwedishFormat.IsoDate(meeting.Date),
            Time(meeting.Start),
            Time(meeting.End),
            meeting.Location,
            published.Summary.Title,
            url,
            meeting.Participants.Select(g => new GroupData(g.Name, g.Members)).ToList(),
            published.Hits.Select(h => new TopicData(h.Topic.Slug, h.Topic.Name, absolute.For(urls.Topic(h.Topic.Slug)))).ToList(),
            published.Sections.Select(s => new SectionData(s.Id, s.Heading, url + "#" + s.Id)).ToList(),
            meeting.NextMeeting is { } next
                ? new NextMeetingData(SwedishFormat.IsoDate(next.Date), Time(next.Start), Time(next.End), next.Location)
                : null,
            meeting.NoteTaker,
            meeting.Source,
            published.Questions.Select(q => new QuestionData(q.Id, q.SectionId.Length > 0 ? q.SectionId : null, q.Text, q.Answers, absolute.For(q.Url), q.Topics.Select(t => t.Slug).ToList())).ToList(),
            meeting.FollowUps.Select(f => new FollowUpEntryData(f.Id, f.Section, FollowUpStatuses.Name(f.Status), f.Note, absolute.For(urls.FollowUp(f.Id)))).ToList());
    }

    private FollowUpItemData FollowUpItem(FollowUpItem item) => new(
        item.Id,
        item.Title,
        item.StatusName,
        absolute.For(item.Url),
        item.Steps.Select(s => new FollowUpStepData(s.MeetingSlug, s.DateIso, s.SectionId, s.SectionHeading, absolute.For(s.SectionUrl), s.StatusName, s.Note)).ToList());

    private static string? Time(TimeOnly? time) => time?.ToString("HH':'mm", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record MeetingsDocument(
        [property: JsonPropertyName("$schema")] string Schema,
        SiteData Site,
        int MeetingCount,
        IReadOnlyList<MeetingData> Meetings,
        IReadOnlyList<FollowUpItemData> FollowUps);

    private sealed record SiteData(string Name, string Organisation, string Url);

    private sealed record MeetingData(
        string Slug,
        string Date,
        string? Start,
        string? End,
        string? Location,
        string Title,
        string Url,
        IReadOnlyList<GroupData> Participants,
        IReadOnlyList<TopicData> Topics,
        IReadOnlyList<SectionData> Sections,
        NextMeetingData? NextMeeting,
        string? NoteTaker,
        string? Source,
        IReadOnlyList<QuestionData> Questions,
        IReadOnlyList<FollowUpEntryData> FollowUps);

    private sealed record QuestionData(string Id, string? Section, string Question, IReadOnlyList<string> Answers, string Url, IReadOnlyList<string> Topics);

    private sealed record FollowUpEntryData(string Id, string Section, string Status, string? Note, string Url);

    private sealed record FollowUpItemData(string Id, string Title, string Status, string Url, IReadOnlyList<FollowUpStepData> Timeline);

    private sealed record FollowUpStepData(string Meeting, string Date, string Section, string Heading, string Url, string Status, string? Note);

    private sealed record GroupData(string? Group, IReadOnlyList<string> Members);

    private sealed record TopicData(string Slug, string Name, string Url);

    private sealed record SectionData(string Id, string Heading, string Url);

    private sealed record NextMeetingData(string Date, string? Start, string? End, string? Location);

    // The same naming and layout as Options, which the serializer uses (with its encoder) on this metadata.
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
    [JsonSerializable(typeof(MeetingsDocument))]
    private sealed partial class OpenDataJson : JsonSerializerContext;
}

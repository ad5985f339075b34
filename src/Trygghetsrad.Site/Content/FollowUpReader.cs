using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// Reads a meeting's <c>follow_ups</c>: each entry's id, section anchor, title, status and note, every problem
/// reported at its place. Whether the section is one of the minutes' is checked with the minutes
/// (<see cref="MeetingBodyParser"/>); whether the item's opening meeting gives it a title, across meetings.
/// </summary>
internal static class FollowUpReader
{
    private static readonly string[] EntryKeys = ["id", "section", "title", "status", "note"];

    /// <summary>The entries of <paramref name="reading"/>'s <c>follow_ups</c>; an entry with an error is left out.</summary>
    public static List<FollowUp> Read(KeyReading reading)
    {
        var reader = reading.Reader;
        var entries = new List<FollowUp>();
        foreach (var item in reader.Sequence(reading.Map, MeetingKeys.FollowUpsKey) ?? [])
        {
            var map = reader.Mapping(item, "en punkt i follow_ups", EntryKeys);
            var id = reader.RequiredText(map, "id", item, "ge punkten ett kort namn, samma i varje möte som tar upp den, till exempel 'id: klotter-naringslivet'");
            var section = reader.RequiredText(map, "section", item, "ange avsnittets ankare utan #, till exempel 'section: ovrigt' (det som står efter # i avsnittets länk; ett # först gör resten av raden till en kommentar)");
            var status = reader.RequiredText(map, "status", item, $"skriv var punkten står efter mötet: {string.Join(", ", FollowUpStatuses.Names)}");
            var title = reader.Text(map, "title");
            var note = reader.Text(map, "note");

            var valid = true;
            if (id is not null && !Slug.IsSlug(id))
            {
                valid = false;
                reader.Diagnostics.Error(reader.At(map["id"].Value), $"id '{Excerpt.Of(id)}' ska skrivas med a–z, 0–9 och bindestreck, till exempel 'klotter-naringslivet' (inga mellanslag, stora bokstäver eller å, ä, ö)");
            }
            else if (id == "sida")
            {
                valid = false;
                reader.Diagnostics.Error(reader.At(map["id"].Value), "id 'sida' används av sidnumreringen på sidan Uppföljning – välj ett namn som säger vad punkten gäller");
            }
            else if (id is not null && entries.Any(e => e.Id == id))
            {
                valid = false;
                reader.Diagnostics.Error(reader.At(map["id"].Value), $"punkten '{id}' står två gånger i follow_ups – ett möte tar upp en punkt en gång");
            }

            section = section?.TrimStart('#');
            if (section is not null && !Slug.IsSlug(section))
            {
                valid = false;
                reader.Diagnostics.Error(reader.At(map["section"].Value), $"'{Excerpt.Of(section)}' är inget avsnittsankare – skriv det som står efter # i avsnittets länk, till exempel 'ovrigt'");
            }

            var parsed = status is null ? null : FollowUpStatuses.Parse(status);
            if (status is not null && parsed is null)
            {
                reader.Diagnostics.Error(reader.At(map["status"].Value), Suggest.Unknown($"okänd status '{Excerpt.Of(status)}'", status, FollowUpStatuses.Names, "status kan vara"));
            }

            if (valid && id is not null && section is not null && parsed is { } known)
            {
                entries.Add(new FollowUp(id, section, title, known, note) { At = reader.At(item), SectionAt = reader.At(map["section"].Value) });
            }
        }

        return entries;
    }
}

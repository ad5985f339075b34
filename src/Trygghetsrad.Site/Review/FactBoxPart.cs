using static Trygghetsrad.Site.Review.MarkdownText;

namespace Trygghetsrad.Site.Review;

/// <summary>
/// What the top of the meeting's page tells a visitor: the fact box as the page writes it (date, time, place, note
/// taker and whatever else the template puts there), the participants group by group and the next meeting.
/// </summary>
internal sealed class FactBoxPart : IMeetingPart
{
    /// <inheritdoc/>
    public void Write(ChangedMeeting meeting, TextWriter markdown)
    {
        markdown.WriteLine("#### Faktarutan");
        markdown.WriteLine();
        foreach (var entry in meeting.FactBox)
        {
            markdown.WriteLine($"- **{Escape(entry.Term)}:** {Escape(entry.Value)}");
        }

        var page = meeting.Page;
        if (page.Participants.Count > 0)
        {
            markdown.WriteLine("- **Deltagare:**");
            foreach (var group in page.Participants)
            {
                // A member is often a name with a role ("Bo Berg, säkerhetssamordnare"), so members are parted by semicolons.
                var members = string.Join("; ", group.Members.Select(Escape));
                var unnamed = group.Unnamed ? " (utan gruppnamn i anteckningarna)" : "";
                markdown.WriteLine($"  - *{Escape(group.Name)}:*{unnamed} {members}");
            }
        }
        else
        {
            markdown.WriteLine("- **Deltagare:** inga angivna");
        }

        if (page.NextMeeting is { } next)
        {
            // As the page words it: a date that has passed is no longer announced as coming.
            var when = next.DateText + (next.TimeText.Length > 0 ? " " + next.TimeText : "") + (next.Location is { } place ? ", " + place : "");
            markdown.WriteLine($"- **Nästa möte:** {(next.Passed ? "var planerat till " : "")}{Escape(when)}");
        }

        markdown.WriteLine();
    }
}

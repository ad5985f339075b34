using static Trygghetsrad.Site.Review.MarkdownText;

namespace Trygghetsrad.Site.Review;

/// <summary>The meeting's sections, each with its anchor and the link an editor writes to it.</summary>
internal sealed class SectionsPart : IMeetingPart
{
    /// <inheritdoc/>
    public void Write(ChangedMeeting meeting, TextWriter markdown)
    {
        markdown.WriteLine("#### Avsnitt");
        markdown.WriteLine();
        if (meeting.Page.Sections.Count == 0)
        {
            markdown.WriteLine("Anteckningarna har inga rubriker (`## Rubrik`), så det finns inga avsnitt att länka till.");
            markdown.WriteLine();
            return;
        }

        foreach (var section in meeting.Page.Sections)
        {
            markdown.WriteLine($"- {Escape(section.Heading)} – ankaret {Code("#" + section.Id)}, länka hit med {Code(meeting.Written(section.Url))}");
        }

        markdown.WriteLine();
    }
}

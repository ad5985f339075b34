using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;
using static Trygghetsrad.Site.Review.MarkdownText;

namespace Trygghetsrad.Site.Review;

/// <summary>
/// The topics the meeting touches, as its topic pages will quote it: each passage where a topic comes up, with the
/// words that matched in bold, under the section it stands in; and the topics listed in <c>topics</c> that the text
/// never names.
/// </summary>
internal sealed class TopicsPart : IMeetingPart
{
    /// <inheritdoc/>
    public void Write(ChangedMeeting meeting, TextWriter markdown)
    {
        markdown.WriteLine("#### Ämnen");
        markdown.WriteLine();
        var hits = meeting.Published.Hits;
        if (hits.Count == 0)
        {
            markdown.WriteLine("Inga ämnen från `topics.yml` hittades i texten, och inga står i `topics`.");
            markdown.WriteLine();
            return;
        }

        foreach (var hit in hits)
        {
            var name = $"**{Escape(hit.Topic.Name)}**";
            if (hit.Mentions.Count == 0)
            {
                markdown.WriteLine($"- {name}: står i `topics` men nämns inte i texten, så ämnessidan visar mötet utan citat.");
                continue;
            }

            var listed = hit.Listed ? "; står också i `topics`" : "";
            markdown.WriteLine($"- {name} ({SwedishCount.Of(hit.Mentions.Count, "passage")}{listed}):");
            foreach (var mention in hit.Mentions)
            {
                markdown.WriteLine($"  - {Where(mention)}: {Quote(mention)}");
            }
        }

        markdown.WriteLine();
    }

    private static string Where(TopicMention mention) =>
        mention.SectionId.Length == 0 ? "före första rubriken" : $"*{Escape(mention.SectionHeading)}* ({Code("#" + mention.SectionId)})";

    // A passage found through its section's heading has nothing marked: the heading names the topic.
    private static string Quote(TopicMention mention) =>
        mention.Marks.Count == 0 ? $"(rubriken nämner ämnet) {Escape(mention.Text)}" : Marked(mention.Text, mention.Marks);
}

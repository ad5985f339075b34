using Markdig.Renderers.Html;
using Markdig.Syntax;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Editing;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Checks;

/// <summary>
/// Warnings worth an editor's time that do not stop a build: a listed topic the text never mentions,
/// a question without a recorded answer, an empty agenda item, a missing place or participant list, a draft that will not be published,
/// placeholder text left from the <c>new</c> template.
/// </summary>
internal sealed class EditorialWarnings(IReadOnlyList<TopicDefinition> topics, TopicMatcher matcher)
{
    /// <summary>Checks one parsed meeting whose file text is <paramref name="text"/>.</summary>
    public void Check(Meeting meeting, MeetingBody body, string text, DiagnosticBag diagnostics)
    {
        var fileStart = SourceLocation.StartOf(meeting.SourcePath);
        var fields = FrontMatterFields.Map(text, meeting.SourcePath);
        SourceLocation KeyLocation(string key) =>
            fields is not null && fields.TryGetValue(key, out var entry)
                ? new SourceLocation(meeting.SourcePath, (int)entry.Key.Start.Line + FrontMatter.YamlLineOffset, (int)entry.Key.Start.Column)
                : fileStart;

        if (meeting.Draft)
        {
            diagnostics.Warning(KeyLocation("draft"), "mötet är ett utkast (draft: true) och publiceras inte – ta bort raden när anteckningarna är klara");
        }

        if (meeting.Location is null)
        {
            diagnostics.Warning(fileStart, "'location' saknas – skriv var mötet hölls, till exempel 'location: Digitalt via Teams'");
        }

        if (meeting.Participants.Count == 0)
        {
            diagnostics.Warning(fileStart, "'participants' saknas – lista vilka som deltog, grupp för grupp (se docs/redaktorer.md)");
        }

        var found = matcher.Match(meeting, body).Where(h => h.Mentions.Count > 0).Select(h => h.Topic.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var (slug, location) in FrontMatterFields.ListedTopics(text, meeting.SourcePath))
        {
            var topic = topics.FirstOrDefault(t => t.Slug == slug);
            if (topic is not null && !found.Contains(slug))
            {
                diagnostics.Warning(location, $"ämnet '{slug}' står i topics men nämns aldrig i anteckningarna (sökord: {string.Join(", ", topic.Phrases)}) – skriv om det i texten eller ta bort det ur listan");
            }
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var placeholder in NewMeeting.Placeholders)
            {
                var column = lines[i].IndexOf(placeholder, StringComparison.Ordinal);
                if (column >= 0)
                {
                    diagnostics.Warning(new SourceLocation(meeting.SourcePath, i + 1, column + 1), $"mallens platshållare '{placeholder}' står kvar – skriv in det riktiga innehållet");
                }
            }
        }

        foreach (var question in body.Questions.Where(q => !q.Answered))
        {
            diagnostics.Warning(
                new SourceLocation(meeting.SourcePath, question.Line, 1),
                $"frågan '{Excerpt.Of(question.Text)}' har inget svar – skriv svaret i stycket direkt efter frågan och börja det med 'Svar:' (eller till exempel 'Svar från polisen:'); står inget svar i anteckningarna visar sidan 'Inget svar antecknat'");
        }

        var headings = body.Document.Descendants<HeadingBlock>().ToList();
        foreach (var section in body.Sections.Where(s => s.Heading.Length > 0 && s.Passages.Count == 0))
        {
            var heading = headings.Find(h => h.GetAttributes().Id == section.Id);
            var location = heading is null ? fileStart : new SourceLocation(meeting.SourcePath, meeting.BodyStartLine + heading.Line, heading.Column + 1);
            diagnostics.Warning(location, $"punkten '{section.Heading}' är tom – skriv anteckningarna under rubriken eller ta bort den");
        }
    }
}

using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Yaml;

namespace Trygghetsrad.Site.Content;

/// <summary>Parses a meeting's Markdown, gives every heading its anchor and checks the structure editors must follow.</summary>
public static class MeetingBodyParser
{
    /// <summary>Ids the page templates use on a meeting page; a heading never takes one of these.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(
        [
            "sida-innehall", "sida-sok", "sida-meny", "sida-deltagare", "sida-amnen", "sida-nasta-mote", "sida-anteckningar", "sida-dagordning", "sida-fakta", "sida-uppfoljning",
            "sida-rubrik", "sida-senaste", .. SummaryKinds.All.Select(k => k.Anchor),
        ],
        StringComparer.Ordinal);

    /// <summary>Parses the body of <paramref name="meeting"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static MeetingBody Parse(Meeting meeting, DiagnosticBag diagnostics) =>
        StageFailure.Run("läsa anteckningarna", meeting.SourcePath, () => ParseCore(meeting, diagnostics) with { SourcePath = meeting.SourcePath });

    private static MeetingBody ParseCore(Meeting meeting, DiagnosticBag diagnostics)
    {
        if (MarkdownChecks.Parse(meeting.Body, new SourceLocation(meeting.SourcePath, meeting.BodyStartLine, 1), diagnostics) is not { } document)
        {
            return new MeetingBody(new MarkdownDocument(), []);
        }

        var usedIds = new HashSet<string>(ReservedIds, StringComparer.Ordinal);
        var sections = new List<Section>();
        var currentId = "";
        var currentHeading = "";
        var passages = new List<Passage>();
        var previousLevel = 1;
        var plain = new StringBuilder();
        var links = new List<WrittenLink>();
        var ownParagraphs = new List<ParagraphText>();

        SourceLocation At(Block block) => new(meeting.SourcePath, meeting.BodyStartLine + block.Line, block.Column + 1);

        void Flush()
        {
            if (currentHeading.Length > 0 || passages.Count > 0)
            {
                sections.Add(new Section(currentId, currentHeading, passages));
            }

            passages = [];
        }

        foreach (var container in document.Descendants<ContainerBlock>().ToList())
        {
            if (MarkdownChecks.BlockDepth(container) == MarkdownChecks.MaxInlineDepth)
            {
                // Markdig cannot render quotes or lists nested this deep; cut the tree so rendering still runs.
                diagnostics.Error(At(container), MarkdownChecks.TooDeepMessage);
                container.Clear();
            }
        }

        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } deep && MarkdownChecks.TooDeep(deep))
            {
                // Cleared so that rendering, which still runs to find more errors, cannot fail on it.
                diagnostics.Error(At(block), MarkdownChecks.TooDeepMessage);
                block.Inline = null;
                continue;
            }

            switch (block)
            {
                case HeadingBlock heading:
                {
                    var text = PlainText(heading.Inline, plain);
                    if (heading.Level == 1)
                    {
                        diagnostics.Error(At(heading), $"rubriken '# {text}' har nivå 1 – sidan har redan mötets titel som huvudrubrik; skriv '## {text}' för en punkt på dagordningen");
                    }
                    else if (heading.Level > previousLevel + 1)
                    {
                        diagnostics.Warning(At(heading), $"rubriken '{text}' hoppar från nivå {previousLevel} till {heading.Level} – använd '##' för punkter och '###' under dem");
                    }

                    previousLevel = heading.Level;
                    if (text.Length == 0)
                    {
                        diagnostics.Error(At(heading), "rubriken är tom");
                    }

                    var id = UniqueId(text, usedIds);
                    heading.GetAttributes().Id = id;
                    if (heading.Inline is { } headingInline)
                    {
                        WrittenLink.Collect(headingInline, document, meeting.SourcePath, meeting.BodyStartLine, links, heading.Level <= 2 ? id : currentId);
                    }

                    if (heading.Level <= 2)
                    {
                        Flush();
                        (currentId, currentHeading) = (id, text);
                    }
                    else
                    {
                        passages.Add(new Passage(text, meeting.BodyStartLine + heading.Line, IsHeading: true));
                    }

                    break;
                }

                case { Inline: { } inline }:
                {
                    CheckLinks(inline, meeting, diagnostics);
                    WrittenLink.Collect(inline, document, meeting.SourcePath, meeting.BodyStartLine, links, currentId);
                    var text = PlainText(inline, plain);
                    if (text.Length > 0)
                    {
                        passages.Add(new Passage(text, meeting.BodyStartLine + block.Line));
                        if (block is ParagraphBlock paragraph && ReferenceEquals(block.Parent, document))
                        {
                            ownParagraphs.Add(new ParagraphText(paragraph, currentId, currentHeading, text, meeting.BodyStartLine + block.Line));
                        }
                    }

                    break;
                }

                case CodeBlock code:
                {
                    var text = code.Lines.ToString().Trim();
                    if (text.Length > 0)
                    {
                        passages.Add(new Passage(text, meeting.BodyStartLine + block.Line));
                    }

                    break;
                }
            }
        }

        Flush();
        if (!sections.Any(s => s.Heading.Length > 0))
        {
            diagnostics.Warning(SourceLocation.StartOf(meeting.SourcePath) with { Line = meeting.BodyStartLine }, "anteckningarna saknar rubriker – skriv '## Rubrik' för varje punkt på dagordningen, så kan invånarna länka till den");
        }

        CheckFollowUpSections(meeting, sections, diagnostics);
        var questions = QuestionFinder.Find(document, ownParagraphs, usedIds);
        return new MeetingBody(document, sections) { Links = links, Questions = questions };
    }

    // Each follow-up item names a headed section of these minutes.
    private static void CheckFollowUpSections(Meeting meeting, List<Section> sections, DiagnosticBag diagnostics)
    {
        if (meeting.FollowUps.Count == 0)
        {
            return;
        }

        var ids = sections.Where(s => s.Heading.Length > 0).Select(s => s.Id).ToList();
        foreach (var item in meeting.FollowUps)
        {
            if (!ids.Contains(item.Section, StringComparer.Ordinal))
            {
                diagnostics.Error(item.SectionAt, ids.Count == 0
                    ? $"avsnittet '{Excerpt.Of(item.Section)}' i follow_ups finns inte – anteckningarna har inga rubriker; skriv '## Rubrik' över punkten och ange dess ankare"
                    : Suggest.Unknown($"avsnittet '{Excerpt.Of(item.Section)}' i follow_ups finns inte i anteckningarna", item.Section, ids, "avsnitten i mötet"));
            }
        }
    }

    // The text of inlines without Markdown (emphasis, links and code reduced to their words), trimmed. Made in
    // one builder per meeting, cleared for each heading and paragraph: a builder of its own grew for each one.
    private static string PlainText(ContainerInline? inline, StringBuilder builder)
    {
        builder.Clear();
        Append(inline, builder);
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline auto:
                builder.Append(auto.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    private static string UniqueId(string text, HashSet<string> used)
    {
        var slug = Slug.From(text);
        if (slug.Length == 0)
        {
            slug = "avsnitt";
        }

        var id = slug;
        for (var n = 2; !used.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }

    private static void CheckLinks(ContainerInline inline, Meeting meeting, DiagnosticBag diagnostics) =>
        MarkdownChecks.CheckLinks(inline, meeting.SourcePath, meeting.BodyStartLine, diagnostics);
}

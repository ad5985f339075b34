namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Text with marked runs, written by <see cref="HtmlTemplateContext"/> straight into the page: every run
/// escaped, matched runs in <c>&lt;mark&gt;</c>. A topic page of a large archive quotes over a hundred passages;
/// building each one's HTML as a string first, then copying it into the page, was a quarter of the
/// allocations of the list pages.
/// </summary>
/// <param name="Parts">The runs, in order.</param>
public sealed record MarkedText(IReadOnlyList<TextPart> Parts);

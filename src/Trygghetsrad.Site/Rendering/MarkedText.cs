using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Text with marked runs, written by <see cref="HtmlTemplateContext"/> straight into the page: every run
/// escaped, matched runs in <c>&lt;mark&gt;</c>. A topic page of a large archive quotes over a hundred passages,
/// and none of them is made into a string of HTML first.
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Marks">The marked runs, in order, not overlapping.</param>
public sealed record MarkedText(string Text, IReadOnlyList<TextRange> Marks);

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// HTML that many pages write the same (a <see cref="Pages.PagePart"/>), rendered when the first of them asks for it and
/// then shared: the pages of a kind are rendered in parallel, and the part only once. A failed render fails every
/// page that has the part, each with the same diagnostic, which the build reports once.
/// </summary>
/// <param name="render">Renders the part.</param>
public sealed class SharedHtml(Func<RawHtml> render)
{
    private readonly Lazy<RawHtml> _html = new(render, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The part's HTML.</summary>
    public RawHtml Html => _html.Value;
}

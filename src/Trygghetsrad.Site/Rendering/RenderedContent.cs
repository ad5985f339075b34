namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// A page's content as its template rendered it, for the layout to write as it is (like <see cref="RawHtml"/>):
/// it stays in the rendering thread's buffer instead of becoming a string, and is valid while the layout renders.
/// </summary>
internal sealed class RenderedContent(PageBuffer buffer)
{
    /// <summary>The content's HTML.</summary>
    public ReadOnlySpan<char> Html => buffer.Text;

    /// <inheritdoc />
    public override string ToString() => new(buffer.Text);
}

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// HTML the generator made itself (rendered Markdown, pre-built fragments). Templates write it as it is;
/// every other value a template writes is HTML-escaped.
/// </summary>
/// <param name="Value">The HTML.</param>
public sealed record RawHtml(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}

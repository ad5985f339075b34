using Scriban.Runtime;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// A render's output, kept as characters in a buffer that the rendering thread reuses for every page.
/// Scriban's own output ends each render in a new string, two per page (its content, then the page in its
/// layout); a build of many pages makes none.
/// </summary>
internal sealed class PageBuffer : IScriptOutput
{
    private char[] _chars = new char[1 << 14];
    private int _length;

    /// <summary>What was written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    /// <summary>Empties the buffer and keeps its capacity.</summary>
    public void Clear() => _length = 0;

    /// <inheritdoc />
    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Append(text.AsSpan(offset, count));
        return ValueTask.CompletedTask;
    }

    /// <summary>Appends <paramref name="text"/> as it is.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - _length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Appends <paramref name="text"/> with &amp;, &lt;, &gt;, " and ' escaped, as <see cref="HtmlText.Escape"/> does.</summary>
    public void AppendEscaped(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var special = text.IndexOfAny(HtmlText.Special);
            if (special < 0)
            {
                Append(text);
                return;
            }

            Append(text[..special]);
            Append(HtmlText.EscapeOf(text[special]));
            text = text[(special + 1)..];
        }
    }

    /// <summary>
    /// Empty: Scriban's <c>Template.Render</c> returns its output's text as a string, which is exactly the
    /// allocation this buffer exists to avoid; the page is read from <see cref="Text"/>.
    /// </summary>
    public override string ToString() => string.Empty;

    private void Grow(int needed)
    {
        var bigger = GC.AllocateUninitializedArray<char>(Math.Max(_chars.Length * 2, _length + needed));
        Text.CopyTo(bigger);
        _chars = bigger;
    }
}

namespace Trygghetsrad.Site.Diagnostics;

/// <summary>
/// A value quoted in a message, cut short when long: a diagnostic repeats what the editor wrote so it can be
/// found, and a pasted megabyte in a date must not become a megabyte of terminal output.
/// </summary>
public static class Excerpt
{
    /// <summary>The longest excerpt, in characters, before the ellipsis.</summary>
    public const int MaxLength = 60;

    /// <summary><paramref name="text"/>, or its start followed by '…' when it is longer than <see cref="MaxLength"/>.</summary>
    public static string Of(string text) =>
        text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength), "…");
}

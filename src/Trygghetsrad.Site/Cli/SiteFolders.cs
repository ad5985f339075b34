namespace Trygghetsrad.Site.Cli;

/// <summary>
/// The folders a command reads: the content folder (<c>--content</c>, else <c>content</c>) and the templates
/// (<c>--templates</c>, else the <c>templates</c> folder beside the content folder), so that the generator runs from
/// any folder when it is told where the content is. A missing folder is one line saying where to run it from.
/// </summary>
/// <param name="Content">The content folder.</param>
/// <param name="Templates">The templates folder.</param>
internal sealed record SiteFolders(string Content, string Templates)
{
    private const string RunFromRoot = "kör kommandot i projektets rotmapp (där mapparna content och templates ligger)";

    /// <summary>The folders from the options' values; <paramref name="templates"/> is null when not given.</summary>
    public static SiteFolders From(string content, string? templates) => new(content, templates ?? Beside(content));

    /// <summary>
    /// Writes one line to <paramref name="writer"/> when a folder the command needs is missing, and says so. Only the
    /// first missing folder is named: run from the wrong folder, both are missing, and the line says what to do about both.
    /// </summary>
    /// <param name="writer">Where the command writes its problems.</param>
    /// <param name="withTemplates">Whether the command needs the templates too.</param>
    public bool ReportMissing(TextWriter writer, bool withTemplates = true)
    {
        var line = !Directory.Exists(Content) ? $"error: innehållsmappen '{Content}' finns inte – {RunFromRoot} eller ange innehållsmappen med --content"
            : withTemplates && !Directory.Exists(Templates) ? $"error: mallmappen '{Templates}' finns inte – {RunFromRoot} eller ange mallmappen med --templates"
            : null;
        if (line is not null)
        {
            writer.WriteLine(line);
        }

        return line is not null;
    }

    // "templates" beside the content folder, written as the content folder was: relative to the working folder or absolute.
    private static string Beside(string content)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(content)));
        if (parent is null)
        {
            return "templates";
        }

        var templates = Path.Combine(parent, "templates");
        return Path.IsPathRooted(content) ? templates : Path.GetRelativePath(Directory.GetCurrentDirectory(), templates);
    }
}

using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Checks;

/// <summary>Complete fictional meeting files for the editor-workflow tests (check, new, serve).</summary>
public static class FictionalMeeting
{
    /// <summary>A meeting with place and participants, extra front matter lines <paramref name="fields"/> (before the closing '---', from line 9) and <paramref name="body"/>.</summary>
    public static string Text(string date, string fields = "", string body = "## Övrigt\n\nVi pratade om klotter.\n") =>
        $"---\n# Fiktivt möte för tester.\ndate: {date}\nlocation: Kommunhuset\nparticipants:\n  - group: Förtroendevalda\n    members:\n      - Fiktiv Person (X)\n{fields}---\n\n{body}";

    /// <summary>The path diagnostics show for a file below the content folder.</summary>
    public static string Shown(TempContent content, string relative) => DisplayPath.For(Path.Combine(content.Content, relative));
}

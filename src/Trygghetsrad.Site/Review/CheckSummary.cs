using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;
using static Trygghetsrad.Site.Review.MarkdownText;

namespace Trygghetsrad.Site.Review;

/// <summary>
/// <c>check</c>'s findings and the meetings a pull request changes, as Markdown for the pull request's job summary:
/// the errors and warnings file by file and line by line, then each changed meeting as the public will see it
/// (<see cref="MeetingParts"/>), from the same dry-run build that checked it.
/// </summary>
/// <param name="result">What <c>check</c> found, with its build's archive.</param>
internal sealed class CheckSummary(CheckResult result)
{
    // A summary has room for a page of findings; the job's log has them all.
    private const int MaxFindings = 200;

    /// <summary>Writes the summary for the meeting files <paramref name="changed"/> (paths as the command line gave them).</summary>
    public void Write(IReadOnlyList<string> changed, TextWriter markdown)
    {
        WriteFindings(markdown);
        WriteChangedMeetings(changed, markdown);
    }

    private void WriteFindings(TextWriter markdown)
    {
        var diagnostics = result.Diagnostics;
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        markdown.WriteLine("## Granskning av innehållet");
        markdown.WriteLine();
        markdown.WriteLine($"Granskade {SwedishCount.Of(result.MeetingFiles, "meeting_file")}: {SwedishCount.Of(errors, "error")}, {SwedishCount.Of(warnings, "warning")}.");
        markdown.WriteLine();
        markdown.WriteLine(
            errors > 0 ? "**Innehållet har fel, och inget publiceras förrän de är rättade.** Varje fel står också på sin rad under fliken *Files changed*. Rätta filen och spara på samma gren, så granskas den igen."
            : warnings > 0 ? "Inga fel. Varningarna stoppar inte publiceringen, men titta på dem innan du ber om granskning."
            : "Inga fel och inga varningar.");
        markdown.WriteLine();
        if (diagnostics.Count == 0)
        {
            return;
        }

        markdown.WriteLine("### Fel och varningar");
        foreach (var file in diagnostics.Take(MaxFindings).GroupBy(d => d.Location.Path))
        {
            markdown.WriteLine();
            markdown.WriteLine($"#### {Code(file.Key)}");
            markdown.WriteLine();
            markdown.WriteLine("| Rad | Kolumn | Typ | Meddelande |");
            markdown.WriteLine("|---:|---:|---|---|");
            foreach (var diagnostic in file)
            {
                var kind = diagnostic.Severity == Severity.Error ? "**fel**" : "varning";
                markdown.WriteLine($"| {diagnostic.Location.Line} | {diagnostic.Location.Column} | {kind} | {Escape(diagnostic.Message)} |");
            }
        }

        markdown.WriteLine();
        if (diagnostics.Count > MaxFindings)
        {
            markdown.WriteLine($"Här visas de första {MaxFindings}. Alla står i loggen för steget *Granska innehållet (check)*.");
            markdown.WriteLine();
        }
    }

    private void WriteChangedMeetings(IReadOnlyList<string> changed, TextWriter markdown)
    {
        markdown.WriteLine("## Ändrade möten");
        markdown.WriteLine();
        if (changed.Count == 0)
        {
            markdown.WriteLine("Pull requesten ändrar inga mötesfiler.");
            markdown.WriteLine();
            return;
        }

        markdown.WriteLine("Så här visar webbplatsen mötena som pull requesten lägger till eller ändrar. Hela sidorna finns i förhandsvisningen.");
        markdown.WriteLine();
        foreach (var path in changed.Distinct(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path);
            var meeting = result.Meetings.FirstOrDefault(m => Path.GetFullPath(m.SourcePath) == full);
            var made = meeting is null || result.Archive is null ? null : ChangedMeeting.Make(result.Archive, meeting);
            if (made is null)
            {
                markdown.WriteLine($"### {Code(DisplayPath.For(path))}");
                markdown.WriteLine();
                markdown.WriteLine(File.Exists(path)
                    ? "Mötet kan inte visas: filen gick inte att läsa som ett möte. Rätta felen ovan, så visas det här."
                    : "Filen finns inte längre, så mötet försvinner från webbplatsen.");
                markdown.WriteLine();
                continue;
            }

            Write(made, markdown);
        }
    }

    private static void Write(ChangedMeeting meeting, TextWriter markdown)
    {
        var page = meeting.Page;
        markdown.WriteLine($"### {Escape(page.Title)}");
        markdown.WriteLine();
        markdown.WriteLine($"Filen {Code(meeting.Meeting.SourcePath)} blir sidan {Code(meeting.Written(page.Url))}.");
        markdown.WriteLine();
        if (meeting.Meeting.Draft)
        {
            markdown.WriteLine("> **Utkast – publiceras inte.** Förhandsvisningen visar sidan med texten ”UTKAST – publiceras inte” överst. Invånarna ser mötet först när raden `draft: true` är borttagen.");
            markdown.WriteLine();
        }

        foreach (var part in MeetingParts.All)
        {
            part.Write(meeting, markdown);
        }
    }
}

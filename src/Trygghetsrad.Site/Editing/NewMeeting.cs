using System.Globalization;
using System.Text;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Editing;

/// <summary>
/// Writes a new meeting file from a template: <c>moten/YYYY/YYYY-MM-DD.md</c>, as a draft, prefilled with the
/// date, times and place the previous meeting announced under <c>next_meeting</c>. Never overwrites a file.
/// </summary>
public static class NewMeeting
{
    /// <summary>The template's placeholder texts; <c>check</c> warns while one is left in a file.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["Skriv här.", "Namn Efternamn"];

    /// <summary>
    /// Creates the file for <paramref name="date"/>, or for the announced next meeting when it is null.
    /// Returns the written file's path, or null with the reason in <paramref name="diagnostics"/>.
    /// </summary>
    public static string? Create(string contentDirectory, DateOnly? date, DiagnosticBag diagnostics)
    {
        if (date is { } given && Refuse(PathFor(contentDirectory, given), diagnostics))
        {
            return null;
        }

        // With a date, content errors elsewhere only cost the prefill; without one, the date comes from the content.
        var content = ContentLoader.Load(contentDirectory, date is null ? diagnostics : new DiagnosticBag());
        if (content is null && date is null)
        {
            return null;
        }

        var announced = content?.Meetings.LastOrDefault(m => m.NextMeeting is not null)?.NextMeeting;
        if (date is null && announced is null)
        {
            diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(contentDirectory)), "inget möte anger next_meeting – ange datumet, till exempel 'new 2026-12-02'");
            return null;
        }

        var day = date ?? announced!.Date;
        var prefill = announced is not null && announced.Date == day ? announced : null;
        var path = PathFor(contentDirectory, day);
        if (Refuse(path, diagnostics))
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.Write(Template(day, prefill));
        }

        return path;
    }

    /// <summary>The text of a new meeting file: every key's starting lines (<see cref="MeetingKeys"/>), then headings to write under.</summary>
    public static string Template(DateOnly date, NextMeeting? prefill) => $"""
        ---
        # Nytt möte. Fyll i fälten och skriv anteckningarna under rubrikerna.
        # Ta bort raden 'draft: true' när anteckningarna är klara att publicera.
        # Hjälp: docs/redaktorer.md. Kör 'check' innan du skickar in.
        {MeetingKeys.NewFileLines(new NewMeetingValues(date, prefill))}---

        ## Inledning

        Skriv här.

        ## Lägesbild

        Skriv här.

        ## Övrigt

        Skriv här.

        """;

    private static string PathFor(string contentDirectory, DateOnly day) =>
        Path.Combine(contentDirectory, ContentLoader.MeetingsFolder, day.Year.ToString(CultureInfo.InvariantCulture), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".md");

    private static bool Refuse(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        diagnostics.Error(SourceLocation.StartOf(DisplayPath.For(path)), "filen finns redan och skrivs inte över – öppna den och redigera den i stället");
        return true;
    }

}

using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>Runs the content stage on a folder and returns what it reported.</summary>
public static class Diagnose
{
    /// <summary>All diagnostics from loading and parsing every meeting body of <paramref name="contentDirectory"/>.</summary>
    public static IReadOnlyList<Diagnostic> Content(string contentDirectory)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(contentDirectory, bag);
        foreach (var meeting in content?.Meetings ?? [])
        {
            MeetingBodyParser.Parse(meeting, bag);
        }

        return bag.Sorted();
    }

    /// <summary>The single error reported, asserting there is exactly one.</summary>
    public static Diagnostic SingleError(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, "Expected one error, got:\n" + string.Join('\n', diagnostics));
        return errors[0];
    }
}

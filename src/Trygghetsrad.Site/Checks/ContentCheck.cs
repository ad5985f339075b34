using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Checks;

/// <summary>The outcome of <c>check</c>.</summary>
/// <param name="Diagnostics">Errors and warnings in a stable order.</param>
/// <param name="MeetingFiles">Meeting files looked at.</param>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int MeetingFiles)
{
    /// <summary>The LIX of every text marked as easy Swedish, which <c>check</c> prints.</summary>
    public IReadOnlyList<LixReading> Readability { get; init; } = [];

    /// <summary>True when nothing stops publication.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The archive of the dry-run build, drafts included; null when the content could not be read.</summary>
    public Archive? Archive { get; init; }

    /// <summary>Every meeting as read, with its text, drafts included.</summary>
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];
}

/// <summary>
/// What <c>check</c> runs: the whole build — loading, parsing, rendering every page and checking every
/// link — without writing anything, plus personal data in every meeting and page file, editorial warnings and
/// the readability (LIX) of every text in easy Swedish.
/// </summary>
public static class ContentCheck
{
    /// <summary>Checks the content in <paramref name="contentDirectory"/> against the templates in <paramref name="templatesDirectory"/>.</summary>
    public static CheckResult Run(string contentDirectory, string templatesDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = SiteInputs.Load(contentDirectory, templatesDirectory, diagnostics);
        if (!Directory.Exists(contentDirectory))
        {
            return new CheckResult(diagnostics.Sorted(), 0);
        }

        // Personal data is looked for even when other errors stop the build, so an editor sees everything at once.
        var site = inputs?.Content.Site ?? SiteConfigLoader.Load(Path.Combine(contentDirectory, "site.yml"), new DiagnosticBag());
        var scanner = new PersonalDataScanner(
            site?.AllowedEmailDomains ?? [],
            site?.Contact.Email is { } email ? [email] : []);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = ContentLoader.MeetingFiles(contentDirectory).Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        foreach (var path in files.Concat(EditorPages.Files(contentDirectory).Where(f => f.EndsWith(".md", StringComparison.Ordinal))))
        {
            var display = DisplayPath.For(path);
            var text = SourceText.Read(path, display, new DiagnosticBag());
            if (text is not null)
            {
                texts[display] = text;
                CheckPersonalData(scanner, text, display, site?.Contact.Phone, diagnostics);
            }
        }

        Archive? archive = null;
        IReadOnlyList<Meeting> meetings = [];
        IReadOnlyList<LixReading> readability = [];
        if (inputs is not null)
        {
            var content = inputs.Content;
            readability = Readability.Measure(content);
            Readability.Warn(readability, diagnostics);
            using var analyzer = new SwedishAnalyzer(content.Topics.SelectMany(t => t.Phrases));
            var warnings = new EditorialWarnings(content.Topics, new TopicMatcher(content.Topics, analyzer));
            Parallel.ForEach(content.Meetings, meeting =>
            {
                // The build reports the body's own problems; here only the warnings count.
                var body = MeetingBodyParser.Parse(meeting, new DiagnosticBag());
                warnings.Check(meeting, body, texts.GetValueOrDefault(meeting.SourcePath, ""), diagnostics);
            });

            // Everything build rejects, found the way build finds it: a dry run renders every page and checks
            // every link (a mistyped link to another meeting, a template error) without writing a file.
            var build = new SiteBuilder().Build(new BuildOptions(contentDirectory, templatesDirectory, DryRun: true, Drafts: true), inputs);
            diagnostics.AddRange(build.Diagnostics);
            (archive, meetings) = (build.Archive, content.Meetings);
        }

        return new CheckResult(diagnostics.Sorted(), files.Count) { Archive = archive, Meetings = meetings, Readability = readability };
    }

    internal static void CheckPersonalData(PersonalDataScanner scanner, string text, string display, string? contactPhone, DiagnosticBag diagnostics)
    {
        var exceptions = PersonalDataExceptions.Read(text, display, diagnostics);
        var contactPhoneKey = contactPhone is null ? null : PersonalDataScanner.KeyOf(contactPhone);
        foreach (var finding in scanner.Scan(text))
        {
            if (finding.Key == contactPhoneKey || exceptions.Excuses(finding))
            {
                continue;
            }

            diagnostics.Error(new SourceLocation(display, finding.Line, finding.Column), Message(finding));
        }

        exceptions.ReportUnused(diagnostics);
    }

    private static string Message(PersonalDataFinding finding)
    {
        const string Exception = "Är det ingen personuppgift, lägg till ett granskat undantag under personal_data_ok (se docs/redaktorer.md).";
        return finding.Kind switch
        {
            PersonalDataKind.Personnummer => $"'{finding.Text}' är ett personnummer – personnummer får aldrig publiceras; ta bort det. {Exception}",
            PersonalDataKind.Samordningsnummer => $"'{finding.Text}' är ett samordningsnummer – det får aldrig publiceras; ta bort det. {Exception}",
            PersonalDataKind.PhoneNumber => $"'{finding.Text}' ser ut som ett telefonnummer – publicera inte privatpersoners nummer; ta bort det eller hänvisa till kommunens växel. {Exception}",
            _ => $"e-postadressen '{finding.Text}' hör inte till kommunens domäner – publicera inte privatpersoners adresser; ta bort den. {Exception}",
        };
    }
}

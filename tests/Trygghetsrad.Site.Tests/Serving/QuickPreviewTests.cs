using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Serving;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Serving;

/// <summary>
/// serve's quick preview renders an edited meeting against the last full build: the page it shows is the one the
/// full rebuild after the edit writes, byte for byte.
/// </summary>
public sealed class QuickPreviewTests : IDisposable
{
    private readonly TempContent _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> Edits => new()
    {
        // A sentence added in a meeting in the middle of the archive, as an editor's fix would.
        { "2024/2024-05-15.md", "Inga övriga frågor.", "Inga övriga frågor. Tillägg: klotter vid skolan är sanerat." },
        // The title of a year's last meeting changed: its own page only (its neighbours' links change in the rebuild).
        { "2024/2024-12-11.md", "date: 2024-12-11\n", "date: 2024-12-11\ntitle: Ändrad rubrik\n" },
        // The newest meeting announces another next meeting: the calendar link follows.
        { "2025/2025-01-15.md", "date: 2025-02-19", "date: 2025-03-19" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void The_quick_page_is_the_full_builds_page(string file, string before, string after)
    {
        var content = Path.Combine(_temp.Root, "arkiv");
        Folders.Copy(Fixtures.RichArchive, content);
        var first = new SiteBuilder().Build(new BuildOptions(content, TempContent.Templates, Path.Combine(_temp.Root, "first")));
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        var path = Path.Combine(content, "moten", file);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));

        var quickRoot = Path.Combine(_temp.Root, "quick");
        var outcome = QuickPreview.Run(path, first.Archive!, quickRoot);
        Assert.NotNull(outcome);
        Assert.Null(outcome.Errors);

        var full = Path.Combine(_temp.Root, "full");
        Assert.True(new SiteBuilder().Build(new BuildOptions(content, TempContent.Templates, full)).Succeeded);
        var quick = File.ReadAllBytes(Path.Combine(quickRoot, outcome.Page!));
        Assert.Equal(File.ReadAllText(Path.Combine(full, outcome.Page!)), File.ReadAllText(Path.Combine(quickRoot, outcome.Page!)));
        Assert.True(quick.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(full, outcome.Page!))));
    }

    [Fact]
    public void A_broken_edit_gives_its_errors_and_a_new_file_waits_for_the_full_build()
    {
        var content = Path.Combine(_temp.Root, "arkiv");
        Folders.Copy(Fixtures.RichArchive, content);
        var first = new SiteBuilder().Build(new BuildOptions(content, TempContent.Templates, Path.Combine(_temp.Root, "first")));
        var path = Path.Combine(content, "moten", "2024", "2024-05-15.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("date: 2024-05-15\n", "date: 2024-05-15\nlocaton: x\n", StringComparison.Ordinal));

        var broken = QuickPreview.Run(path, first.Archive!, Path.Combine(_temp.Root, "quick"));
        Assert.NotNull(broken?.Errors);
        Assert.Contains(broken.Errors, d => d.Message.StartsWith("okänd nyckel 'locaton'", StringComparison.Ordinal));

        var added = Path.Combine(content, "moten", "2024", "2024-05-16.md");
        File.WriteAllText(added, "---\n# Fiktivt möte för test.\ndate: 2024-05-16\n---\n\n## Inledning\n\nText.\n");
        Assert.Null(QuickPreview.Run(added, first.Archive!, Path.Combine(_temp.Root, "quick")));
    }
}

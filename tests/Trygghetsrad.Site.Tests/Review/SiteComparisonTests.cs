using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Review;
using Trygghetsrad.Site.Tests.Checks;
using Trygghetsrad.Site.Tests.Cli;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Review;

/// <summary><c>compare</c>: the pages a change adds, changes and removes, against the site built from the base.</summary>
public sealed class SiteComparisonTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Old => Path.Combine(_content.Root, "gammal");

    private string New => Path.Combine(_content.Root, "ny");

    [Fact]
    public void Pages_are_added_changed_and_removed_by_their_address()
    {
        Page(Old, "index.html", "Hem");
        Page(New, "index.html", "Hem");
        Page(Old, "moten/2030-01-15/index.html", "Möte i januari");
        Page(New, "moten/2030-01-15/index.html", "Möte i januari", "ny text");
        Page(Old, "moten/2030-02-12/index.html", "Möte i februari");
        Page(New, "moten/2030-03-12/index.html", "Möte i mars");
        Page(Old, "404.html", "Sidan finns inte");
        Page(New, "404.html", "Sidan finns inte");
        File(Old, "feed.xml", "<feed/>");
        File(New, "feed.xml", "<feed>ny</feed>");
        File(New, "sok/data/1.json", "{}");

        var changes = SiteComparison.Compare(Old, New);

        Assert.Equal([new SitePage("/moten/2030-03-12/", "Möte i mars")], changes.Added);
        Assert.Equal([new SitePage("/moten/2030-01-15/", "Möte i januari")], changes.Changed);
        Assert.Equal([new SitePage("/moten/2030-02-12/", "Möte i februari")], changes.Removed);
        Assert.Equal(2, changes.OtherFiles);
    }

    [Fact]
    public void A_new_meeting_adds_its_page_and_changes_the_pages_that_list_it()
    {
        _content.Write("moten/2030/2030-01-15.md", FictionalMeeting.Text("2030-01-15"));
        Preview(Old);
        _content.Write("moten/2030/2030-03-12.md", FictionalMeeting.Text("2030-03-12", body: "## Lägesbild\n\nKlottret är borta.\n"));
        Preview(New);

        var run = CliRun.Invoke(null, "compare", Old, New);

        Assert.Equal(0, run.ExitCode);
        var summary = RenderedMarkdown.Parse(run.Stdout);
        Assert.Equal(["Tillkommer", "Ändras"], summary.QuerySelectorAll("h3").Select(h => h.Text()));
        Assert.Equal(["/moten/2030-03-12/ – Trygghetsråd 12 mars 2030"], List(summary, "Tillkommer"));
        var changed = List(summary, "Ändras");
        Assert.StartsWith("/ – ", changed[0], StringComparison.Ordinal);
        Assert.Contains("/moten/2030-01-15/ – Trygghetsråd 15 januari 2030", changed);
        Assert.Contains(changed, c => c.StartsWith("/amnen/klotter/ – ", StringComparison.Ordinal));
        Assert.Contains(changed, c => c.StartsWith("/moten/2030/ – ", StringComparison.Ordinal));
        Assert.StartsWith("Jämfört med webbplatsen före ändringen, byggd på samma sätt: 1 sida tillkommer, ", summary.QuerySelector("p")!.Text(), StringComparison.Ordinal);
        Assert.EndsWith(" ändras och 0 sidor tas bort.", summary.QuerySelector("p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_site_twice_has_no_changes()
    {
        _content.Write("moten/2030/2030-01-15.md", FictionalMeeting.Text("2030-01-15"));
        Preview(Old);
        Preview(New);

        var run = CliRun.Invoke(null, "compare", Old, New);

        Assert.Equal("Webbplatsen blir likadan som före ändringen: inga sidor tillkommer, ändras eller tas bort.", RenderedMarkdown.Parse(run.Stdout).QuerySelector("p")!.Text());
    }

    [Fact]
    public void A_long_list_is_cut_short_with_how_many_more()
    {
        Directory.CreateDirectory(Old);
        for (var i = 0; i < 53; i++)
        {
            Page(New, $"sida-{i:D2}/index.html", $"Sida {i}");
        }

        var run = CliRun.Invoke(null, "compare", Old, New);

        var added = List(RenderedMarkdown.Parse(run.Stdout), "Tillkommer");
        Assert.Equal(51, added.Count);
        Assert.Equal("/sida-49/ – Sida 49", added[49]);
        Assert.Equal("… och 3 sidor till", added[50]);
    }

    [Fact]
    public void A_missing_folder_is_one_line()
    {
        Directory.CreateDirectory(New);

        var run = CliRun.Invoke(null, "compare", Old, New);

        Assert.Equal((1, $"error: mappen '{Old}' finns inte – ange två mappar som build har skrivit\n"), (run.ExitCode, run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    // Built as the pull request's preview is: drafts along, links relative, under the preview's base path.
    private void Preview(string output)
    {
        var result = new SiteBuilder().Build(new BuildOptions(_content.Content, TempContent.Templates, output, "/forhandsvisning/pr-7/", Drafts: true, RelativeLinks: true));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    private static List<string> List(AngleSharp.Dom.IDocument summary, string heading) =>
        [.. summary.QuerySelectorAll("h3").Single(h => h.Text() == heading).NextElementSibling!.Children.Select(li => li.Text())];

    private static void Page(string site, string path, string heading, string text = "") =>
        File(site, path, $"<!doctype html><html lang=sv><title>{heading} – Arkivet</title><h1>{heading}</h1><p>{text}</p></html>");

    private static void File(string site, string path, string text)
    {
        var file = Path.Combine(site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, text);
    }
}

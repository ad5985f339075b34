using System.Xml.Linq;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Pages;

/// <summary>
/// The page kinds are one list (<see cref="PageKinds"/>): the templates a build needs, the pages it writes, what the
/// sitemap lists and which pages the link check reads all follow from it.
/// </summary>
public sealed class PageKindsTests : IDisposable
{
    private readonly TempContent _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Kinds => [.. PageKinds.All.Select(k => k.Template)];

    [Fact]
    public void The_required_templates_are_the_layout_and_each_kinds_and_its_parts_and_the_repository_has_them()
    {
        var parts = PageKinds.All.SelectMany(k => k.Parts).Select(p => p.Template).ToList();
        Assert.Equal(["layout", .. PageKinds.SiteParts.Select(p => p.Template), .. PageKinds.All.Select(k => k.Template), .. parts], TemplateSet.Required);
        Assert.Contains("topic-overview", parts);
        Assert.Contains(PageKinds.SiteParts, p => p is { Template: "footer", Model: null });
        Assert.Equal(TemplateSet.Required.Count, TemplateSet.Required.Distinct().Count());
        foreach (var name in TemplateSet.Required)
        {
            Assert.True(File.Exists(Path.Combine(TempContent.Templates, name + ".sbn")), $"templates/{name}.sbn is missing");
        }
    }

    [Fact]
    public void A_build_writes_every_page_of_every_kind_and_the_sitemap_lists_exactly_the_kinds_it_should()
    {
        var output = Path.Combine(_temp.Root, "site");
        var result = new SiteBuilder().Build(new BuildOptions(Fixtures.RichArchive, TempContent.Templates, output, MaxParallelism: 1));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var archive = result.Archive!;
        var urls = archive.Site.Urls;

        var pages = new List<(PageKind Kind, string Url)>();
        pages.AddRange(archive.OldestFirst.Select(m => ((PageKind)PageKinds.Meeting, m.Summary.Url)));
        foreach (var kind in PageKinds.FromArchive)
        {
            pages.AddRange(kind.Pages(archive).Select(page => ((PageKind)kind, page().Url)));
        }

        foreach (var kind in PageKinds.All)
        {
            Assert.Contains(pages, p => p.Kind == kind);
        }

        Assert.All(pages, p => Assert.True(File.Exists(Path.Combine(output, urls.OutputPathFor(p.Url))), p.Url));
        Assert.Equal(pages.Count, result.PageCount);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var root = archive.Site.Site.BaseUrl;
        var listed = XDocument.Load(Path.Combine(output, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value[root.Length..]).ToList();
        Assert.Equal(pages.Where(p => p.Kind.InSitemap).Select(p => p.Url).Order(StringComparer.Ordinal), listed);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_link_check_reads_the_pages_of_kind(string template)
    {
        var templates = Path.Combine(_temp.Root, "templates");
        Folders.Copy(TempContent.Templates, templates);
        File.AppendAllText(Path.Combine(templates, template + ".sbn"), "\n<a href=\"{{ urls.home }}saknas-" + template + "/\">x</a>\n");

        var result = new SiteBuilder().Build(new BuildOptions(Fixtures.RichArchive, templates, Path.Combine(_temp.Root, "site"), MaxParallelism: 1));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith($"trasig länk '/saknas-{template}/'", StringComparison.Ordinal));
    }
}

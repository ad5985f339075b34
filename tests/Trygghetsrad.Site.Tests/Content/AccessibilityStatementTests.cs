using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Content;

/// <summary>The accessibility statement: read from content/tillganglighet.md, checked, published with DIGG's required parts.</summary>
public sealed class AccessibilityStatementTests
{
    [Fact]
    public void Real_statement_has_every_part_digg_requires()
    {
        using var site = new ScratchSite();
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Path.Combine(site.Content, "site.yml"), overwrite: true);
        site.Meeting("2024-03-01");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "tillganglighet", "index.html")));
        var main = page.QuerySelector("main")!;
        var text = main.TextContent;
        Assert.Equal("Tillgänglighetsredogörelse", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Hallstahammars kommun står bakom webbplatsen Trygghetsrådets arkiv", text);
        Assert.Contains("Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service på grund av de brister som beskrivs nedan.", text);
        Assert.Contains("Innehåll som inte är tillgängligt", text);
        Assert.Contains("Hur vi testat webbplatsen", text);
        Assert.Equal("2026-11-25", main.QuerySelector("#granskning + p time")!.GetAttribute("datetime"));
        Assert.Contains("Webbplatsen granskades senast den 25 november 2026. Redogörelsen sågs senast över den 25 november 2026.", text);
        Assert.Equal("mailto:kommun@hallstahammar.se", main.QuerySelector("#kontakt ~ ul a")!.GetAttribute("href"));
        Assert.NotNull(main.QuerySelector("a[href='https://www.digg.se/tdosanmalan']"));
    }

    [Fact]
    public void Every_page_footer_links_the_statement()
    {
        using var site = new ScratchSite().Meeting("2024-03-01");

        var result = site.Build("/trygghetsrad/");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var parser = new HtmlParser();
        foreach (var file in site.Pages())
        {
            var link = parser.ParseDocument(File.ReadAllText(file)).QuerySelector("footer a[href='/trygghetsrad/tillganglighet/']");
            Assert.True(link is not null && link.TextContent == "Tillgänglighetsredogörelse", $"{file} has no footer link to the statement");
        }
    }

    [Fact]
    public void Real_content_has_a_statement()
    {
        // The law requires it on the published site; content without one (tests, examples) simply gets no page.
        Assert.True(File.Exists(Path.Combine(Fixtures.RealContent, AccessibilityStatement.FileName)));
    }

    [Fact]
    public void Content_without_a_statement_gets_no_page_and_no_footer_link()
    {
        using var site = new ScratchSite().Meeting("2024-03-01");
        File.Delete(Path.Combine(site.Content, "tillganglighet.md"));

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain("tillganglighet", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "tillganglighet")));
    }

    [Theory]
    [InlineData("compliance: ganska\nassessed: 2026-11-25\nreviewed: 2026-11-25", 2, 13, "'compliance' ska vara helt, delvis eller inte, men är 'ganska'")]
    [InlineData("compliance: delvis\nreviewed: 2026-11-25", 2, 1, "'assessed' saknas – datumet då webbplatsen senast granskades")]
    [InlineData("assessed: 2026-11-25\nreviewed: 2026-11-25", 2, 1, "'compliance' saknas – skriv 'compliance: helt', 'delvis' eller 'inte'")]
    [InlineData("compliance: delvis\nassessed: 2026-11-25\nreviewed: 2026-11-24", 4, 11, "redogörelsen sågs över (2026-11-24) före granskningen (2026-11-25)")]
    [InlineData("compliance: delvis\nassessed: 2026-13-01\nreviewed: 2026-11-24", 3, 11, "'assessed' är inte ett giltigt datum: '2026-13-01'")]
    [InlineData("compliance: delvis\nasessed: 2026-11-25\nreviewed: 2026-11-25", 3, 1, "okänd nyckel 'asessed' i redogörelsens fält – menade du 'assessed'?")]
    public void Front_matter_errors_are_located(string yaml, int line, int column, string message)
    {
        using var site = new ScratchSite().Write("tillganglighet.md", $"---\n{yaml}\n---\n\n## Brister\n\nInga.\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("tillganglighet.md", error.Location.Path);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("[Läs](javascript:alert(1))", 7, 1, "länken 'javascript:alert(1)' använder 'javascript:'")]
    [InlineData("# Rubrik", 7, 1, "rubriker på nivå 1 ('# ') används inte")]
    public void Body_follows_the_same_rules_as_minutes(string markdown, int line, int column, string message)
    {
        using var site = new ScratchSite().Write("tillganglighet.md", $"---\ncompliance: helt\nassessed: 2026-11-25\nreviewed: 2026-11-25\n---\n\n{markdown}\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Fully_compliant_statement_says_so_without_pointing_at_gaps()
    {
        using var site = new ScratchSite().Write("tillganglighet.md", "---\ncompliance: helt\nassessed: 2026-11-25\nreviewed: 2026-11-26\n---\n\n## Hur vi testat webbplatsen\n\nAutomatiska tester.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "tillganglighet", "index.html"))).QuerySelector("main")!.TextContent;
        Assert.Contains("Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.", text);
        Assert.Contains("Redogörelsen sågs senast över den 26 november 2026.", text);
    }
}

using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Security;

/// <summary>
/// Content comes from pull requests that reviewers may skim: nothing an editor writes — Markdown body or
/// front matter — may put markup or script on a page. Raw HTML is shown as text; script URLs fail the build.
/// </summary>
public sealed class HostileContentTests
{
    /// <summary>Raw HTML an attacker might try in the body; every piece must come out as visible text.</summary>
    public static TheoryData<string> RawHtml => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<style>body{display:none}</style>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object>",
        "<embed src=\"x.swf\">",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">klicka</a>",
        "<div onmouseover=\"alert(1)\">text</div>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<!-- <script>alert(1)</script> -->",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
    };

    /// <summary>Markdown links whose URL runs script in some browser; each must fail the build with a located message.</summary>
    public static TheoryData<string, string> ScriptLinks => new()
    {
        { "[klicka](javascript:alert(1))", "javascript" },
        { "[klicka](JaVaScRiPt:alert(1))", "javascript" },
        { "[klicka](vbscript:msgbox(1))", "vbscript" },
        { "[klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data" },
        { "[klicka](&#106;avascript:alert(1))", "javascript" },
        { "[klicka](&#x6A;&#x61;vascript:alert(1))", "javascript" },
        { "[klicka](javascript&#58;alert(1))", "javascript" },
        { "[klicka](javascript&colon;alert(1))", "javascript" },
        { "[klicka](java&#9;script:alert(1))", "javascript" },
        { "[klicka](java&#10;script:alert(1))", "javascript" },
        { "[klicka](&#1;javascript:alert(1))", "javascript" },
        { "[klicka](<java script:alert(1)>)", "javascript" },
        { "[klicka](<javascript:alert(1)> \"titel\")", "javascript" },
        { "<javascript:alert(1)>", "javascript" },
        { "<JAVASCRIPT:alert(1)>", "javascript" },
        { "<vbscript:msgbox(1)>", "vbscript" },
        { "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>", "data" },
        { "[klicka][ref]\n\n[ref]: javascript:alert(1)", "javascript" },
        { "[ref]\n\n[ref]: JAVASCRIPT:alert(1) \"titel\"", "javascript" },
        { "[klicka](file:///etc/passwd)", "file" },
    };

    [Theory]
    [MemberData(nameof(RawHtml))]
    public void Raw_html_in_the_body_is_shown_as_text(string html)
    {
        using var site = new ScratchSite().Meeting("2024-03-01", body: $"## Punkt\n\nFöre {html} efter.\n\n{html}\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        SafeHtmlAssert.AllPagesSafe(site.Pages(), "/assets/");
        var meeting = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "moten", "2024-03-01", "index.html")));
        var notes = meeting.QuerySelector(".anteckningar")!;
        Assert.Contains(Normalise(html), Normalise(notes.TextContent));
    }

    [Theory]
    [MemberData(nameof(ScriptLinks))]
    public void Script_urls_in_the_body_fail_the_build_at_the_link(string markdown, string scheme)
    {
        using var site = new ScratchSite().Meeting("2024-03-01", body: $"## Punkt\n\n{markdown}\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith(Path.Combine("moten", "2024", "2024-03-01.md"), error.Location.Path);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains($"använder '{scheme}:' – bara http, https, mailto och tel är tillåtna", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Link_titles_and_urls_cannot_break_out_of_their_attribute()
    {
        using var site = new ScratchSite().Meeting("2024-03-01", body: "## Punkt\n\n[a](https://example.org/\"onmouseover=\"alert(1) \"t\\\" onfocus=alert(1) x=\\\"\") [b](<https://example.org/a b'c> 'x\" onclick=\"alert(1)')\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        SafeHtmlAssert.AllPagesSafe(site.Pages(), "/assets/");
        var links = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "moten", "2024-03-01", "index.html"))).QuerySelectorAll(".anteckningar p a");
        Assert.Equal(2, links.Length);
        Assert.Equal("t\" onfocus=alert(1) x=\"", links[0].GetAttribute("title"));
        Assert.Equal("x\" onclick=\"alert(1)", links[1].GetAttribute("title"));
    }

    [Fact]
    public void Deeply_nested_text_is_a_located_error_not_a_crash()
    {
        // Found by RobustnessTests: Markdig threw while rendering 500 nested '['.
        using var site = new ScratchSite().Meeting("2024-03-01", body: $"## Punkt\n\n{new string('[', 500)}x\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((7, 1), (error.Location.Line, error.Location.Column));
        Assert.Equal(MarkdownChecks.TooDeepMessage, error.Message);
    }

    [Theory]
    [InlineData(">", 2_000, 7)]
    [InlineData("> ", 2_000, 7)]
    [InlineData("- ", 2_000, 7)]
    [InlineData("1. ", 2_000, 7)]
    public void Quotes_and_lists_nested_thousands_deep_are_refused_at_the_line_before_markdig_reads_them(string marker, int depth, int line)
    {
        // Markdig read such text for seconds (its work grows with every line's nesting) before it threw.
        var deep = string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat(marker, depth)) + "x\n", 50));
        using var site = new ScratchSite().Meeting("2024-03-01", body: $"## Punkt\n\n{deep}");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((line, 1, MarkdownChecks.NestingMessage), (error.Location.Line, error.Location.Column, error.Message));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_list_indented_a_level_a_line_is_refused_at_the_first_line_too_deep()
    {
        var list = string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- punkt\n"));
        using var site = new ScratchSite().Meeting("2024-03-01", body: $"## Punkt\n\n{list}");

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);

        // File line 7 is the list's first; its line 100 (two columns a level, plus the marker) is one level too deep.
        Assert.Equal((7 + 100, MarkdownChecks.NestingMessage), (error.Location.Line, error.Message));
    }

    [Theory]
    [InlineData("---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------")]
    [InlineData("*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_*_")]
    [InlineData("- - - - - punkt")]
    [InlineData("2021. Ett år")]
    public void Lines_that_only_look_nested_are_not_counted_as_nesting(string line) =>
        Assert.Equal(-1, MarkdownChecks.TooDeeplyNestedLine("Text\n\n" + line + "\n"));

    [Fact]
    public void Markdown_images_are_refused_at_their_location()
    {
        using var site = new ScratchSite().Meeting("2024-03-01", body: "## Punkt\n\n![bild](javascript:alert(1))\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(7, error.Location.Line);
        Assert.Equal(1, error.Location.Column);
        Assert.StartsWith("bilder kan inte visas i anteckningarna", error.Message);
    }

    [Fact]
    public void Front_matter_and_topic_names_with_html_are_escaped_on_every_page()
    {
        const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        const string Yaml = "'<script>alert(1)</script><img src=x onerror=alert(2)>\"''&'";
        using var site = new ScratchSite()
            .Write("topics.yml", $"""
                - slug: klotter
                  name: {Yaml}
                  description: {Yaml}
                  match:
                    - klotter
                """)
            .Meeting("2024-03-01", $"""
                title: {Yaml}
                location: {Yaml}
                note_taker: {Yaml}
                topics:
                  - klotter
                participants:
                  - group: {Yaml}
                    members:
                      - {Yaml}
                next_meeting:
                  date: 2024-04-01
                  location: {Yaml}
                """, "## Klotter\n\nOm klotter.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pages = site.Pages();
        SafeHtmlAssert.AllPagesSafe(pages, "/assets/");
        var parser = new HtmlParser();
        var meeting = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "moten", "2024-03-01", "index.html")));
        var text = meeting.Body!.TextContent;
        Assert.True(Fixtures.Occurrences(text, Payload) >= 6, $"Expected the payload as text in title, location, note taker, group, member and next meeting:\n{text}");
        Assert.Contains(Payload, meeting.Title);
        var topic = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "amnen", "klotter", "index.html")));
        Assert.Contains(Payload, topic.QuerySelector("h1")!.TextContent);
        Assert.Contains(Payload, topic.QuerySelector(".ingress")!.TextContent);
        foreach (var page in pages)
        {
            Assert.DoesNotContain("<script>alert", File.ReadAllText(page), StringComparison.OrdinalIgnoreCase);
        }
    }

    // Markdown folds runs of whitespace and decodes entities; compare the text the reader sees.
    private static string Normalise(string text) =>
        string.Join(' ', System.Net.WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// The link check's fast scanner must find exactly the ids and links AngleSharp's tokenizer finds, or give up;
/// and it must not give up on the pages the templates write, or the build pays for the tokenizer again.
/// </summary>
public sealed class HtmlLinkScannerTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Both), MemberType = typeof(Fixtures))]
    public void Reads_every_built_page_as_the_tokenizer_does(string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-scan-" + Guid.NewGuid().ToString("N"));
        try
        {
            SiteBuild.Succeeding(content, folder, "/trygghetsrad/");
            var pages = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).ToList();
            Assert.NotEmpty(pages);
            foreach (var page in pages)
            {
                var html = File.ReadAllText(page);
                var scanned = Scan(html);
                Assert.True(scanned is not null, $"The scanner gave up on {page}.");
                Assert.Equal(Tokenize(html), scanned);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("<!doctype html><html lang=\"sv\"><body><a href=\"/a/\" id=\"x\">t</a><img src='/b.png' alt=\"\"><form action=\"/s/\"></form></body></html>")]
    [InlineData("<p id=\"\">tom</p><p id>utan värde</p><a title=\"a<b > c\" href=\"/c/\">x</a>")]
    [InlineData("<a href=\"/a/\"title=\"utan mellanrum\">x</a><input disabled name=\"q\"><br/><div action=\"/inte-formulär/\"></div>")]
    [InlineData("<!-- en kommentar med <a href=\"/dold/\"> --><a href=\"/synlig/\">x</a><!---->")]
    [InlineData("<title>Rubrik</title><script src=\"/s.js\" defer></script><style>p{}</style><h2 id=\"h-2\">x</h2>")]
    public void Reads_plain_html_as_the_tokenizer_does(string html)
    {
        var scanned = Scan(html);
        Assert.True(scanned is not null, "The scanner gave up on plain HTML.");
        Assert.Equal(Tokenize(html), scanned);
    }

    [Theory]
    [InlineData("<a href=\"/a/?x=1&amp;y=2\">x</a>")]
    [InlineData("<a href=/a/>x</a>")]
    [InlineData("<A HREF=\"/a/\">x</A>")]
    [InlineData("<a href=\"/a/\" href=\"/b/\">x</a>")]
    [InlineData("<!--><a href=\"/a/\">--><a href=\"/b/\">")]
    [InlineData("<!--x--!><a href=\"/a/\">-->")]
    [InlineData("<script>if (a<b) { x('<a href=\"/a/\">'); }</script>")]
    [InlineData("<title><a href=\"/a/\"></title>")]
    [InlineData("<textarea></textareax><a href=\"/a/\"></textarea>")]
    [InlineData("<? php ?><a href=\"/a/\">")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><a href=\"/a/\">")]
    [InlineData("<a href=\"/a/\r\n\">")]
    [InlineData("1 < 2 <a href=\"/a/\">")]
    [InlineData("<a href=\"/a/\"")]
    public void Gives_up_on_html_it_does_not_model(string html)
    {
        Assert.Null(Scan(html));
    }

    private static (string[] Ids, string[] Links)? Scan(string html)
    {
        var found = new List<(HtmlLinkScanner.Kind Kind, Range Value)>();
        if (!HtmlLinkScanner.TryScan(html, found))
        {
            return null;
        }

        return (
            found.Where(f => f.Kind == HtmlLinkScanner.Kind.Id).Select(f => html[f.Value]).Distinct().Order(StringComparer.Ordinal).ToArray(),
            found.Where(f => f.Kind == HtmlLinkScanner.Kind.Link).Select(f => html[f.Value]).Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    private static (string[] Ids, string[] Links)? Tokenize(string html)
    {
        var ids = new List<string>();
        var links = new List<string>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
            {
                foreach (var attribute in tag.Attributes)
                {
                    if (attribute.Name == "id")
                    {
                        ids.Add(attribute.Value);
                    }
                    else if (attribute.Name is "href" or "src" || attribute.Name == "action" && tag.Name == "form")
                    {
                        links.Add(attribute.Value);
                    }
                }
            }
        }

        return (ids.Distinct().Order(StringComparer.Ordinal).ToArray(), links.Distinct().Order(StringComparer.Ordinal).ToArray());
    }
}

using System.Text;
using System.Xml;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Output;

/// <summary>A page the sitemap lists: its URL under the base path, and the page with its translations (none for most).</summary>
public sealed record SitemapEntry(string Url, IReadOnlyList<AlternateLink> Alternates);

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org 0.9) listing every public page's absolute URL, and
/// <c>/robots.txt</c> naming it. The pages are those the build wrote of every kind the sitemap lists
/// (<see cref="Pages.PageKind.InSitemap"/>), so a page kind added later is listed without changing this class.
/// A page with translations names each of them, itself included, as an <c>xhtml:link</c> with its
/// <c>hreflang</c>, as search engines read them.
/// </summary>
public sealed class SitemapWriter(SiteUrls urls, AbsoluteUrls absolute)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Writes the sitemap of <paramref name="pages"/> and robots.txt.</summary>
    public void Write(IEnumerable<SitemapEntry> pages, SiteOutput output)
    {
        WriteSitemap([.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)], output, urls.OutputPathFor(urls.Sitemap));

        // robots.txt is only honoured at the host's root; under a base path it is written anyway so the
        // web server can serve or merge it.
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {absolute.For(urls.Sitemap)}\n");
    }

    private void WriteSitemap(List<SitemapEntry> pages, SiteOutput output, string path)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            var translated = pages.Any(p => p.Alternates.Count > 0);
            if (translated)
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            }

            foreach (var (url, alternates) in pages)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, absolute.For(url));
                foreach (var alternate in alternates)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Lang);
                    xml.WriteAttributeString("href", alternate.AbsoluteUrl);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        output.WriteBytes(path, stream.ToArray());
    }
}

using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Search;

/// <summary>
/// The search index's manifest as the search page carries it, in a <c>&lt;script type="application/json"&gt;</c>
/// data block: the page then needs no request for it before a first query. A data block is never run, so
/// the site's Content-Security-Policy (<c>script-src 'self'</c>) still holds.
/// </summary>
public static class SearchManifestBlock
{
    /// <summary>
    /// The manifest's JSON made safe inside the block: every '&lt;' (which JSON allows only inside strings)
    /// is written as <c>\u003c</c>, so no "&lt;/script" or "&lt;!--" can end or change the block.
    /// </summary>
    public static RawHtml Html(string manifestJson) => new(manifestJson.Replace("<", "\\u003c", StringComparison.Ordinal));
}

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// A page's language as templates see it (<c>lang</c>): its code for <c>&lt;html lang&gt;</c>, and how to mark
/// text in the site's own language on it — names, places and titles the editors wrote stay Swedish on a Finnish
/// page, and a screen reader must read them so.
/// </summary>
/// <param name="Code">The page's language: "sv", "fi".</param>
/// <param name="SiteCode">The site's language, that of the minutes and of what editors write in the archive.</param>
public sealed record LanguageView(string Code, string SiteCode)
{
    /// <summary>True on a page in another language than the site's.</summary>
    public bool Foreign => Code != SiteCode;

    /// <summary>
    /// <c> lang="sv"</c> on a page in another language, nothing on one in the site's own: written into the element
    /// around text in the site's language (<c>&lt;strong{{ lang.site_attribute }}&gt;</c>).
    /// </summary>
    public RawHtml SiteAttribute => new(Foreign ? $" lang=\"{HtmlText.Escape(SiteCode)}\"" : "");

    /// <summary>
    /// <paramref name="text"/> as written on a page in this language: as it is on a page in the site's language,
    /// in a <c>&lt;span lang="sv"&gt;</c> on another (templates call it as <c>site_text</c>).
    /// </summary>
    public object InSiteLanguage(string? text) =>
        Foreign && !string.IsNullOrEmpty(text) ? new RawHtml($"<span lang=\"{HtmlText.Escape(SiteCode)}\">{HtmlText.Escape(text)}</span>") : text ?? "";
}

/// <summary>A link in every page's header to the site in another language, or in easy Swedish.</summary>
/// <param name="Text">The link's text, in the language it leads to: "Suomeksi", "På svenska", "Lättläst".</param>
/// <param name="Url">The page it leads to.</param>
/// <param name="Lang">The language of the text and of the page: its <c>lang</c> and <c>hreflang</c>.</param>
/// <param name="EasyRead">True for the link to the page in easy Swedish.</param>
public sealed record LanguageLink(string Text, string Url, string Lang, bool EasyRead = false);

using Scriban.Runtime;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// What every page of one build shares, made once before anything is rendered: the settings under the
/// build's base path and address, the URLs, the parsed templates with the globals every page sees, the
/// Markdown renderer, and the analyser and topic matcher. Immutable and thread-safe.
/// </summary>
public sealed class SiteContext
{
    private readonly IReadOnlyDictionary<string, ScriptObject> _globals;

    private SiteContext(ContentSet content, TemplateSet templates, StringTables strings, SiteConfig site, IReadOnlyList<MadeAsset> assets, AccessibilityStatement? statement, DateOnly? today)
    {
        Site = site;
        Today = today;
        Topics = content.Topics;
        Pages = content.Pages;
        Templates = templates;
        Strings = strings;
        Assets = assets;
        Statement = statement;
        Urls = new SiteUrls(site.BasePath);
        Links = new InternalLinks(content.Site.BaseUrl, content.Site.BasePath, site.BasePath);
        Markdown = new MarkdownHtml(Links, strings.For(site.Language)[TextKeys.SectionLink]);
        Views = new ViewFactory(site, Urls);
        Analyzer = new SwedishAnalyzer(content.Topics.SelectMany(t => t.Phrases));
        Matcher = new TopicMatcher(content.Topics, Analyzer);
        Parser = new MeetingParser(content.Topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));
        _globals = MakeGlobals();
        Globals = _globals[site.Language];
    }

    /// <summary>The site's settings, with the build's base path and address.</summary>
    public SiteConfig Site { get; }

    /// <summary>The day the site is built for, in Stockholm, when the build knows it (<see cref="BuildOptions.Today"/>).</summary>
    public DateOnly? Today { get; }

    /// <summary>The topics in the file's order.</summary>
    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>The pages editors write, by slug.</summary>
    public IReadOnlyList<EditorPage> Pages { get; }

    /// <summary>The site's URLs under the base path.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Makes the view records templates render.</summary>
    public ViewFactory Views { get; }

    /// <summary>The parsed templates.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The wording of the pages in each language the templates have.</summary>
    public StringTables Strings { get; }

    /// <summary>The static assets as published (the script minified, names hashed).</summary>
    public IReadOnlyList<MadeAsset> Assets { get; }

    /// <summary>The accessibility statement, when the content has one.</summary>
    public AccessibilityStatement? Statement { get; }

    /// <summary>Which links editors write are the site's own, and where they point under the build's base path.</summary>
    public InternalLinks Links { get; }

    /// <summary>Renders Markdown bodies.</summary>
    public MarkdownHtml Markdown { get; }

    /// <summary>The one text analyser, shared by topic matching and the search index.</summary>
    public SwedishAnalyzer Analyzer { get; }

    /// <summary>Finds where topics come up.</summary>
    public TopicMatcher Matcher { get; }

    /// <summary>Reads a meeting file against this content's topics.</summary>
    public MeetingParser Parser { get; }

    /// <summary>
    /// What the templates of a page in the site's language see beside <c>page</c>: <c>site</c>, <c>urls</c>,
    /// <c>follow</c>, <c>assets</c>, its string table <c>text</c>, <c>lang</c>, the header's links to the other languages and easy Swedish (<c>languages</c>), <c>site_text</c>,
    /// which marks text in the site's language on a page in another, and the parts of every page (<c>footer</c>).
    /// </summary>
    public ScriptObject Globals { get; }

    /// <summary>The globals of a page in <paramref name="language"/> (null: the site's): <see cref="Globals"/> with that language's <c>text</c>, <c>lang</c>, <c>languages</c>, <c>site_text</c> and <c>count</c>.</summary>
    public ScriptObject GlobalsFor(string? language) => language is null ? Globals : _globals[language];

    /// <summary>The context for <paramref name="inputs"/> under <paramref name="options"/>' base path and address.</summary>
    public static SiteContext Create(SiteInputs inputs, BuildOptions options, IReadOnlyList<MadeAsset> assets, AccessibilityStatement? statement)
    {
        var site = options.BasePath is null ? inputs.Content.Site : inputs.Content.Site.WithBasePath(options.BasePath);
        site = options.BaseUrl is null ? site : site with { BaseUrl = options.BaseUrl.TrimEnd('/') };
        return new SiteContext(inputs.Content, inputs.Templates, inputs.Strings, site, assets, statement, options.Today);
    }

    /// <summary>Renders <paramref name="page"/> with its kind's template, wrapped in the layout, as a string.</summary>
    /// <exception cref="TemplateRenderException">A template failed at run time.</exception>
    public string Render(PageKind kind, IPage page) => Templates.RenderPage(kind.Template, page, GlobalsFor(page.Lang));

    // One set of globals per language, made once: the same site, URLs and assets, each with its language's wording.
    private Dictionary<string, ScriptObject> MakeGlobals()
    {
        var published = Assets.ToDictionary(a => a.Name, a => a.Published, StringComparer.Ordinal);
        var siteView = Views.SiteView();
        var urls = Views.Nav() with { Statement = Statement is null ? null : Urls.Statement };
        var follow = FollowUrls.From(Urls);
        var assets = new AssetUrls(
            Urls.Asset(published.GetValueOrDefault("site.css", "site.css")),
            published.TryGetValue("search.js", out var search) ? Urls.Asset(search) : null,
            published.TryGetValue("nasta-mote.js", out var nextMeeting) ? Urls.Asset(nextMeeting) : null);
        var byLanguage = new Dictionary<string, ScriptObject>(StringComparer.Ordinal);
        foreach (var table in Strings.All)
        {
            var language = new LanguageView(table.Language, Site.Language);
            var globals = new ScriptObject
            {
                ["site"] = siteView,
                ["urls"] = urls,
                ["follow"] = follow,
                ["assets"] = assets,
                ["text"] = table.Script,
                ["lang"] = language,
                ["languages"] = LanguageLinks(table),
                ["site_text"] = DelegateCustomFunction.CreateFunc<string?, object>(language.InSiteLanguage),
            };
            if (table.Language != Site.Language)
            {
                // The site's language counts with the built-in count (SwedishCount); another with its table's words.
                globals["count"] = HtmlTemplateContext.CountIn(table);
            }

            // Parts of every page that read only these values are rendered once for the language (PageKinds.SiteParts).
            foreach (var part in PageKinds.SiteParts)
            {
                globals[part.Template] = new SharedHtml(() => Templates.RenderPart(part.Template, null, globals));
            }

            globals.IsReadOnly = true;
            byLanguage[table.Language] = globals;
        }

        return byLanguage;
    }

    // The header's links for a page in table's language: back to the site's language from a page in another, to
    // each other language's page (EditorPages.LanguageSlugs), and to the page in easy Swedish, where there is one.
    private List<LanguageLink> LanguageLinks(StringTable table)
    {
        var links = new List<LanguageLink>();
        var slugs = Pages.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var other in Strings.All.OrderBy(t => t.Language == Site.Language ? 0 : 1).ThenBy(t => t.Language, StringComparer.Ordinal))
        {
            if (other.Language == Site.Language)
            {
                if (table.Language != Site.Language)
                {
                    links.Add(new LanguageLink(other[TextKeys.LanguageName], Urls.Home, other.Language));
                }
            }
            else if (EditorPages.LanguageSlugs.TryGetValue(other.Language, out var slug) && slugs.Contains(slug))
            {
                links.Add(new LanguageLink(other[TextKeys.LanguageName], Urls.EditorPage(slug), other.Language));
            }
        }

        if (slugs.Contains(EditorPages.EasyReadSlug))
        {
            links.Add(new LanguageLink(table[TextKeys.EasyRead], Urls.EditorPage(EditorPages.EasyReadSlug), Site.Language, EasyRead: true));
        }

        return links;
    }
}

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
    private SiteContext(ContentSet content, TemplateSet templates, SiteConfig site, IReadOnlyList<MadeAsset> assets, AccessibilityStatement? statement, DateOnly? today)
    {
        Site = site;
        Today = today;
        Topics = content.Topics;
        Templates = templates;
        Assets = assets;
        Statement = statement;
        Urls = new SiteUrls(site.BasePath);
        Links = new InternalLinks(content.Site.BaseUrl, content.Site.BasePath, site.BasePath);
        Markdown = new MarkdownHtml(Links);
        Views = new ViewFactory(site, Urls);
        Analyzer = new SwedishAnalyzer(content.Topics.SelectMany(t => t.Phrases));
        Matcher = new TopicMatcher(content.Topics, Analyzer);
        Parser = new MeetingParser(content.Topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));
        Globals = MakeGlobals();
    }

    /// <summary>The site's settings, with the build's base path and address.</summary>
    public SiteConfig Site { get; }

    /// <summary>The day the site is built for, in Stockholm, when the build knows it (<see cref="BuildOptions.Today"/>).</summary>
    public DateOnly? Today { get; }

    /// <summary>The topics in the file's order.</summary>
    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>The site's URLs under the base path.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Makes the view records templates render.</summary>
    public ViewFactory Views { get; }

    /// <summary>The parsed templates.</summary>
    public TemplateSet Templates { get; }

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

    /// <summary>What every page's templates see beside <c>page</c>: <c>site</c>, <c>urls</c>, <c>follow</c> and <c>assets</c>.</summary>
    public ScriptObject Globals { get; }

    /// <summary>The context for <paramref name="inputs"/> under <paramref name="options"/>' base path and address.</summary>
    public static SiteContext Create(SiteInputs inputs, BuildOptions options, IReadOnlyList<MadeAsset> assets, AccessibilityStatement? statement)
    {
        var site = options.BasePath is null ? inputs.Content.Site : inputs.Content.Site.WithBasePath(options.BasePath);
        site = options.BaseUrl is null ? site : site with { BaseUrl = options.BaseUrl.TrimEnd('/') };
        return new SiteContext(inputs.Content, inputs.Templates, site, assets, statement, options.Today);
    }

    /// <summary>Renders <paramref name="page"/> with its kind's template, wrapped in the layout, as a string.</summary>
    /// <exception cref="TemplateRenderException">A template failed at run time.</exception>
    public string Render(PageKind kind, IPage page) => Templates.RenderPage(kind.Template, page, Globals);

    private ScriptObject MakeGlobals()
    {
        var published = Assets.ToDictionary(a => a.Name, a => a.Published, StringComparer.Ordinal);
        var globals = new ScriptObject
        {
            ["site"] = Views.SiteView(),
            ["urls"] = Views.Nav() with { Statement = Statement is null ? null : Urls.Statement },
            ["follow"] = FollowUrls.From(Urls),
            ["assets"] = new AssetUrls(
                Urls.Asset(published.GetValueOrDefault("site.css", "site.css")),
                published.TryGetValue("search.js", out var search) ? Urls.Asset(search) : null,
                published.TryGetValue("nasta-mote.js", out var nextMeeting) ? Urls.Asset(nextMeeting) : null),
        };
        globals.IsReadOnly = true;
        return globals;
    }
}

using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Search;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Builds the site: one named step after another, each timed for <c>--verbose</c>. Everything is written into a
/// new folder that takes the place of the previous site only when no step found an error.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    /// <param name="options">What to build and where.</param>
    /// <param name="inputs">The content and templates, when a caller (<c>check</c>) has loaded them from the same folders already.</param>
    public BuildResult Build(BuildOptions options, SiteInputs? inputs = null)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new PhaseTimer();

        var assets = Task.Run(() => AssetPublisher.Make(Path.Combine(options.TemplatesDirectory, "assets")));
        inputs ??= SiteInputs.Load(options.ContentDirectory, options.TemplatesDirectory, diagnostics);
        var statement = AccessibilityStatement.Load(options.ContentDirectory, diagnostics);
        timer.End("läsa innehåll och mallar");
        if (inputs is null)
        {
            return new BuildResult(diagnostics.Sorted(), 0, 0, timer.Timings);
        }

        var site = SiteContext.Create(inputs, options, assets.GetAwaiter().GetResult(), statement);
        var published = inputs.Content.Meetings.Where(m => options.Drafts || !m.Draft).ToList();
        var timeline = Timeline.Of(published, site.Urls, site.Today);
        if (!options.Drafts)
        {
            CheckDrafts(inputs.Content, diagnostics);
        }

        var references = CrossReferences.Make(site, timeline, published, options.MaxParallelism, diagnostics);
        timer.End("förbereda, kopplingar mellan möten");

        using var output = new SiteOutput(options.OutputDirectory, options.DryRun);
        var links = new LinkChecker();
        var writer = new PageWriter(site, output, links, diagnostics) { RelativeLinks = options.RelativeLinks };
        var index = new SearchIndexWriter(site.Analyzer, output, site.Topics);
        var pass = new MeetingPass(site, timeline, references, writer, index, options, diagnostics);
        var meetings = pass.Run(published);
        timer.End("mötessidor, ämnen, sökdata");
        timer.Part("sökindex: analys, träffdata", pass.IndexTime);

        var archive = new Archive(site, timeline, references, meetings, new Lazy<RawHtml>(() => SearchManifestBlock.Html(index.Finish(meetings))));
        WriteArchive(archive, writer, output, options);
        timer.End("listor, ämnen, sökindex, flöden, öppna data");

        FollowAndReuse.WriteSitemap(site, writer.SitemapUrls, output);
        diagnostics.AddRange(links.Check(site.Urls.BasePath, output.Contains, output.ContainsFolder, output.Target, options.MaxParallelism));
        timer.End("länkkontroll");

        if (!diagnostics.HasErrors)
        {
            output.Publish();
            timer.End("publicera");
        }

        return new BuildResult(diagnostics.Sorted(), meetings.Length, writer.PageCount, timer.Timings) { Archive = archive };
    }

    // Drafts left out of a build still have their minutes checked.
    private static void CheckDrafts(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var draft in content.Meetings.Where(m => m.Draft))
        {
            var own = new DiagnosticBag();
            MeetingBodyParser.Parse(draft, own);
            diagnostics.AddRange(own.Sorted());
        }
    }

    // Every page made from the whole archive, with the search index, the feeds, the calendar and open data beside
    // them: none depends on another, so all run in parallel. The search page waits for the index's manifest, and
    // makes the index itself if no other thread has begun to.
    private static void WriteArchive(Archive archive, PageWriter writer, SiteOutput output, BuildOptions options)
    {
        var jobs = new List<Action> { () => _ = archive.SearchManifest.Value };
        jobs.AddRange(FollowAndReuse.Writers(archive, output));
        AssetPublisher.Publish(archive.Site.Assets, output);
        foreach (var kind in PageKinds.FromArchive)
        {
            foreach (var page in kind.Pages(archive))
            {
                jobs.Add(() =>
                {
                    var made = page();
                    writer.Write(kind, made, kind.LinkSource(made, archive));
                });
            }
        }

        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, job => job());
    }
}

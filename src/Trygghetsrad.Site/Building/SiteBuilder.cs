using System.Diagnostics;
using Scriban.Runtime;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Output.Calendar;
using Trygghetsrad.Site.Output.OpenData;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Search;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Runs the stages in order — content, topics, rendering, output — and publishes the site only when no
/// stage found an error. Meetings are processed one by one in parallel and only what list pages need is
/// kept, so memory stays flat as the archive grows.
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>Meetings per page on a topic page.</summary>
    public const int TopicPageSize = 20;

    /// <summary>Meetings listed under "Senaste mötena" on the home page.</summary>
    public const int LatestCount = 5;

    // Meetings prepared in parallel before their search postings are merged in order: large enough to keep
    // both cores busy, small enough that a batch's analysed terms stay small in memory.
    private const int BatchSize = 256;

    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    public BuildResult Build(BuildOptions options) => Build(options, inputs: null);

    /// <summary>
    /// Builds the site described by <paramref name="options"/> from <paramref name="inputs"/> when a caller
    /// has loaded them from the same folders already (<c>check</c> does, for its own checks).
    /// </summary>
    public BuildResult Build(BuildOptions options, SiteInputs? inputs)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new PhaseTimer();
        var timings = timer.Timings;
        void Phase(string name) => timer.End(name);

        // The assets (the script minified) are made while the content is read.
        var madeAssets = Task.Run(() => AssetPublisher.Make(Path.Combine(options.TemplatesDirectory, "assets")));
        inputs ??= SiteInputs.Load(options.ContentDirectory, options.TemplatesDirectory, diagnostics);
        var statement = AccessibilityStatement.Load(options.ContentDirectory, diagnostics);
        Phase("läsa innehåll och mallar");
        if (inputs is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), 0, 0, timings);
        }

        var (content, templates) = inputs;

        var site = options.BasePath is null ? content.Site : content.Site.WithBasePath(options.BasePath);
        site = options.BaseUrl is null ? site : site with { BaseUrl = options.BaseUrl.TrimEnd('/') };
        var urls = new SiteUrls(site.BasePath);
        var views = new ViewFactory(site, urls);
        var markdown = new MarkdownHtml();
        using var analyzer = new SwedishAnalyzer(content.Topics.SelectMany(t => t.Phrases));
        var matcher = new TopicMatcher(content.Topics, analyzer);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism };

        using var output = new SiteOutput(options.OutputDirectory, options.DryRun);
        foreach (var draft in content.Meetings.Where(m => m.Draft))
        {
            // Drafts are checked like any meeting but never published anywhere.
            var own = new DiagnosticBag();
            MeetingBodyParser.Parse(draft, own);
            diagnostics.AddRange(own.Sorted());
        }

        var assets = AssetPublisher.Publish(madeAssets.GetAwaiter().GetResult(), output);
        var globals = Globals(views, urls, assets, statement is null ? null : urls.Statement);
        var links = new LinkChecker();
        var writer = new PageWriter(templates, globals, output, urls, links, diagnostics);

        var topics = content.Topics;
        var siteName = content.Site.Name;
        var published = content.Meetings.Where(m => !m.Draft).ToList();
        var years = Years(published, urls);
        var yearByNumber = new Dictionary<int, YearRef>();
        foreach (var year in years)
        {
            yearByNumber[year.Year] = year;
        }
        var upcoming = UpcomingMeetings.From(published);

        var processed = new PublishedMeeting[published.Count];
        var index = new SearchIndexWriter(analyzer, output, topics);
        var done = 0;

        // What the search index costs inside the meeting pass, summed over threads, for --verbose.
        long indexTicks = 0;

        // The postings take meetings in order, one batch after the other, and a batch is merged while the next
        // is prepared, so that neither core waits for the merge.
        var merged = Task.CompletedTask;
        void Merge(int first, MeetingTerms[] batch)
        {
            var merging = ThreadCpuClock.Now();
            for (var b = 0; b < batch.Length; b++)
            {
                index.Add(first + b, batch[b], processed[first + b].Hits);
            }

            Interlocked.Add(ref indexTicks, ThreadCpuClock.Now() - merging);
        }

        for (var start = 0; start < published.Count; start += BatchSize)
        {
            var batch = new MeetingTerms[Math.Min(BatchSize, published.Count - start)];
            var first = start;
            Parallel.For(0, batch.Length, parallel, b =>
            {
                var i = first + b;
                var meeting = published[i];
                var year = yearByNumber[meeting.Date.Year];
                var calendar = CalendarUrl(upcoming, meeting.NextMeeting, urls);
                var source = meeting.SourcePath;
                Func<string, SourceLocation?> linkSource = url => LinkInSource(source, url);

                var own = new DiagnosticBag();
                var body = MeetingBodyParser.Parse(meeting, own);
                var hits = matcher.Match(meeting, body);
                var summary = views.Summary(meeting, hits, body.Sections);
                var previous = i > 0 ? views.Summary(published[i - 1], [], []) : null;
                var next = i + 1 < published.Count ? views.Summary(published[i + 1], [], []) : null;
                var page = views.MeetingPage(meeting, summary, markdown.Render(body), body.Sections, hits, previous, next, year, calendar);
                writer.Write("meeting", page, linkSource);
                var indexing = ThreadCpuClock.Now();
                batch[b] = index.Prepare(i, summary, body.Sections);
                Interlocked.Add(ref indexTicks, ThreadCpuClock.Now() - indexing);
                var headed = body.Sections.Where(s => s.Heading.Length > 0).Select(s => new SectionLink(s.Id, s.Heading, $"{summary.Url}#{s.Id}")).ToList();
                processed[i] = new PublishedMeeting(meeting, summary, hits, headed);
                diagnostics.AddRange(own.Sorted());
                options.Progress?.Report(new BuildProgress(Interlocked.Increment(ref done), published.Count));
            });

            // The batch's pages are written: what remains needs no meeting's text, which a large archive
            // would otherwise hold to the end (the next batch reads only the date and title of its neighbour).
            for (var b = 0; b < batch.Length; b++)
            {
                var trimmed = processed[first + b].Meeting with { Body = "" };
                published[first + b] = trimmed;
                processed[first + b] = processed[first + b] with { Meeting = trimmed };
            }

            if (options.MaxParallelism == 1)
            {
                Merge(first, batch);
            }
            else
            {
                merged = merged.ContinueWith(
                    previous =>
                    {
                        previous.GetAwaiter().GetResult();
                        Merge(first, batch);
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.None,
                    TaskScheduler.Default);
            }
        }

        merged.GetAwaiter().GetResult();
        Phase("mötessidor");
        timer.Part("sökindex: analys, träffdata", Stopwatch.GetElapsedTime(0, indexTicks));

        // The rest of the index, the feeds, the calendar and open data need only the meetings, so they are made
        // beside the list pages. Only the search page waits for the index (it carries the manifest), and it
        // makes the index itself if no other thread has begun to.
        var searchManifest = new Lazy<RawHtml>(() => SearchManifestBlock.Html(index.Finish(processed)));
        var newestFirst = processed.Reverse().ToList();
        var jobs = new List<Action> { () => _ = searchManifest.Value };
        jobs.AddRange(FollowAndReuse.Writers(site, urls, topics, newestFirst, upcoming, output));
        var listPages = ListPages(topics, siteName, newestFirst, years, views, urls, upcoming, searchManifest);
        if (statement is not null)
        {
            listPages.Add(new ListPage("statement", () => StatementPage.From(statement, urls, markdown)));
        }

        listPages.Add(new ListPage("oppnadata", () => new OpenDataPage("Öppna data", "", urls.OpenData, urls.MeetingsJson, urls.MeetingsSchema, urls.Sitemap, newestFirst.Count)));
        jobs.AddRange(listPages.Select(page => (Action)(() => writer.Write(page.Template, page.Page()))));
        Parallel.ForEach(jobs, parallel, job => job());

        // After the pages: the sitemap lists every page written.
        FollowAndReuse.WriteSitemap(site, urls, output);
        Phase("sökindex, listor, ämnen, flöden, kalender, öppna data");

        if (!diagnostics.HasErrors)
        {
            diagnostics.AddRange(links.Check(site.BasePath, output.Contains, output.ContainsFolder, output.Target));
            Phase("länkkontroll");
        }

        if (!diagnostics.HasErrors)
        {
            output.Publish();
            Phase("publicera");
        }

        return new BuildResult(diagnostics.Sorted(), published.Count, writer.PageCount, timings);
    }

    // The pages that list meetings: years, all meetings, topics, home, search, 404. Each is independent of
    // the others, so their models are made and rendered in parallel (a large archive has thousands of topic pages).
    private static List<ListPage> ListPages(
        IReadOnlyList<TopicDefinition> topics,
        string siteName,
        List<PublishedMeeting> newestFirst,
        List<YearRef> years,
        ViewFactory views,
        SiteUrls urls,
        UpcomingMeetings upcoming,
        Lazy<RawHtml> searchManifest)
    {
        var list = new List<ListPage>();
        var topicMeetings = topics.ToDictionary(t => t.Slug, t => TopicMeetings(newestFirst, t.Slug), StringComparer.Ordinal);
        var topicSummaries = topics
            .Select(t => views.TopicSummary(t, topicMeetings[t.Slug].Count))
            .OrderBy(t => t.Name, SwedishCollation.Comparer)
            .ToList();

        var byYear = new Dictionary<int, List<PublishedMeeting>>();
        foreach (var year in years)
        {
            byYear[year.Year] = new List<PublishedMeeting>(year.Count);
        }

        foreach (var meeting in newestFirst)
        {
            byYear[meeting.Meeting.Date.Year].Add(meeting);
        }

        foreach (var year in years)
        {
            var index = years.IndexOf(year);
            YearPage Page(IReadOnlyList<MeetingSummary> meetings) => new(
                $"Möten {year.Year}",
                "moten",
                year.Url,
                year.Year,
                meetings,
                years,
                index + 1 < years.Count ? years[index + 1] : null,
                index > 0 ? years[index - 1] : null);
            list.Add(new ListPage("year", () => Page(Summaries(byYear[year.Year]))));
        }

        MeetingsPage All(Func<YearRef, IReadOnlyList<MeetingSummary>> meetings) =>
            new("Alla möten", "moten", urls.Meetings, newestFirst.Count, [.. years.Select(y => new YearGroup(y.Year, y.Url, meetings(y)))]);
        list.Add(new ListPage("meetings", () => All(y => Summaries(byYear[y.Year]))));

        list.Add(new ListPage("topics", () => new TopicsPage("Ämnen", "amnen", urls.Topics, topicSummaries)));
        foreach (var summary in topicSummaries)
        {
            var meetings = topicMeetings[summary.Slug];
            var total = Math.Max(1, (meetings.Count + TopicPageSize - 1) / TopicPageSize);
            for (var number = 1; number <= total; number++)
            {
                var title = number == 1 ? summary.Name : $"{summary.Name}, sida {number} av {total}";
                var url = urls.Topic(summary.Slug, number);
                var slice = meetings.Skip((number - 1) * TopicPageSize).Take(TopicPageSize).ToList();
                var pagination = Pagination.Window(number, total, n => urls.Topic(summary.Slug, n));
                list.Add(new ListPage(
                    "topic",
                    () => new TopicPage(title, "amnen", url, summary, slice.Select(m => ViewFactory.TopicMeeting(m.Meeting.Summary, m.Hit)).ToList(), pagination)));
            }
        }

        var newest = newestFirst.FirstOrDefault();
        list.Add(new ListPage("home", () => new HomePage(
            siteName,
            "hem",
            urls.Home,
            newestFirst.Count,
            newestFirst.Take(LatestCount).Select(p => p.Summary).ToList(),
            years,
            topicSummaries,
            ViewFactory.NextMeeting(newest?.Meeting.NextMeeting, CalendarUrl(upcoming, newest?.Meeting.NextMeeting, urls)),
            newest?.Summary)));

        list.Add(new ListPage("search", () => new SearchPage("Sök i anteckningarna", "sok", urls.Search, years, topicSummaries, searchManifest.Value)));
        list.Add(new ListPage("notfound", () => new NotFoundPage("Sidan finns inte", "", urls.Home + "404.html")));
        return list;
    }

    private static List<MeetingSummary> Summaries(List<PublishedMeeting> meetings) => [.. meetings.Select(p => p.Summary)];

    // Loops and classes here rather than LINQ's GroupBy by year or lists of tuples: the framework's generic code
    // over a value type is compiled at run time (ReadyToRun compiles it ahead of time only for reference types).

    // The years, newest first, with their meeting counts; meetings are oldest first, so a year's meetings are a run.
    private static List<YearRef> Years(List<Meeting> published, SiteUrls urls)
    {
        var years = new List<YearRef>();
        for (var end = published.Count; end > 0;)
        {
            var year = published[end - 1].Date.Year;
            var start = end - 1;
            while (start > 0 && published[start - 1].Date.Year == year)
            {
                start--;
            }

            years.Add(new YearRef(year, urls.Year(year), end - start));
            end = start;
        }

        return years;
    }

    // The meetings that touch the topic, newest first.
    private static List<TopicMeeting> TopicMeetings(List<PublishedMeeting> newestFirst, string slug)
    {
        var meetings = new List<TopicMeeting>();
        foreach (var meeting in newestFirst)
        {
            if (meeting.HitFor(slug) is { } hit)
            {
                meetings.Add(new TopicMeeting(meeting, hit));
            }
        }

        return meetings;
    }

    private sealed record TopicMeeting(PublishedMeeting Meeting, TopicHit Hit);

    // Where an editor wrote a link in a meeting file: its first occurrence. Read only when a link is broken,
    // so the build need not keep every meeting's text for it.
    private static SourceLocation? LinkInSource(string sourcePath, string url)
    {
        string text;
        try
        {
            text = File.ReadAllText(sourcePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var at = url.Length == 0 ? -1 : text.IndexOf(url, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return new SourceLocation(sourcePath, 1 + text.AsSpan(0, at).Count('\n'), at - lineStart + 1);
    }

    // A page beside the meetings' own, its model made when it is rendered.
    private sealed record ListPage(string Template, Func<IPage> Page);

    private static string? CalendarUrl(UpcomingMeetings upcoming, NextMeeting? next, SiteUrls urls) =>
        upcoming.Contains(next) ? urls.Calendar : null;

    private static ScriptObject Globals(ViewFactory views, SiteUrls urls, IReadOnlyDictionary<string, string> assets, string? statementUrl)
    {
        var globals = new ScriptObject
        {
            ["site"] = views.SiteView(),
            ["urls"] = views.Nav() with { Statement = statementUrl },
            ["follow"] = FollowUrls.From(urls),
            ["assets"] = new AssetUrls(
                urls.Asset(assets.GetValueOrDefault("site.css", "site.css")),
                assets.TryGetValue("search.js", out var search) ? urls.Asset(search) : null),
        };
        globals.IsReadOnly = true;
        return globals;
    }
}

using System.Diagnostics;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Search;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Reads every published meeting once: parses its minutes, finds its topics, writes its page and the search
/// index's data for it, and keeps what the rest of the site needs (<see cref="PublishedMeeting"/>), without its
/// text. Meetings are made in parallel, a batch at a time; their search postings are merged in meeting order,
/// a batch while the next is made, so the index is the same at any parallelism.
/// </summary>
internal sealed class MeetingPass(SiteContext site, Timeline timeline, CrossReferences references, PageWriter writer, SearchIndexWriter index, BuildOptions options, DiagnosticBag diagnostics)
{
    // Large enough to keep every core busy, small enough that a batch's analysed terms stay small in memory.
    private const int BatchSize = 256;

    private long _indexTicks;

    /// <summary>CPU time the search index took inside the pass, summed over threads.</summary>
    public TimeSpan IndexTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _indexTicks));

    /// <summary>
    /// Makes one meeting: its page model and what the rest of the site needs of it. What a build writes for
    /// meeting number <paramref name="index"/> of <paramref name="timeline"/>, for any caller that renders one
    /// meeting's page as the build would.
    /// </summary>
    public static (MeetingPage Page, PublishedMeeting Published, MeetingBody Body) Make(SiteContext site, Timeline timeline, CrossReferences references, int index, Meeting meeting, DiagnosticBag diagnostics)
    {
        var body = MeetingBodyParser.Parse(meeting, diagnostics);
        var hits = site.Matcher.Match(meeting, body);
        var summary = site.Views.Summary(meeting, hits, body.Sections);
        var page = PageKinds.Meeting.Page(site, timeline, index, meeting, summary, body, hits, references.For(meeting.Slug));
        var questions = body.Questions.Select(q => site.Views.Question(summary, q, hits)).ToList();
        return (page, new PublishedMeeting(timeline.Meetings[index], summary, hits, page.Sections, questions), body);
    }

    /// <summary>Runs the pass over <paramref name="meetings"/>, the published meetings with their text in timeline order.</summary>
    public PublishedMeeting[] Run(IReadOnlyList<Meeting> meetings)
    {
        var published = new PublishedMeeting[meetings.Count];
        var merged = Task.CompletedTask;
        var done = 0;
        for (var start = 0; start < meetings.Count; start += BatchSize)
        {
            var first = start;
            var batch = new MeetingTerms[Math.Min(BatchSize, meetings.Count - start)];
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, b =>
            {
                var i = first + b;
                var meeting = meetings[i];
                var own = new DiagnosticBag();
                var (page, made, body) = Make(site, timeline, references, i, meeting, own);
                var written = body.Links;
                writer.Write(PageKinds.Meeting, page, written.Count == 0 ? null : url => site.Links.Find(written, url));
                var indexing = ThreadCpuClock.Now();
                batch[b] = index.Prepare(i, made.Summary, SearchSections(body, page), body.Questions);
                Interlocked.Add(ref _indexTicks, ThreadCpuClock.Now() - indexing);
                published[i] = made;
                diagnostics.AddRange(own.Sorted());
                options.Progress?.Report(new BuildProgress(Interlocked.Increment(ref done), meetings.Count));
            });

            if (options.MaxParallelism == 1)
            {
                Merge(first, batch, published);
            }
            else
            {
                merged = merged.ContinueWith(
                    previous =>
                    {
                        previous.GetAwaiter().GetResult();
                        Merge(first, batch, published);
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.None,
                    TaskScheduler.Default);
            }
        }

        merged.GetAwaiter().GetResult();
        return published;
    }

    // What search reads of a meeting: the sections of its minutes, then a section for each summary in another
    // language than the site's, read in that language. A summary in easy Swedish retells the minutes, which search
    // finds already: it would only come before them. The minutes' sections keep their numbers either way.
    private static IReadOnlyList<Section> SearchSections(MeetingBody body, MeetingPage page)
    {
        var foreign = page.Summaries.Zip(page.Fields.Summaries).Where(s => s.First.Lang is not null).ToList();
        return foreign.Count == 0
            ? body.Sections
            : [.. body.Sections, .. foreign.Select(s => new Section(s.First.Anchor, s.First.Heading, [.. s.First.Paragraphs.Select(p => new Passage(p, s.Second.At.Line))]) { Lang = s.First.Lang })];
    }

    private void Merge(int first, MeetingTerms[] batch, PublishedMeeting[] published)
    {
        var merging = ThreadCpuClock.Now();
        for (var b = 0; b < batch.Length; b++)
        {
            index.Add(first + b, batch[b], published[first + b].Hits);
        }

        Interlocked.Add(ref _indexTicks, ThreadCpuClock.Now() - merging);
    }
}

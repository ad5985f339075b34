using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Checks;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Tests.Infrastructure;
using Trygghetsrad.Site.Text;
using Trygghetsrad.Site.Topics;
using Xunit.Abstractions;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// Every systematic mutant of the real seed meeting (<see cref="SeedMutants"/>) goes through what <c>check</c>
/// does to one meeting file — decoding, the front matter, the Markdown, topics, HTML, personal data, editorial
/// warnings — in this process and in parallel, and a sample of them through a whole build. Each must end in a
/// clean result or in errors located in the file (a line within its length), never in an exception, within a few
/// seconds and a bounded amount of memory. The figures are written to the test output.
/// </summary>
public sealed class SeedMutationTests(ITestOutputHelper output)
{
    private const string Display = "content/moten/2021/2021-09-15.md";
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(20);
    private const long MaxAllocated = 2L << 30;

    [Fact]
    public void The_seed_copy_is_marked_fictional_and_checks_clean()
    {
        Assert.StartsWith("---\n" + SeedMutants.Marker + "\n", SeedMutants.Seed, StringComparison.Ordinal);
        var outcome = new FileCheck().Run(new Mutant("unchanged", System.Text.Encoding.UTF8.GetBytes(SeedMutants.Seed), "none"));
        Assert.True(outcome.Errors.Count == 0, string.Join('\n', outcome.Errors));
    }

    [Fact]
    public void Every_mutant_of_the_seed_gives_a_clean_check_or_located_errors()
    {
        var mutants = SeedMutants.All().ToList();
        var check = new FileCheck();
        var outcomes = new ConcurrentBag<Outcome>();
        Parallel.ForEach(mutants, mutant => outcomes.Add(check.Run(mutant)));

        var crashes = outcomes.Where(o => o.Crash is not null).ToList();
        var unlocated = outcomes.Where(o => o.Unlocated.Count > 0).ToList();
        var slowest = outcomes.MaxBy(o => o.Time)!;
        var hungriest = outcomes.MaxBy(o => o.Allocated)!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mutants.Count} mutants: {outcomes.Count(o => o.Errors.Count == 0)} clean, {outcomes.Count(o => o.Errors.Count > 0)} with errors, {crashes.Count} crashes, {unlocated.Count} without a location; slowest {slowest.Name} {slowest.Time.TotalMilliseconds:F0} ms; most allocated {hungriest.Name} {hungriest.Allocated / 1048576.0:F0} MiB"));

        output.WriteLine("slowest: " + string.Join(", ", outcomes.OrderByDescending(o => o.Time).Take(5).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Name} {o.Time.TotalMilliseconds:F0} ms"))));
        Assert.True(mutants.Count > 1900, $"only {mutants.Count} mutants");
        Assert.True(crashes.Count == 0, string.Join("\n\n", crashes.Take(5).Select(o => $"{o.Name}: {o.Crash}")));
        Assert.True(unlocated.Count == 0, string.Join('\n', unlocated.Take(20).SelectMany(o => o.Unlocated.Select(d => $"{o.Name} ({o.Lines} lines): {d}"))));
        Assert.True(slowest.Time < FewSeconds, $"{slowest.Name} took {slowest.Time}");
        Assert.True(hungriest.Allocated < MaxAllocated, $"{hungriest.Name} allocated {hungriest.Allocated} bytes");
        Assert.Contains(outcomes, o => o.Errors.Count == 0 && o.Name != "unchanged");
    }

    [Fact]
    public void A_sample_of_the_mutants_builds_or_is_refused_with_located_errors()
    {
        var all = SeedMutants.All().ToList();
        var sample = all.Where((m, i) => m.Kind is "encoding" or "huge" || i % 97 == 0).ToList();
        var failures = new ConcurrentBag<string>();
        var built = 0;
        Parallel.ForEach(sample, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, mutant =>
        {
            using var content = new TempContent();
            content.Write("tillganglighet.md", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "tillganglighet.md")));
            content.WriteBytes("moten/2021/2021-09-15.md", mutant.Bytes);
            var output = Path.Combine(content.Root, "site");
            var clock = Stopwatch.StartNew();
            try
            {
                var result = new SiteBuilder().Build(new BuildOptions(content.Content, TempContent.Templates, output, MaxParallelism: 1));
                var lines = Folders.LineCount(mutant.Bytes);
                var unlocated = result.Diagnostics.Where(d => d.Severity == Severity.Error && !FileCheck.IsLocated(d, "2021-09-15.md", lines)).ToList();
                if (unlocated.Count > 0)
                {
                    failures.Add($"{mutant.Name}: {string.Join("; ", unlocated)}");
                }

                if (result.Succeeded)
                {
                    Interlocked.Increment(ref built);
                    if (!File.Exists(Path.Combine(output, "moten", "2021-09-15", "index.html")))
                    {
                        failures.Add($"{mutant.Name}: built without its page");
                    }
                }
                else if (Directory.Exists(output))
                {
                    failures.Add($"{mutant.Name}: a failed build published a site");
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{mutant.Name}: {ex}");
            }

            if (clock.Elapsed > FewSeconds * 2)
            {
                failures.Add($"{mutant.Name}: the build took {clock.Elapsed}");
            }
        });

        output.WriteLine($"{sample.Count} built: {built} succeeded, {sample.Count - built} refused");
        Assert.True(failures.IsEmpty, string.Join('\n', failures));
        Assert.InRange(built, 1, sample.Count - 1);
    }

    /// <summary>What happened to one mutant.</summary>
    private sealed record Outcome(string Name, int Lines, IReadOnlyList<Diagnostic> Errors, IReadOnlyList<Diagnostic> Unlocated, Exception? Crash, TimeSpan Time, long Allocated);

    /// <summary>What <c>check</c> does to one meeting file, with the real settings and topics, kept in memory.</summary>
    private sealed class FileCheck
    {
        private readonly MeetingParser _parser;
        private readonly TopicMatcher _matcher;
        private readonly EditorialWarnings _warnings;
        private readonly PersonalDataScanner _scanner;
        private readonly MarkdownHtml _markdown;
        private readonly string? _phone;

        public FileCheck()
        {
            var setup = new DiagnosticBag();
            var site = SiteConfigLoader.Load(Path.Combine(RepositoryRoot.Path, "content", "site.yml"), setup)!;
            var topics = TopicsLoader.Load(Path.Combine(RepositoryRoot.Path, "content", "topics.yml"), setup);
            Assert.False(setup.HasErrors);
            _parser = new MeetingParser(topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal));
            _matcher = new TopicMatcher(topics, new SwedishAnalyzer(topics.SelectMany(t => t.Match)));
            _warnings = new EditorialWarnings(topics, _matcher);
            _scanner = new PersonalDataScanner(site.AllowedEmailDomains, site.Contact.Email is { } email ? [email] : []);
            _phone = site.Contact.Phone;
            _markdown = new MarkdownHtml(new InternalLinks(site.BaseUrl, site.BasePath, site.BasePath));
        }

        public Outcome Run(Mutant mutant)
        {
            var clock = Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var diagnostics = new DiagnosticBag();
            Exception? crash = null;
            try
            {
                if (SourceText.Decode(mutant.Bytes, Display, diagnostics) is { } text)
                {
                    ContentCheck.CheckPersonalData(_scanner, text, Display, _phone, diagnostics);
                    if (_parser.Parse("2021-09-15.md", "2021", text, Display, diagnostics) is { } meeting)
                    {
                        var body = MeetingBodyParser.Parse(meeting, diagnostics);
                        _matcher.Match(meeting, body);
                        _markdown.Render(body);
                        _warnings.Check(meeting, body, text, diagnostics);
                    }
                }
            }
            catch (Exception ex)
            {
                crash = ex;
            }

            var all = diagnostics.Sorted();
            var lines = Folders.LineCount(mutant.Bytes);
            return new Outcome(
                mutant.Name,
                lines,
                [.. all.Where(d => d.Severity == Severity.Error)],
                [.. all.Where(d => !IsLocated(d, Display, lines))],
                crash,
                clock.Elapsed,
                GC.GetAllocatedBytesForCurrentThread() - allocated);
        }

        public static bool IsLocated(Diagnostic diagnostic, string pathEnd, int lines) =>
            diagnostic.Location.Path.EndsWith(pathEnd, StringComparison.Ordinal)
            && diagnostic.Location.Line >= 1 && diagnostic.Location.Line <= lines
            && diagnostic.Location.Column >= 1
            && diagnostic.Message.Length > 0;
    }
}

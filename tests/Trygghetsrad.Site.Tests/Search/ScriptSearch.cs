using System.Text.Json;
using Jint;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Search;

/// <summary>
/// Runs the site's own search.js (not a copy: the minified file the build published) in Jint against a
/// built index, reading index files from disk the way the page fetches them, so the tests check the engine
/// residents actually run.
/// </summary>
public sealed class ScriptSearch : IDisposable
{
    private const string Driver = """
        function __search(q, topic, year, order, full) {
          var fetched = [];
          function get(p) { fetched.push(p); return read(p); }
          function fill(needs) {
            for (var round = 0; round < 5; round++) {
              var missing = needs();
              if (missing.length === 0) break;
              missing.forEach(function (p) { engine.put(p, get(p)); });
            }
          }
          var engine = new TrygghetsradSok.Engine(JSON.parse(get('manifest.json')));
          var units = engine.parse(q);
          var filters = { topic: topic, year: year, order: order };
          engine.full = Boolean(topic || year || full);
          fill(function () { return engine.needs(units, filters); });
          var found = engine.match(units, filters);
          var suggestions = null;
          if (found.results.length === 0 && units.length > 0) {
            fill(function () { return engine.suggestNeeds(units); });
            suggestions = engine.suggest(units, filters);
          }
          function data(r) {
            var path = engine.dataPath(r);
            if (!engine.has(path)) engine.put(path, get(path));
            return engine.section(r);
          }
          var results = found.results.map(function (r) {
            var section = data(r);
            var parts = TrygghetsradSok.snippet(section.p, found.terms, section.l);
            var asked = TrygghetsradSok.askedAbout(section, found.terms);
            return {
              url: section.u, units: r.units, whole: r.whole, marks: parts.filter(function (x) { return x.mark; }).map(function (x) { return x.text; }),
              questions: asked.questions.map(function (x) { return x.u; }),
            };
          });
          var groups = TrygghetsradSok.groups(found.results).map(function (g) {
            return { url: engine.meeting(g).u, sections: g.sections.map(function (r) { return data(r).u; }) };
          });
          return JSON.stringify({
            results: results, groups: groups, meetings: found.meetings, units: units.length, fetched: fetched, exact: found.exact,
            atLeast: found.atLeast, showing: TrygghetsradSok.showing(found.shown), suggestions: suggestions,
          });
        }
        """;

    private readonly Engine _engine = new();

    private ScriptSearch(string siteFolder, string basePath)
    {
        SiteFolder = siteFolder;
        BasePath = basePath;
        var index = Path.Combine(siteFolder, "sok", "index");
        _engine.SetValue("read", new Func<string, string>(path =>
        {
            var file = Path.Combine(index, path);
            return File.Exists(file) ? File.ReadAllText(file) : "";
        }));
        _engine.Execute(File.ReadAllText(Directory.GetFiles(Path.Combine(siteFolder, "assets"), "search.*.js").Single()));
        _engine.Execute(Driver);
    }

    /// <summary>The built site.</summary>
    public string SiteFolder { get; }

    /// <summary>The base path it was built with.</summary>
    public string BasePath { get; }

    /// <summary>Builds <paramref name="contentDirectory"/> and loads the script.</summary>
    public static ScriptSearch Build(string contentDirectory, int maxParallelism = -1, string basePath = "/trygghetsrad/")
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghetsrad-sok-" + Guid.NewGuid().ToString("N"));
        var result = new SiteBuilder().Build(new BuildOptions(contentDirectory, Path.Combine(Repository.Root, "templates"), folder, basePath, maxParallelism));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new ScriptSearch(folder, basePath);
    }

    /// <summary>Runs a query as the page does.</summary>
    /// <remarks>Like the page, filters read whole postings lists; <paramref name="full"/> does so without filters (as "Visa fler" does).</remarks>
    public Outcome Search(string query, string topic = "", string year = "", string order = "", bool full = false)
    {
        var json = _engine.Invoke("__search", query, topic, year, order, full).AsString();
        return JsonSerializer.Deserialize<Outcome>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Calls a function of <c>TrygghetsradSok</c>.</summary>
    public string Call(string function, params object[] arguments) =>
        _engine.Invoke(_engine.Evaluate("TrygghetsradSok." + function), arguments).ToString();

    /// <summary>Evaluates a JavaScript expression and returns it as a string.</summary>
    public string Evaluate(string expression) => _engine.Evaluate(expression).ToString();

    /// <inheritdoc />
    public void Dispose()
    {
        _engine.Dispose();
        Directory.Delete(SiteFolder, recursive: true);
    }

    /// <summary>What a query found.</summary>
    /// <param name="Groups">The results per meeting, as the page shows them.</param>
    /// <param name="Showing">What the status adds for words the query was widened or corrected to (" – visar träffar för klotter").</param>
    /// <param name="Suggestions">What is offered when nothing was found; null otherwise.</param>
    public sealed record Outcome(
        List<Result> Results, List<Group> Groups, int Meetings, int Units, List<string> Fetched, bool Exact, Counts AtLeast, string Showing, Offer? Suggestions)
    {
        /// <summary>The result URLs in order.</summary>
        public List<string> Urls => Results.Select(r => r.Url).ToList();
    }

    /// <summary>A meeting's URL and its matching sections' URLs in order.</summary>
    public sealed record Group(string Url, List<string> Sections);

    /// <summary>Suggestions for a query that found nothing.</summary>
    public sealed record Offer(List<WordOffer> Words, string? Unquoted, List<TopicOffer> Topics, List<FilterOffer> Filters);

    /// <summary>A close word from the archive and the query it makes.</summary>
    public sealed record WordOffer(string Word, string Q);

    /// <summary>A topic whose words include a typed word.</summary>
    public sealed record TopicOffer(string Slug, string Name, string Word);

    /// <summary>Filters ("year", "topic") whose removal finds <paramref name="Count"/> sections.</summary>
    public sealed record FilterOffer(List<string> Drop, int Count);

    /// <summary>Lower bounds of the counts when top lists stood in for long postings.</summary>
    public sealed record Counts(int Sections, int Meetings);

    /// <summary>
    /// One result: its section URL, how many query units it matched (and how many as whole words), the marked words of
    /// its snippet, and the URLs of its questions the page shows as questions.
    /// </summary>
    public sealed record Result(string Url, int Units, int Whole, List<string> Marks, List<string> Questions);
}

/// <summary>Paths in the repository.</summary>
public static class Repository
{
    /// <summary>The repository root.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>The fictional search fixture shared with the browser tests.</summary>
    public static string SearchFixture => Path.Combine(Root, "tests", "Trygghetsrad.Site.BrowserTests", "Fixtures", "search");
}

using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// Every model member the site's templates read exists in the generated member tables: each chain rooted at a global
/// (<c>page</c>, <c>site</c>, <c>urls</c>, <c>assets</c>, <c>follow</c>) or at a loop variable bound from one is resolved
/// member by member, and a misspelt or removed member fails here rather than in a build.
/// </summary>
public sealed class TemplateMembersTests(TemplateMembersTests.PageModels pages) : IClassFixture<TemplateMembersTests.PageModels>
{
    public static TheoryData<string> Templates() => [.. TemplateSet.Required];

    [Fact]
    public void Every_page_template_has_its_page_model()
    {
        Assert.Equal(TemplateSet.Required.Where(t => t != "layout").Order(StringComparer.Ordinal), pages.ByTemplate.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(typeof(MeetingPage), pages.ByTemplate["meeting"]);
        Assert.Contains(typeof(TopicPage), pages.ByTemplate["topic"]);
        Assert.Equal(typeof(TopicOverview), Assert.Single(pages.ByTemplate["topic-overview"]));
        Assert.Empty(pages.ByTemplate["footer"]);
        Assert.Equal(typeof(SharedHtml), Assert.Single(pages.Globals["footer"]));
        Assert.Equal(typeof(SiteView), Assert.Single(pages.Globals["site"]));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_member_a_template_reads_exists(string name)
    {
        var problems = Check(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", name + ".sbn")), name);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_part_of_every_page_cannot_read_the_page()
    {
        var problems = Check("<p>{{ site.name }} {{ page.url }}</p>\n", "footer");

        Assert.Contains(problems, p => p.Contains("page.url", StringComparison.Ordinal));
        Assert.Single(problems);
    }

    [Fact]
    public void A_missing_member_is_found_in_a_condition_a_loop_and_a_nested_loop()
    {
        var template = """
            {{ if page.meeting.date_txt }}x{{ end }}
            {{ for t in page.topics }}{{ t.nmae }}{{ end }}
            {{ for g in page.participants }}{{ for m in g.members }}{{ m }}{{ end }}{{ g.nam }}{{ end }}
            {{ site.contact.emial | string.downcase }}
            {{ page.meeting.topics.first }}
            """;

        var problems = Check(template, "meeting");

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("page.meeting.date_txt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("t.nmae", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("g.nam", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("site.contact.emial", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("page.meeting.topics.first", StringComparison.Ordinal));
    }

    private List<string> Check(string text, string name)
    {
        var template = Template.Parse(text, name + ".sbn");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var models = name == "layout" ? [.. pages.ByTemplate.Values.SelectMany(t => t).Distinct()] : pages.ByTemplate[name];
        var scope = new Dictionary<string, Type[]>(pages.Globals, StringComparer.Ordinal) { ["page"] = models };
        var problems = new List<string>();
        if (models.Length == 0)
        {
            // A part of every page is rendered without a page (PageKinds.SiteParts).
            problems.AddRange(Nodes(template.Page).OfType<ScriptVariable>().Where(v => v.Name == "page")
                .Select(v => $"{v.Span.FileName}({v.Span.Start.Line + 1},{v.Span.Start.Column + 1}): {v.Parent} — {name}.sbn has no page"));
        }

        Walk(template.Page, scope, problems);
        return problems;
    }

    private static IEnumerable<ScriptNode> Nodes(ScriptNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            foreach (var child in Nodes(node.GetChildren(i)))
            {
                yield return child;
            }
        }
    }

    private static void Walk(ScriptNode? node, Dictionary<string, Type[]> scope, List<string> problems)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptForStatement loop:
                Walk(loop.Iterator, scope, problems);
                var items = Resolve(loop.Iterator, scope, problems);
                var inner = new Dictionary<string, Type[]>(scope, StringComparer.Ordinal);
                if (loop.Variable is ScriptVariable variable)
                {
                    inner[variable.Name] = items is null ? [] : [.. items.Select(ItemType).OfType<Type>()];
                }

                Walk(loop.Body, inner, problems);
                return;
            case ScriptMemberExpression member:
                Resolve(member, scope, problems);
                return;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            Walk(node.GetChildren(i), scope, problems);
        }
    }

    // The possible types of an expression's value, or null when it is not a chain from a model.
    private static Type[]? Resolve(ScriptExpression? expression, Dictionary<string, Type[]> scope, List<string> problems)
    {
        switch (expression)
        {
            case ScriptVariable variable:
                // The string table (text) is a script object of texts, not a model: StringTablesTests checks its keys.
                var types = scope.GetValueOrDefault(variable.Name);
                return types is not null && types.All(typeof(ScriptObject).IsAssignableFrom) ? null : types;
            case ScriptMemberExpression member:
                var targets = Resolve(member.Target, scope, problems);
                if (targets is null || member.Member is not ScriptVariable name)
                {
                    return null;
                }

                var found = targets
                    .Select(t => ModelAccessors.ByType.GetValueOrDefault(t)?.Find(name.Name))
                    .OfType<ModelMember>()
                    .Select(m => Nullable.GetUnderlyingType(m.Type) ?? m.Type)
                    .ToArray();
                if (found.Length == 0)
                {
                    problems.Add($"{member.Span.FileName}({member.Span.Start.Line + 1},{member.Span.Start.Column + 1}): {member} — no member '{name.Name}' on {string.Join(" or ", targets.Select(t => t.Name))}");
                    return [];
                }

                return found;
            default:
                return null;
        }
    }

    private static Type? ItemType(Type list) =>
        list == typeof(string) ? null
        : list.IsArray ? list.GetElementType()
        : new[] { list }.Concat(list.GetInterfaces()).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            ?? (typeof(IEnumerable).IsAssignableFrom(list) ? typeof(object) : null);

    /// <summary>
    /// What templates are given, from a build of the rich fixture archive: the globals of every page (their values'
    /// types), and the page models of each template: the types of the pages each page kind makes, or for a kind that
    /// makes its pages otherwise (a meeting's, as the meetings are read) the page types its methods return. A new
    /// page kind or global is covered without an edit here.
    /// </summary>
    public sealed class PageModels
    {
        public PageModels()
        {
            using var temp = new TempContent();
            var result = new SiteBuilder().Build(new BuildOptions(Fixtures.RichArchive, TempContent.Templates, Path.Combine(temp.Root, "site"), MaxParallelism: 1));
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            ByTemplate = PageKinds.All.ToDictionary(
                kind => kind.Template,
                kind => kind is ArchivePageKind fromArchive
                    ? fromArchive.Pages(result.Archive!).Select(page => page().GetType()).Distinct().ToArray()
                    : kind.GetType().GetMethods().Select(m => m.ReturnType).Where(t => typeof(IPage).IsAssignableFrom(t)).Distinct().ToArray(),
                StringComparer.Ordinal);
            foreach (var part in PageKinds.SiteParts.Concat(PageKinds.All.SelectMany(kind => kind.Parts)))
            {
                // A part of every page has no page: any page.x it reads is a problem.
                ByTemplate.Add(part.Template, part.Model is { } model ? [model] : []);
            }
            Globals = result.Archive!.Site.Globals.ToDictionary(global => global.Key, global => new[] { global.Value!.GetType() }, StringComparer.Ordinal);
        }

        /// <summary>The globals' types by name (<c>site</c>, <c>urls</c>, …).</summary>
        public Dictionary<string, Type[]> Globals { get; }

        /// <summary>The page model types of each page template, and the model type of each part's template (none for a part of every page).</summary>
        public Dictionary<string, Type[]> ByTemplate { get; }
    }
}

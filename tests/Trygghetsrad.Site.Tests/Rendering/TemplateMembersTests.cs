using System.Collections;
using Scriban;
using Scriban.Syntax;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// Every model member the site's templates read exists in the generated member tables: each chain rooted at a global
/// (<c>page</c>, <c>site</c>, <c>urls</c>, <c>assets</c>, <c>follow</c>) or at a loop variable bound from one is resolved
/// member by member, and a misspelt or removed member fails here rather than in a build.
/// </summary>
public sealed class TemplateMembersTests
{
    // Which page model each page template renders (SiteBuilder); the layout renders every page.
    private static readonly Dictionary<string, Type> PageOf = new(StringComparer.Ordinal)
    {
        ["home"] = typeof(HomePage),
        ["meetings"] = typeof(MeetingsPage),
        ["meeting"] = typeof(MeetingPage),
        ["year"] = typeof(YearPage),
        ["topics"] = typeof(TopicsPage),
        ["topic"] = typeof(TopicPage),
        ["search"] = typeof(SearchPage),
        ["notfound"] = typeof(NotFoundPage),
        ["oppnadata"] = typeof(OpenDataPage),
        ["statement"] = typeof(StatementPage),
    };

    // The globals of every page (SiteBuilder.Globals, and the layout's content).
    private static readonly Dictionary<string, Type[]> Globals = new(StringComparer.Ordinal)
    {
        ["site"] = [typeof(SiteView)],
        ["urls"] = [typeof(NavUrls)],
        ["assets"] = [typeof(AssetUrls)],
        ["follow"] = [typeof(FollowUrls)],
    };

    public static TheoryData<string> Templates() => [.. TemplateSet.Required];

    [Fact]
    public void Every_page_template_has_its_page_model()
    {
        Assert.Equal(TemplateSet.Required.Where(t => t != "layout").Order(StringComparer.Ordinal), PageOf.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_member_a_template_reads_exists(string name)
    {
        var problems = Check(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", name + ".sbn")), name);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
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

    private static List<string> Check(string text, string name)
    {
        var template = Template.Parse(text, name + ".sbn");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var pages = name == "layout" ? [.. PageOf.Values] : new[] { PageOf[name] };
        var scope = new Dictionary<string, Type[]>(Globals, StringComparer.Ordinal) { ["page"] = pages };
        var problems = new List<string>();
        Walk(template.Page, scope, problems);
        return problems;
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
                return scope.GetValueOrDefault(variable.Name);
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
}

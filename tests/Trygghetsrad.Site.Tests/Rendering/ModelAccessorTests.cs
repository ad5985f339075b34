using System.Collections;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Trygghetsrad.Site.Pages;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>
/// Templates read view models through generated member tables (<see cref="ModelAccessors"/>): the same members, names
/// and values Scriban's reflection gives, for every type a template can reach.
/// </summary>
public sealed class ModelAccessorTests
{
    private static readonly Assembly Site = typeof(IPage).Assembly;

    [Fact]
    public void A_model_reads_the_same_members_and_values_through_its_table_as_through_reflection()
    {
        var page = new YearPage("Möten 2021", "moten", "/moten/2021/", new YearRef(2021, "/moten/2021/", 3), [], null, new YearRef(2022, "/moten/2022/", 1), Pagination.Window(1, 1, _ => "/moten/2021/", _ => null));
        var context = new HtmlTemplateContext(HtmlTemplateContext.CreateBuiltins(), new ScriptObject());
        var accessor = context.GetMemberAccessor(page);
        var reflection = new ScriptObject();
        reflection.Import(page, renamer: context.MemberRenamer);

        Assert.IsType<ModelAccessor>(accessor);
        Assert.Equal(reflection.Keys.Order(StringComparer.Ordinal), accessor.GetMembers(context, default, page).Order(StringComparer.Ordinal));
        foreach (var member in reflection.Keys)
        {
            Assert.True(accessor.TryGetValue(context, default, page, member, out var value), member);
            Assert.Equal(reflection[member], value);
        }

        Assert.False(accessor.TryGetValue(context, default, page, "no_such_member", out _));
        Assert.False(accessor.HasMember(context, default, page, "Title"));
    }

    [Fact]
    public void Every_model_type_has_a_member_for_each_public_property_named_as_Scriban_names_it()
    {
        Assert.NotEmpty(ModelAccessors.ByType);
        foreach (var (type, accessor) in ModelAccessors.ByType)
        {
            var expected = ScribanMembers(type).ToList();
            Assert.True(
                expected.Select(m => m.Name).SequenceEqual(accessor.Members.Select(m => m.Name)),
                $"{type.Name}: expected [{string.Join(", ", expected.Select(m => m.Name))}], generated [{string.Join(", ", accessor.Members.Select(m => m.Name))}]");
            Assert.Equal(expected.Select(m => m.Type), accessor.Members.Select(m => m.Type));
        }
    }

    [Fact]
    public void Every_page_type_and_every_model_type_a_member_leads_to_has_a_table()
    {
        var pages = Site.GetTypes().Where(t => typeof(IPage).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }).ToList();
        Assert.Contains(typeof(MeetingPage), pages);
        foreach (var page in pages)
        {
            Assert.True(ModelAccessors.ByType.ContainsKey(page), $"{page.Name} implements IPage but has no member table");
        }

        foreach (var (type, accessor) in ModelAccessors.ByType)
        {
            foreach (var member in accessor.Members)
            {
                foreach (var model in ModelTypesIn(member.Type))
                {
                    Assert.True(ModelAccessors.ByType.ContainsKey(model), $"{type.Name}.{member.Name} leads to {model.Name}, which has no member table");
                }
            }
        }
    }

    [Fact]
    public void A_type_of_the_site_without_a_table_fails_the_render_in_every_build()
    {
        var context = new HtmlTemplateContext(HtmlTemplateContext.CreateBuiltins(), new ScriptObject { ["x"] = Diagnostics.Diagnostic.Error(new Diagnostics.SourceLocation("moten/2021/2021-09-15.md", 1, 1), "fel") });

        var error = Assert.ThrowsAny<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ x.message }}").Render(context));

        Assert.Contains("no generated member table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_truth_values_and_nested_models_render_as_before()
    {
        var link = new PageLink(3, "/amnen/klotter/sida/3/", Current: true, Range: null, GapBefore: false);
        var context = new HtmlTemplateContext(HtmlTemplateContext.CreateBuiltins(), new ScriptObject { ["link"] = link, ["year"] = new YearRef(2021, "/moten/2021/", 12) });

        var html = Template.Parse("{{ link.number }} {{ link.current }} {{ link.gap_before }} {{ link.url }} {{ year.count + 1 }}").Render(context);

        Assert.Equal("3 true false /amnen/klotter/sida/3/ 13", html);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_and_a_model_cannot_be_changed_by_a_template()
    {
        var context = new HtmlTemplateContext(HtmlTemplateContext.CreateBuiltins(), new ScriptObject { ["year"] = new YearRef(2021, "/moten/2021/", 12) });

        Assert.ThrowsAny<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ year.cuont }}").Render(context));
        Assert.ThrowsAny<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ year.count = 3 }}").Render(context));
    }

    // The members Scriban's own accessor would show, by reflection: public instance fields and readable properties
    // (no indexers, no ref structs), the type's own before its bases', the first of a name kept.
    private static IEnumerable<(string Name, Type Type)> ScribanMembers(Type type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var level = type; level is not null && level != typeof(object) && level != typeof(ValueType); level = level.BaseType)
        {
            const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly;
            var fields = level.GetFields(Declared).Where(f => !f.IsLiteral && !f.IsDefined(typeof(ScriptMemberIgnoreAttribute))).Select(f => (f.Name, f.FieldType));
            var properties = level.GetProperties(Declared)
                .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike && !p.IsDefined(typeof(ScriptMemberIgnoreAttribute)))
                .Select(p => (p.Name, p.PropertyType));
            foreach (var (name, memberType) in fields.Concat(properties))
            {
                var renamed = StandardMemberRenamer.Rename(name);
                if (names.Add(renamed))
                {
                    yield return (renamed, memberType);
                }
            }
        }
    }

    private static IEnumerable<Type> ModelTypesIn(Type type)
    {
        if (type.IsArray)
        {
            return ModelTypesIn(type.GetElementType()!);
        }

        var arguments = type.IsGenericType ? type.GetGenericArguments().SelectMany(ModelTypesIn) : [];
        var own = type.Assembly == Site && !type.IsEnum && !type.IsInterface && !type.IsAbstract && !typeof(IEnumerable).IsAssignableFrom(type) ? [type] : Array.Empty<Type>();
        return own.Concat(arguments);
    }
}

using Trygghetsrad.Site.Pages;
using Scriban;
using Scriban.Runtime;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>Templates read view models through compiled getters: the same members and values Scriban's reflection gives.</summary>
public sealed class ModelAccessorTests
{
    [Fact]
    public void A_model_reads_the_same_members_and_values_through_its_getters_as_through_reflection()
    {
        var page = new YearPage("Möten 2021", "moten", "/moten/2021/", 2021, [], [new YearRef(2021, "/moten/2021/", 3)], null, new YearRef(2022, "/moten/2022/", 1));
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
    }

    [Fact]
    public void Numbers_truth_values_and_nested_models_render_as_before()
    {
        var link = new PageLink(3, "/amnen/klotter/sida/3/", Current: true, GapBefore: false);
        var context = new HtmlTemplateContext(HtmlTemplateContext.CreateBuiltins(), new ScriptObject { ["link"] = link, ["year"] = new YearRef(2021, "/moten/2021/", 12) });

        var html = Template.Parse("{{ link.number }} {{ link.current }} {{ link.gap_before }} {{ link.url }} {{ year.count + 1 }}").Render(context);

        Assert.Equal("3 true false /amnen/klotter/sida/3/ 13", html);
    }
}

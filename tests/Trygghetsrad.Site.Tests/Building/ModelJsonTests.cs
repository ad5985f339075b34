using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>A page model's fingerprint is made from JSON metadata made at compile time: every page model must have it.</summary>
public sealed class ModelJsonTests
{
    [Fact]
    public void Every_page_model_and_the_topic_summary_have_compiled_json_metadata()
    {
        var models = typeof(IPage).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IPage).IsAssignableFrom(t)).Append(typeof(TopicSummary)).ToList();

        Assert.Contains(typeof(HomePage), models);
        Assert.All(models, t => Assert.True(ModelJson.Default.GetTypeInfo(t) is not null, $"{t.Name} is not in ModelJson"));
    }

    [Fact]
    public void A_page_model_fingerprint_changes_with_a_nested_value()
    {
        var page = new TopicsPage("Ämnen", "amnen", "/amnen/", [new TopicSummary("/amnen/klotter/", "Klotter", "klotter", "Om klotter", 3, "/amnen/klotter/feed.xml")]);
        var changed = page with { Topics = [page.Topics[0] with { MeetingCount = 4 }] };

        Assert.NotEqual(new Fingerprint("topics").AddModel(page).Value, new Fingerprint("topics").AddModel(changed).Value);
    }
}

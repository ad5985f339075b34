using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>A page is kept only while its fingerprint is the same: every value a page shows must count.</summary>
public sealed class FingerprintTests
{
    private static readonly MeetingSummary Summary = new(
        "/moten/2021-09-15/", "Trygghetsrådet", "15 september 2021", "onsdag 15 september 2021", "2021-09-15",
        "kl. 17.30–19.00", "Digitalt", "Anteckningar 15 september 2021", [new TopicRef("/amnen/klotter/", "Klotter", "klotter")], ["Inledning"]);

    [Fact]
    public void Every_property_of_a_meeting_summary_changes_its_fingerprint()
    {
        var constructor = typeof(MeetingSummary).GetConstructors().Single();
        var parameters = constructor.GetParameters();
        var values = parameters.Select(p => typeof(MeetingSummary).GetProperty(p.Name!, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)!.GetValue(Summary)).ToArray();
        var original = new Fingerprint("t").Add(Summary).Value;

        // A property added to the summary without being added to the fingerprint fails here.
        Assert.Equal(typeof(MeetingSummary).GetProperties().Count(p => p.Name != "EqualityContract"), parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            var changed = (object?[])values.Clone();
            changed[i] = values[i] switch
            {
                string text => text + "x",
                null => "x",
                IReadOnlyList<TopicRef> topics => topics.Append(new TopicRef("/amnen/ny/", "Ny", "ny")).ToList(),
                IReadOnlyList<string> texts => texts.Append("x").ToList(),
                var other => throw new InvalidOperationException($"no change made for {parameters[i].Name} ({other.GetType()})"),
            };
            var summary = (MeetingSummary)constructor.Invoke(changed);
            Assert.True(new Fingerprint("t").Add(summary).Value != original, $"{parameters[i].Name} does not change the fingerprint");
        }
    }

    [Fact]
    public void Every_property_of_a_pagination_and_its_page_links_changes_its_fingerprint()
    {
        var link = new PageLink(2, "/amnen/klotter/sida/2/", Current: true, GapBefore: false);
        var pagination = new Pagination(2, 5, "/amnen/klotter/", "/amnen/klotter/sida/3/", [link]);
        var original = new Fingerprint("t").Add(pagination).Value;
        Pagination[] changed =
        [
            pagination with { Current = 3 },
            pagination with { Total = 6 },
            pagination with { PreviousUrl = null },
            pagination with { NextUrl = "/amnen/klotter/sida/4/" },
            pagination with { Pages = [link, link] },
            pagination with { Pages = [link with { Number = 3 }] },
            pagination with { Pages = [link with { Url = "/amnen/klotter/sida/3/" }] },
            pagination with { Pages = [link with { Current = false }] },
            pagination with { Pages = [link with { GapBefore = true }] },
        ];

        // A property added to either record without being added to the fingerprint fails here.
        Assert.Equal(5, typeof(Pagination).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters().Length);
        Assert.Equal(4, typeof(PageLink).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters().Length);
        Assert.All(changed, c => Assert.NotEqual(original, new Fingerprint("t").Add(c).Value));
    }

    [Fact]
    public void Text_moved_from_one_field_to_the_next_or_null_for_empty_changes_the_fingerprint()
    {
        var a = Summary with { Title = "ab", DateText = "c" };
        var b = Summary with { Title = "a", DateText = "bc" };
        Assert.NotEqual(new Fingerprint("t").Add(a).Value, new Fingerprint("t").Add(b).Value);
        Assert.NotEqual(new Fingerprint("t").Add((string?)null).Value, new Fingerprint("t").Add("").Value);
    }
}

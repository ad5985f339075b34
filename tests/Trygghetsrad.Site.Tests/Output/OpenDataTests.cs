using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Json.Schema;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

public sealed class OpenDataTests(FollowSite site) : IClassFixture<FollowSite>
{
    private JsonNode Data => JsonNode.Parse(File.ReadAllText(site.File("api/moten.json")))!;

    [Fact]
    public void MeetingsJson_ValidatesAgainstItsPublishedSchema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(site.File("api/moten.schema.json")));

        var result = schema.Evaluate(JsonDocument.Parse(File.ReadAllText(site.File("api/moten.json"))).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_RejectsAMeetingWithoutDate()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(site.File("api/moten.schema.json")));
        var data = Data;
        data["meetings"]![0]!.AsObject().Remove("date");

        Assert.False(schema.Evaluate(JsonDocument.Parse(data.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void MeetingsJson_HoldsPublishedMeetingsOldestFirst_WithoutTheDraft()
    {
        var meetings = Data["meetings"]!.AsArray();

        Assert.Equal(3, Data["meeting_count"]!.GetValue<int>());
        Assert.Equal(["2021-09-15", "2021-11-17", "2022-02-09"], meetings.Select(m => m!["date"]!.GetValue<string>()));
        Assert.DoesNotContain("2022-03-02", File.ReadAllText(site.File("api/moten.json")));
    }

    [Fact]
    public void MeetingsJson_FirstMeeting_HasTimesPlaceParticipantsTopicsAndNextMeeting()
    {
        var first = Data["meetings"]![0]!;

        Assert.Equal("17:30", first["start"]!.GetValue<string>());
        Assert.Equal("19:00", first["end"]!.GetValue<string>());
        Assert.Equal("Digitalt via Teams", first["location"]!.GetValue<string>());
        Assert.Equal(FollowSite.Root + "moten/2021-09-15/", first["url"]!.GetValue<string>());
        var groups = first["participants"]!.AsArray();
        Assert.Equal(4, groups.Count);
        Assert.Equal("Förtroendevalda", groups[0]!["group"]!.GetValue<string>());
        Assert.Null(groups[1]!["group"]);
        Assert.Equal(["klotter", "motorburen-ungdom", "samverkan"], first["topics"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));
        Assert.Equal("2021-11-17", first["next_meeting"]!["date"]!.GetValue<string>());
        Assert.Equal("Anne Alamaa, Samordnare", first["note_taker"]!.GetValue<string>());
    }

    [Fact]
    public void MeetingsJson_SectionUrls_PointAtAnchorsOnTheMeetingPage()
    {
        foreach (var meeting in Data["meetings"]!.AsArray())
        {
            var slug = meeting!["slug"]!.GetValue<string>();
            using var page = new HtmlParser().ParseDocument(File.ReadAllText(site.File($"moten/{slug}/index.html")));
            var sections = meeting["sections"]!.AsArray();
            Assert.NotEmpty(sections);
            foreach (var section in sections)
            {
                var id = section!["id"]!.GetValue<string>();
                Assert.Equal(FollowSite.Root + $"moten/{slug}/#{id}", section["url"]!.GetValue<string>());
                Assert.Equal(section["heading"]!.GetValue<string>(), page.GetElementById(id)?.TextContent.Trim());
            }
        }
    }

    [Fact]
    public void OpenDataPage_LinksTheDataAndSchema_AndFooterLinksThePage()
    {
        using var page = new HtmlParser().ParseDocument(File.ReadAllText(site.File("oppna-data/index.html")));
        using var home = new HtmlParser().ParseDocument(File.ReadAllText(site.File("index.html")));

        Assert.Equal("Öppna data", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/trygghetsradet/api/moten.json']"));
        Assert.NotNull(page.QuerySelector("a[href='/trygghetsradet/api/moten.schema.json']"));
        Assert.NotNull(home.QuerySelector("footer a[href='/trygghetsradet/oppna-data/']"));
    }

    [Fact]
    public void Source_and_unnamed_groups_reach_the_data_as_the_file_writes_them_and_the_source_the_fact_box()
    {
        using var scratch = new ScratchSite()
            .Meeting("2022-01-12", "participants:\n  - group: Förtroendevalda\n    members:\n      - Ada Andersson (C)\n  - members:\n      - Bo Berg, samordnare\nsource: Mötesanteckningarna (PDF), överförda ordagrant\n")
            .Meeting("2022-02-09");
        Assert.True(scratch.Build().Succeeded);

        var meetings = JsonNode.Parse(File.ReadAllText(Path.Combine(scratch.Output, "api", "moten.json")))!["meetings"]!.AsArray();
        Assert.Equal("Mötesanteckningarna (PDF), överförda ordagrant", meetings[0]!["source"]!.GetValue<string>());
        Assert.True(meetings[1]!.AsObject().ContainsKey("source"));
        Assert.Null(meetings[1]!["source"]);
        Assert.Equal(["Förtroendevalda", null], meetings[0]!["participants"]!.AsArray().Select(g => g!["group"]?.GetValue<string>()));

        var facts = scratch.Page("moten/2022-01-12/index.html").QuerySelectorAll("dl.fakta dt").Select(dt => $"{dt.TextContent}: {dt.NextElementSibling!.TextContent}");
        Assert.Contains("Källa: Mötesanteckningarna (PDF), överförda ordagrant", facts);
        Assert.DoesNotContain(scratch.Page("moten/2022-02-09/index.html").QuerySelectorAll("dl.fakta dt"), dt => dt.TextContent == "Källa");
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Output;

/// <summary>
/// <c>/api/moten.json</c> carries each meeting's questions with their answers and the follow-up items it names, and
/// every item with its timeline; the published schema describes them (the fictional archive).
/// </summary>
public sealed class OpenDataQuestionsTests(RichSite rich) : IClassFixture<RichSite>
{
    private const string Root = "https://trygghetsradet.hallstahammar.se/";

    private JsonNode Data => JsonNode.Parse(rich.Read("api/moten.json"))!;

    private JsonSchema Schema => JsonSchema.FromText(rich.Read("api/moten.schema.json"));

    [Fact]
    public void The_data_with_questions_and_items_validates_against_its_schema()
    {
        var result = Schema.Evaluate(JsonDocument.Parse(rich.Read("api/moten.json")).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void A_meeting_carries_its_questions_with_their_answers_and_the_items_it_names()
    {
        var meeting = Data["meetings"]!.AsArray().Single(m => m!["slug"]!.GetValue<string>() == "2024-10-02")!;

        var questions = meeting["questions"]!.AsArray();
        Assert.Equal(["fraga-hur-lang-tid-tar-det-innan", "fraga-kan-skolgarden-vara-oppen-pa-helgerna"], questions.Select(q => q!["id"]!.GetValue<string>()));
        Assert.Equal("Hur lång tid tar det innan klotter på privata fastigheter tas bort?", questions[0]!["question"]!.GetValue<string>());
        Assert.Equal(["Svar från polisen: Fastighetsägaren ansvarar för det, men polisen vill att klottret anmäls innan det tas bort."], questions[0]!["answers"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Empty(questions[1]!["answers"]!.AsArray());
        Assert.Equal(("fragor-fran-invanarna", Root + "moten/2024-10-02/#fraga-hur-lang-tid-tar-det-innan"), (questions[0]!["section"]!.GetValue<string>(), questions[0]!["url"]!.GetValue<string>()));
        Assert.Equal(["klotter"], questions[0]!["topics"]!.AsArray().Select(t => t!.GetValue<string>()));

        var items = meeting["follow_ups"]!.AsArray();
        Assert.Equal(
            [("belysning-parken", "varfor-ar-det-morkt-i-parken", "öppen"), ("skolgarden-helger", "fragor-fran-invanarna", "öppen")],
            items.Select(i => (i!["id"]!.GetValue<string>(), i["section"]!.GetValue<string>(), i["status"]!.GetValue<string>())));
        Assert.Equal(Root + "uppfoljning/belysning-parken/", items[0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Every_item_has_its_timeline_open_ones_first()
    {
        var items = Data["follow_ups"]!.AsArray();

        Assert.Equal(["klotter-privata-fastigheter", "belysning-parken", "skolgarden-helger"], items.Select(i => i!["id"]!.GetValue<string>()));
        var timeline = items[1]!["timeline"]!.AsArray();
        Assert.Equal(
            [("2024-10-02", "öppen", "Varför är det mörkt i parken?"), ("2024-11-06", "besvarad", "Belysning i parken")],
            timeline.Select(s => (s!["date"]!.GetValue<string>(), s["status"]!.GetValue<string>(), s["heading"]!.GetValue<string>())));
        Assert.Equal(Root + "moten/2024-11-06/#belysning-i-parken", timeline[1]!["url"]!.GetValue<string>());
        Assert.Equal("besvarad", items[1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_refuses_an_unknown_status_and_a_question_without_its_answers()
    {
        var status = Data;
        status["follow_ups"]![0]!["timeline"]![0]!["status"] = "klar";
        Assert.False(Schema.Evaluate(JsonDocument.Parse(status.ToJsonString()).RootElement).IsValid);

        var answers = Data;
        answers["meetings"]!.AsArray().Single(m => m!["slug"]!.GetValue<string>() == "2024-10-02")!["questions"]![0]!.AsObject().Remove("answers");
        Assert.False(Schema.Evaluate(JsonDocument.Parse(answers.ToJsonString()).RootElement).IsValid);
    }
}

using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Import;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Import;

/// <summary>The seed — the first meeting's minutes in the old layout — against the hand conversion in content/.</summary>
public sealed partial class SeedImportTests : IDisposable
{
    private readonly ImportWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("import")]
    [InlineData("seed")]
    public void CommittedFixture_IsTheSeed(string folder)
    {
        // By hash, so that it holds where the shared seeds folder is missing (a fresh clone, as in CI).
        var fixture = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, ImportWorkspace.SeedName));
        Assert.Equal(ImportWorkspace.SeedSha256, Convert.ToHexStringLower(SHA256.HashData(fixture)));
    }

    [Fact]
    public void SharedSeed_WhereItIs_IsTheCommittedFixture()
    {
        // Outside CI the shared folder is beside the repository or its worktrees; without it the hash above decides.
        if (ImportWorkspace.SharedSeedPath is { } shared)
        {
            Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(ImportWorkspace.FixtureSeedPath));
        }
        else
        {
            Assert.Equal(ImportWorkspace.SeedSha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ImportWorkspace.FixtureSeedPath))));
        }
    }

    [Fact]
    public void Seed_ImportsWithoutWarnings_IntoTheSameFieldsAndBodyAsTheHandConversion()
    {
        var result = MinutesImporter.Import(ImportWorkspace.SeedPath, _workspace.ContentDirectory);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Path.Combine(_workspace.ContentDirectory, "moten", "2021", "2021-09-15.md"), result.WrittenPath);
        var imported = Parse(result.WrittenPath!);
        var hand = Parse(Path.Combine(RepositoryRoot.Path, "content", "moten", "2021", "2021-09-15.md"));

        Assert.Equal(hand.Date, imported.Date);
        Assert.Equal(hand.Start, imported.Start);
        Assert.Equal(hand.End, imported.End);
        Assert.Equal(hand.Location, imported.Location);
        Assert.Equal(hand.Title, imported.Title);
        Assert.Equal(hand.Participants.Select(g => (g.Name, string.Join("|", g.Members))), imported.Participants.Select(g => (g.Name, string.Join("|", g.Members))));
        Assert.Equal(hand.NextMeeting, imported.NextMeeting);
        Assert.Equal(hand.NoteTaker, imported.NoteTaker);
        Assert.Equal(hand.Body.Trim(), imported.Body.Trim());
    }

    [Fact]
    public void Seed_ReportsTheHeadingsWithTheirLines()
    {
        var result = MinutesImporter.Import(ImportWorkspace.SeedPath, _workspace.ContentDirectory);

        Assert.Equal(
            [(17, "Inledning"), (19, "Samverkan mellan tre förvaltningar"), (41, "Lägesbild"), (47, "Laget runt – hur har vi upplevt sommaren?"), (51, "Övrigt")],
            result.Headings.Select(h => (h.Line, h.Text)));
    }

    [Fact]
    public void Seed_BuildsIntoAPageCarryingEverySentenceDatePlaceParticipantsAndNextMeeting()
    {
        Assert.True(MinutesImporter.Import(ImportWorkspace.SeedPath, _workspace.ContentDirectory).Succeeded);
        var output = Path.Combine(_workspace.Folder, "site");
        FollowSite.BuildInto(output, contentDirectory: _workspace.ContentDirectory);

        using var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "moten", "2021-09-15", "index.html")));
        var notes = Normalize(string.Join(" ", page.QuerySelectorAll(".anteckningar h2, .anteckningar p").Select(e => e.TextContent)));
        var sentences = SeedBodySentences();
        Assert.True(sentences.Count > 40, $"only {sentences.Count} sentences found in the seed");
        Assert.All(sentences, sentence => Assert.Contains(sentence, notes, StringComparison.Ordinal));

        var facts = Normalize(page.QuerySelector("#sida-fakta")!.TextContent);
        Assert.Contains("onsdag 15 september 2021", facts, StringComparison.Ordinal);
        Assert.Contains("17.30–19.00", facts, StringComparison.Ordinal);
        Assert.Contains("Digitalt via Teams", facts, StringComparison.Ordinal);
        Assert.Contains("Anne Alamaa, Samordnare", facts, StringComparison.Ordinal);
        var participants = page.QuerySelectorAll(".deltagare li li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            ["Anna Gunstad Bäckman (C)", "Hans Strandlund (M)",
             "Anna Landehag, förvaltningschef på Barn- och utbildningsförvaltningen", "Anna Sundin förvaltningschef på Socialförvaltningen",
             "Sven-Olof Juvas, Kultur- och fritidsförvaltningen",
             "Joar Larsson, säkerhetssamordnare", "Anne Alamaa, samordnare", "Två stycken invånarrepresentanter."],
            participants);
        Assert.Equal("onsdag 17 november 2021 kl. 17.30–19.30, digitalt", Normalize(page.QuerySelector(".nasta-mote .nasta-mote-datum")!.TextContent));
    }

    /// <summary>The seed's minutes between the participants and "Nästa möte", with page breaks closed, split into sentences.</summary>
    private static List<string> SeedBodySentences()
    {
        var lines = File.ReadAllLines(ImportWorkspace.SeedPath);
        var start = Array.FindIndex(lines, l => l.StartsWith("Inledning", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.Trim() == "Nästa möte");
        var text = Normalize(string.Join(" ", lines[start..end]));
        return SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static Meeting Parse(string path)
    {
        var bag = new DiagnosticBag();
        var meeting = new MeetingParser(new HashSet<string>(["klotter", "motorburen-ungdom", "samverkan"])).Parse(
            Path.GetFileName(path), Path.GetFileName(Path.GetDirectoryName(path))!, File.ReadAllText(path), path, bag);
        Assert.True(meeting is not null, string.Join('\n', bag.Sorted()));
        return meeting!;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.?!:])\s+")]
    private static partial Regex SentenceEnd();
}

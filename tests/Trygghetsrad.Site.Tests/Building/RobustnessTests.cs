using System.Text;
using CsCheck;
using Trygghetsrad.Site.Building;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Tests.Infrastructure;

namespace Trygghetsrad.Site.Tests.Building;

/// <summary>
/// Random and mutated meeting files — broken YAML, random bytes, huge values, deep nesting, odd Unicode, CRLF,
/// BOM — never crash loading or building: every outcome is a site or located diagnostics, and a failed build
/// leaves the previous site as it was.
/// </summary>
public sealed class RobustnessTests
{
    // The real meeting, marked as a fictional copy: it starts with "---\n", after which the comment goes.
    private static readonly string Valid = "---\n# Fiktiv kopia av mötet för robusthetstester.\n" +
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "moten", "2021", "2021-09-15.md"))[4..];

    private static readonly string[] Fragments =
    [
        "\r\n", "\uFEFF", "\0", "---\n", "...\n", ":", ": ", "- ", "  ", "\t", "#", "[", "]", "{", "}", "&", "*a", "!!binary ", "|\n", ">\n",
        "\"", "'", "\u202E", "\uD800", "\u0301", "🙂", "<script>", "](javascript:x)", "## ", "# ", "\n\n", new string('[', 500),
        new string('x', 100_000), new string('>', 300) + " x\n", string.Concat(Enumerable.Repeat("- ", 200)) + "x\n", string.Concat(Enumerable.Repeat("*_", 300)),
        string.Concat(Enumerable.Repeat("[a](", 300)), string.Concat(Enumerable.Repeat("  - x\n", 50)), string.Concat(Enumerable.Repeat("    ", 100)) + "- x\n", "date: 2021-02-30\n", "start: \"25:00\"\n", "topics: [x]\n", "participants: 3\n", "&anchor ", "*anchor",
    ];

    private static readonly Gen<byte[]> Mutated =
        Gen.Select(Gen.Int[0, 7], Gen.Int[0, Valid.Length], Gen.Int[0, 400], Gen.Int[0, Fragments.Length - 1], Gen.Byte.Array[0, 64])
            .Select(m =>
            {
                var (kind, at, length, fragment, bytes) = m;
                var text = Valid;
                length = Math.Min(length, text.Length - at);
                var mutated = kind switch
                {
                    0 => text.Remove(at, length),
                    1 => text.Insert(at, Fragments[fragment]),
                    2 => text.Insert(at, text.Substring(at, length)),
                    3 => text.ReplaceLineEndings("\r\n").Insert(0, "\uFEFF"),
                    4 => text[..at] + Fragments[fragment] + text[(at + length)..],
                    _ => null,
                };
                if (mutated is not null)
                {
                    return Encoding.UTF8.GetBytes(mutated);
                }

                // Raw bytes: sometimes spliced into the valid file (invalid UTF-8), sometimes alone.
                var prefix = Encoding.UTF8.GetBytes(text[..at]);
                return kind == 5 ? [.. prefix, .. bytes, .. Encoding.UTF8.GetBytes(text[at..])] : bytes;
            });

    [Fact]
    public void A_word_of_100000_letters_builds()
    {
        // The property test's first hang: this word made compound splitting quadratic (about 20 GB) and killed the test host.
        using var content = new TempContent();
        var word = "s" + new string('x', 100_000);
        content.WriteMeeting("2021-01-20", body: $"\n## Inledning\n\nSticker {word} ut?\n");

        var output = SiteBuild.Succeeding(content.Content, Path.Combine(content.Root, "site"));

        Assert.Contains(word, File.ReadAllText(Path.Combine(output, "moten", "2021-01-20", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Mutated_meeting_files_give_a_site_or_located_diagnostics_and_keep_the_old_site()
    {
        using var content = new TempContent();
        content.Write("tillganglighet.md", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "tillganglighet.md")));
        content.WriteMeeting("2021-01-20");
        var output = Path.Combine(content.Root, "site");
        SiteBuild.Succeeding(content.Content, output);
        var outcomes = new int[2];

        void BuildsOrRefuses(byte[] bytes)
        {
            // Any failure names the file it met: CsCheck prints a seed only for its own sampling, and a failure in
            // a whole test run once went without a trace of its input.
            try
            {
                BuildsOrRefusesFile(bytes);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"{ex.Message}\non this meeting file (base64): {Convert.ToBase64String(bytes)}", ex);
            }
        }

        void BuildsOrRefusesFile(byte[] bytes)
        {
            var file = content.WriteBytes("moten/2021/2021-09-15.md", bytes);
            var before = SiteBuild.Files(output);
            var result = new SiteBuilder().Build(new BuildOptions(content.Content, TempContent.Templates, output, null, 1));
            if (result.Succeeded)
            {
                outcomes[0]++;
                Assert.True(File.Exists(Path.Combine(output, "moten", "2021-09-15", "index.html")));
            }
            else
            {
                outcomes[1]++;
                Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1 && d.Message.Length > 0, d.ToString()));
                Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Location.Path.EndsWith("2021-09-15.md", StringComparison.Ordinal));
                Assert.Equal(before, SiteBuild.Files(output));
            }

            File.Delete(file);
        }

        // Every hostile fragment at the start of a front matter line and of a body line, on every run: random
        // sampling alone met the 100,000-letter word in only about a third of the runs.
        foreach (var at in new[] { Valid.IndexOf("\ndate:", StringComparison.Ordinal) + 1, Valid.IndexOf("\n## Samverkan", StringComparison.Ordinal) + 1 })
        {
            foreach (var fragment in Fragments)
            {
                BuildsOrRefuses(Encoding.UTF8.GetBytes(Valid.Insert(at, fragment)));
            }
        }

        Mutated.Sample(
            BuildsOrRefuses,
            iter: 60,
            threads: 1,
            // The seed fixes only the first iteration; CsCheck draws the others at random on every run, so each run
            // explores further. A failure prints the seed that reproduces it: set CsCheck_Seed to it.
            seed: Environment.GetEnvironmentVariable("CsCheck_Seed") ?? "ahaMLflDvAt1");

        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"The generator should see both outcomes: {outcomes[0]} built, {outcomes[1]} refused.");
    }
}

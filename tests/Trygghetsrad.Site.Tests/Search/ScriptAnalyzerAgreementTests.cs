using Trygghetsrad.Site.Search;
using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Tests.Search;

/// <summary>
/// The browser maps query words to keys with its own copy of the analyser (search.js), so a query for a
/// form that is not in the archive still finds the archive's forms. These tests hold the copy to the C#
/// analyser word for word, and the index layout rules (shard, bucket, postings) to IndexLayout.
/// </summary>
public sealed class ScriptAnalyzerAgreementTests : IClassFixture<SearchRankingTests.Site>, IDisposable
{
    private static readonly string[] Stems =
        ["klott", "kamer", "skol", "trygghet", "ungdom", "fortkörn", "samverk", "bo", "a", "pol", "nattvandr", "mobb", "vän", "häll", "körn", "ög", "fr"];

    private static readonly string[] Endings =
    [
        "", "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden", "aren",
        "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes", "ens", "arens",
        "hetens", "erns", "at", "andet", "het", "ast", "s", "ts", "ns", "xs", "dd", "gd", "nn", "dt", "gt", "kt", "tt",
        "lig", "ig", "els", "löst", "fullt", "ligt", "igen", "n", "et", "ret", "let", "ren", "urna", "urne", "uren", "el", "ler", "ning", "ningar",
    ];

    private readonly ScriptSearch _script;
    private readonly SwedishAnalyzer _analyzer = new(["klotter", "motorburen ungdom", "samverkan"]);

    public ScriptAnalyzerAgreementTests(SearchRankingTests.Site site) => _script = site.Search;

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Script_keys_equal_analyser_keys_for_generated_inflections()
    {
        var words = Stems.SelectMany(s => Endings.Select(e => s + e)).ToList();
        AssertSameKeys(words);
    }

    [Fact]
    public void Script_keys_equal_analyser_keys_for_every_word_of_the_real_meeting_and_the_fixture()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.SearchFixture, "*.md", SearchOption.AllDirectories));
        var words = files.SelectMany(f => SwedishAnalyzer.Tokenize(File.ReadAllText(f))).Select(t => t.Word)
            .Concat(CompoundLexicon.Words)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 500, $"only {words.Count} words");
        AssertSameKeys(words);
    }

    [Theory]
    [InlineData("TRYGGHETSRÅD")]
    [InlineData("Ærøskøbing")]
    [InlineData("Straße")]
    [InlineData("Éléonore")]
    [InlineData("10:e")]
    [InlineData("A-traktorer")]
    [InlineData("polis\u00ADanmälan")]
    [InlineData("Dürrenmatt")]
    public void Script_folds_and_tokenises_like_the_analyser(string text)
    {
        var tokens = SwedishAnalyzer.Tokenize(text).Select(t => $"{t.Start}:{t.Word}");
        Assert.Equal(string.Join(",", tokens), Js("TrygghetsradSok.tokenize(" + Quote(text) + ").map(function (t) { return t.start + ':' + t.word; }).join(',')"));
        Assert.Equal(TextFolding.Fold(text), _script.Call("fold", text));
        AssertSameKeys(SwedishAnalyzer.Tokenize(text).Select(t => t.Word).ToList());
    }

    [Theory]
    [InlineData("klott")]
    [InlineData("k")]
    [InlineData("ärende")]
    [InlineData("2021")]
    [InlineData("_x")]
    public void Script_shards_like_the_index(string term) =>
        Assert.Equal(IndexLayout.ShardOf(TextFolding.Fold(term)), _script.Call("shardOf", TextFolding.Fold(term)));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "1")]
    [InlineData(999, "999")]
    [InlineData(1000, "1\u00a0000")]
    [InlineData(44410, "44\u00a0410")]
    [InlineData(1234567, "1\u00a0234\u00a0567")]
    public void Script_writes_counts_as_swedish_with_no_break_spaces(int number, string expected) =>
        Assert.Equal(expected, _script.Call("count", number));

    [Theory]
    [InlineData("motorbur", "ungdom", 1)]
    [InlineData("motorbur", "ungdom", 64)]
    [InlineData("kamer", "skol", 1024)]
    [InlineData("ovrig", "fraga", 4096)]
    public void Script_buckets_pairs_like_the_index(string first, string second, int buckets) =>
        Assert.Equal(IndexLayout.BucketOf(first, second, buckets).ToString(System.Globalization.CultureInfo.InvariantCulture), _script.Call("bucketOf", first, second, buckets));

    [Fact]
    public void Script_decodes_postings_as_the_builder_writes_them()
    {
        var builder = new PostingsBuilder();
        builder.Add(0, [0], [1]);
        builder.Add(3, [2, 5], [4, 0]);
        builder.Add(40, [0], [36]);
        builder.Add(41, [0, 3], [2, 1]);
        Assert.Equal("1,3:2*4.5*0,11*z,1:0*2.3", builder.ToString());
        Assert.Equal("0:0:1|3:2.5:4.0|40:0:35|41:0.3:2.1", Js("TrygghetsradSok.decode('1,3:2*4.5*0,11*z,1:0*2.3').map(function (e) { return e.m + ':' + e.s.join('.') + ':' + e.w.join('.'); }).join('|')"));
    }

    [Fact]
    public void Script_Finnish_keys_equal_the_Finnish_analysers_for_generated_inflections_and_every_Finnish_word_of_the_content()
    {
        string[] stems =
        [
            "talo", "katu", "töhry", "kokous", "kokoukse", "nuori", "nuore", "poliisi", "koulu", "kamera", "asukas", "asukkaa",
            "turvallisuus", "turvallisuude", "lapsi", "lapse", "piha", "valaistus", "valaistukse", "kesä", "rikos", "rikokse",
            "musiikki", "ilmoitus", "tie", "maa", "puu", "vapaa", "kirja", "sanoma", "hyvä", "paras", "kaunis", "pieni", "ankka",
            "kuppi", "tyttö", "äiti", "yö", "suo", "työ", "kokoontu", "neuvosto", "tiivistelmä", "aihe", "haku", "sivu",
        ];
        string[] endings =
        [
            "", "n", "a", "ä", "ta", "tä", "tta", "ttä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "na", "nä",
            "ksi", "ine", "hin", "han", "hen", "hon", "hän", "seen", "siin", "den", "tten", "t", "i", "ja", "jä", "issa", "ista",
            "ille", "ilta", "iin", "ihin", "ien", "iden", "itten", "kin", "kaan", "kään", "ko", "kö", "pa", "pä", "sti", "ni", "si",
            "nsa", "nsä", "mme", "nne", "ksemme", "kseni", "mpi", "mpaa", "mmat", "immat", "immassa", "eja", "ejä", "an", "en",
            "ssani", "llaan", "ltään", "ineen", "jo", "ju", "oj", "ttu", "tty", "lla", "mma", "pomma",
        ];
        var texts = new[] { "content/sidor/suomeksi.md", "content/sidor/lukuohje.md", "content/moten/2021/2021-09-15.md", "templates/strings/fi.yml" }
            .Select(f => File.ReadAllText(Path.Combine(Repository.Root, f)));
        var words = stems.SelectMany(s => endings.Select(e => s + e))
            .Concat(texts.SelectMany(t => SwedishAnalyzer.Tokenize(t)).Select(t => t.Word))
            .Concat(["Ärrä", "AALTO", "10:een", "ab", "ÖÖ"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 3000, $"only {words.Count} words");

        using var finnish = new FinnishAnalyzer();
        Assert.Equal(words.Select(w => $"{w}→{finnish.Key(w)}"), words.Select(w => $"{w}→{_script.Call("fiKey", w)}"));
    }

    private void AssertSameKeys(List<string> words)
    {
        var expected = words.Select(w => $"{w}→{_analyzer.Key(w)}").ToList();
        var actual = words.Select(w => $"{w}→{_script.Call("key", w)}").ToList();
        Assert.Equal(expected, actual);
    }

    private string Js(string expression) => _script.Evaluate(expression);

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}

using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Tests.Text;

/// <summary>
/// The matching rules of the search issue that the analyser carries: a query word finds a text word
/// when the query word's key is among the text word's terms (its key and its compound parts' keys).
/// Prefix, typo and phrase rules live in the query engine and are tested in Search/.
/// </summary>
public sealed class SwedishAnalyzerTests : IDisposable
{
    private readonly SwedishAnalyzer _analyzer = new(["klotter", "motorburen ungdom", "samverkan"]);

    public void Dispose() => _analyzer.Dispose();

    [Theory]
    [InlineData("Klotterpolicyn – 10:e mötet, t.ex. trygg\u00ADhetsrådet; ÅÄÖ åäö!")]
    [InlineData("  \u00ADinled ord\u00AD 42 ")]
    [InlineData("")]
    public void Word_spans_and_their_terms_are_those_of_the_tokens(string text)
    {
        var tokens = SwedishAnalyzer.Tokenize(text);
        Assert.Equal(tokens.Select(t => (t.Start, t.Length)), SwedishAnalyzer.WordSpans(text));
        foreach (var token in tokens)
        {
            var terms = _analyzer.Terms(text.AsSpan(token.Start, token.Length));
            Assert.Equal<string>(_analyzer.Terms(token.Word), terms);
            Assert.Equal(_analyzer.Key(token.Word), terms[0]);
        }
    }

    [Theory]
    [InlineData("TRYGGHETSRAD", "Trygghetsråd")]
    [InlineData("trygghetsrad", "Trygghetsråd")]
    [InlineData("trygghetsundersokning", "trygghetsundersökningen")]
    [InlineData("TRYGGHETSUNDERSÖKNINGEN", "trygghetsundersökningen")]
    public void Case_and_diacritics_do_not_matter(string query, string text) => AssertFinds(query, text);

    [Theory]
    [InlineData("klottret", "klotter")]
    [InlineData("klotter", "klottret")]
    [InlineData("motorburna ungdomar", "motorburen ungdom")]
    [InlineData("motorburen ungdom", "motorburna ungdomar")]
    [InlineData("samverka", "samverkan")]
    [InlineData("samverkan", "samverka")]
    [InlineData("kameror", "kamerorna")]
    [InlineData("kamerorna", "kameror")]
    [InlineData("fortkörning", "fortkörningar")]
    [InlineData("fortkörningar", "fortkörning")]
    public void Inflections_share_a_key(string query, string text) => AssertFinds(query, text);

    [Theory]
    [InlineData("policy", "klotterpolicyn")]
    [InlineData("undersökning", "trygghetsundersökningen")]
    [InlineData("nattvandrare", "nattvandrarverksamhet")]
    [InlineData("kameror", "kameraövervakning")]
    [InlineData("klotter", "klottersanering")]
    public void Compound_parts_are_found(string query, string text) => AssertFinds(query, text);

    [Theory]
    [InlineData("klotter", "Vi pratade lite om polisen")]
    [InlineData("policy", "Polisen var där")]
    [InlineData("samverkan", "samordnare")]
    [InlineData("undersökning", "trygghet")]
    public void Unrelated_words_are_not_found(string query, string text) => Assert.False(Finds(query, text), $"\"{query}\" should not find \"{text}\"");

    [Fact]
    public void Topic_words_of_the_real_meeting_are_found()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content", "moten", "2021", "2021-09-15.md"));
        Assert.True(Finds("klotter", text));
        Assert.True(Finds("motorburen ungdom", text));
        Assert.True(Finds("samverkan", text));
        Assert.True(Finds("policy", text));
        Assert.True(Finds("nattvandrare", text));
        Assert.True(Finds("undersökning", text));
    }

    [Fact]
    public void Tokenize_keeps_positions_and_splits_on_punctuation()
    {
        var tokens = SwedishAnalyzer.Tokenize("Barn- och utbildningsförvaltningen, 10–12 åringar.");
        Assert.Equal(["Barn", "och", "utbildningsförvaltningen", "10", "12", "åringar"], tokens.Select(t => t.Word));
        Assert.Equal(10, tokens[2].Start);
    }

    [Fact]
    public void Terms_list_own_key_first_then_parts()
    {
        var terms = _analyzer.Terms("klotterpolicyn");
        Assert.Equal(_analyzer.Key("klotterpolicyn"), terms[0]);
        Assert.Contains(_analyzer.Key("policy"), terms);
        Assert.Contains(_analyzer.Key("klotter"), terms);
    }

    [Fact]
    public void Analysing_a_text_gives_its_word_spans_and_the_terms_of_each_word_however_many_texts_come_between()
    {
        // Texts are kept per thread by identity: the second reading of a passage finds it analysed, and a text
        // whose place was taken by another is analysed again, never mixed up with it.
        var texts = Enumerable.Range(0, 600).Select(i => $"Klotterpolicyn nummer {i} följs upp vid skolan {i % 7}").ToList();
        foreach (var text in texts.Concat(texts).Concat(texts.AsEnumerable().Reverse()))
        {
            var analysed = _analyzer.Analyse(text);
            var spans = SwedishAnalyzer.WordSpans(text);
            Assert.Equal(spans.Count, analysed.Count);
            for (var w = 0; w < spans.Count; w++)
            {
                Assert.Equal(spans[w], analysed.Span(w));
                var word = text.Substring(spans[w].Start, spans[w].Length);
                Assert.Equal<string>(_analyzer.Terms(word), analysed.Terms(w));
                Assert.Equal(word, analysed.Written(w));
            }
        }
    }

    [Fact]
    public void A_very_long_word_costs_work_in_proportion_to_its_length()
    {
        // Found by the robustness test: compound splitting tried every split point of a 100,000-letter word and
        // kept every piece's key, using gigabytes until the test host died. Allocation, not time, shows it.
        var word = new string('x', 10_000);
        _analyzer.Terms("uppvärmning");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var terms = _analyzer.Terms(word);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal<string>([_analyzer.Key(word)], terms);
        Assert.True(allocated < 100 * word.Length, $"Terms of a {word.Length}-letter word allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Words_longer_than_any_compound_are_not_split()
    {
        var word = "klotter" + new string('x', SwedishAnalyzer.MaxCompoundLength);
        Assert.Equal<string>([_analyzer.Key(word)], _analyzer.Terms(word));
        Assert.Contains(_analyzer.Key("klotter"), _analyzer.Terms("klotter" + new string('x', SwedishAnalyzer.MaxCompoundLength - 7)));
    }

    private void AssertFinds(string query, string text) => Assert.True(Finds(query, text), $"\"{query}\" should find \"{text}\": query keys [{string.Join(", ", SwedishAnalyzer.Tokenize(query).Select(t => _analyzer.Key(t.Word)))}], text terms [{string.Join(", ", SwedishAnalyzer.Tokenize(text).SelectMany(t => _analyzer.Terms(t.Word)))}]");

    private bool Finds(string query, string text)
    {
        var terms = SwedishAnalyzer.Tokenize(text).SelectMany(t => _analyzer.Terms(t.Word)).ToHashSet(StringComparer.Ordinal);
        return SwedishAnalyzer.Tokenize(query).All(t => terms.Contains(_analyzer.Key(t.Word)));
    }

    [Fact]
    public void A_word_the_stemmer_fails_on_keeps_its_folded_form_and_the_rest_are_stemmed()
    {
        var failures = 0;
        using var analyzer = new SwedishAnalyzer([], word =>
        {
            if (word.StartsWith("klott", StringComparison.Ordinal))
            {
                failures++;
                throw new IndexOutOfRangeException("stemmer");
            }

            return word[..^1];
        });

        Assert.StartsWith("klott", analyzer.Key("Klottret"), StringComparison.Ordinal);
        Assert.True(failures > 0);
        Assert.Equal("kamero", analyzer.Key("kameror"));
    }
}

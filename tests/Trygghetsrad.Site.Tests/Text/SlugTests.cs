using Trygghetsrad.Site.Text;

namespace Trygghetsrad.Site.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Övrigt", "ovrigt")]
    [InlineData("Lägesbild", "lagesbild")]
    [InlineData("Samverkan mellan tre förvaltningar", "samverkan-mellan-tre-forvaltningar")]
    [InlineData("Laget runt – hur har vi upplevt sommaren?", "laget-runt-hur-har-vi-upplevt-sommaren")]
    [InlineData("Möte på Åsgatan", "mote-pa-asgatan")]
    [InlineData("  Café & Co  ", "cafe-co")]
    [InlineData("10–12 åringar", "10-12-aringar")]
    [InlineData("???", "")]
    public void Slugs_fold_swedish_letters_and_join_words_with_dashes(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));
}

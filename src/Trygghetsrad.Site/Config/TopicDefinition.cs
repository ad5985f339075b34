namespace Trygghetsrad.Site.Config;

/// <summary>One topic from <c>topics.yml</c>.</summary>
/// <param name="Slug">URL part and the name editors use in a meeting's <c>topics</c> list.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the topic covers, shown on its page.</param>
/// <param name="Match">Words or phrases that find the topic in minutes; each matches its inflections and compounds.</param>
public sealed record TopicDefinition(string Slug, string Name, string Description, IReadOnlyList<string> Match)
{
    /// <summary>
    /// Other words residents use for the topic ("graffiti" for klotter): they find the topic in minutes as
    /// <see cref="Match"/> does, and a search for one also shows what the topic's match words find.
    /// </summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Every phrase that finds the topic in minutes: <see cref="Match"/>, then <see cref="Synonyms"/>.</summary>
    public IEnumerable<string> Phrases => Match.Concat(Synonyms);
}

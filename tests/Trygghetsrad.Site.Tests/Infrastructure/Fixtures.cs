
namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>Content folders the tests build.</summary>
public static class Fixtures
{
    /// <summary>The real content in <c>content/</c>.</summary>
    public static string RealContent => Path.Combine(RepositoryRoot.Path, "content");

    /// <summary>
    /// A fictional archive that uses every page part the real one does not yet: 22 meetings over three years
    /// (so a topic has two pages), a meeting with its own title, a table, lists, a quote and code, and a topic no
    /// meeting names.
    /// </summary>
    public static string RichArchive => Path.Combine(RepositoryRoot.Path, "tests", "Trygghetsrad.Site.Tests", "Fixtures", "rikt-arkiv");

    /// <summary>Both content folders, for theories over every site the tests build.</summary>
    public static TheoryData<string> Both => new() { RealContent, RichArchive };

    /// <summary>How often <paramref name="part"/> occurs in <paramref name="text"/>, without overlaps.</summary>
    public static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

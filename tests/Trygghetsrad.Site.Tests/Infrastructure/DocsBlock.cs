using System.Text.RegularExpressions;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// A block of an editors' document that a declaration in the code writes, between <c>&lt;!-- NAME … --&gt;</c> and
/// <c>&lt;!-- /NAME --&gt;</c>: equal to the declaration, or rewritten from it when UPDATE_GOLDEN=1.
/// </summary>
public static class DocsBlock
{
    /// <summary>Asserts that the block <paramref name="name"/> of docs/<paramref name="document"/> is <paramref name="expected"/>.</summary>
    public static void AssertIs(string document, string name, string expected)
    {
        var path = Path.Combine(RepositoryRoot.Path, "docs", document);
        var docs = File.ReadAllText(path);
        var block = Regex.Match(docs, $@"<!-- {Regex.Escape(name)}[ :][^>]*-->\n(?<table>.*?)<!-- /{Regex.Escape(name)} -->", RegexOptions.Singleline);
        Assert.True(block.Success, $"docs/{document} has no <!-- {name} … --> … <!-- /{name} --> block");
        var table = block.Groups["table"];
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, docs[..table.Index] + expected + docs[(table.Index + table.Length)..]);
            return;
        }

        Assert.Equal(expected, table.Value);
    }
}

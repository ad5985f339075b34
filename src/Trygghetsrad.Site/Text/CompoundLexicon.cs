namespace Trygghetsrad.Site.Text;

/// <summary>The built-in words that compound splitting recognises as parts (embedded <c>compound-parts.txt</c>).</summary>
public static class CompoundLexicon
{
    /// <summary>The words, in file order; comments and blank lines skipped.</summary>
    public static IReadOnlyList<string> Words { get; } = Load();

    private static string[] Load()
    {
        using var stream = typeof(CompoundLexicon).Assembly.GetManifestResourceStream("Trygghetsrad.Site.Text.compound-parts.txt")
            ?? throw new InvalidOperationException("compound-parts.txt is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();
    }
}

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>Whole folders for tests: copying one, reading every file of one, and counting a file's lines.</summary>
public static class Folders
{
    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>True when two folders read with <see cref="SiteBuild.Files"/> hold the same files, byte for byte.</summary>
    public static bool Same(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Keys.SequenceEqual(b.Keys) && a.All(kv => kv.Value.AsSpan().SequenceEqual(b[kv.Key]));

    /// <summary>The lines of a file as an editor counts them: "\r\n", "\r" and "\n" each end one.</summary>
    public static int LineCount(byte[] bytes)
    {
        var lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n'))
            {
                lines++;
            }
        }

        return lines;
    }
}

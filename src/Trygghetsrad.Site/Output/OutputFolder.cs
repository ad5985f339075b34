using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// Readies the output folder before a build writes anything and swaps the finished build in. Any reason the
/// folder cannot be written or replaced becomes an <see cref="OutputFolderException"/> with a Swedish reason
/// before the previous site is touched; a swap that fails half-way puts the previous site back.
/// </summary>
internal static class OutputFolder
{
    /// <summary>
    /// Checks that <paramref name="target"/> can be replaced, removes what killed builds left beside it
    /// (<see cref="StaleOutput"/>) and creates <paramref name="temporary"/>, where the build is written.
    /// </summary>
    /// <exception cref="OutputFolderException">The target cannot be written or replaced.</exception>
    public static void Prepare(string target, string temporary)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (File.Exists(target))
        {
            throw new OutputFolderException($"utmappen {Shown(target)} är en fil, inte en mapp – flytta filen eller välj en annan mapp med --output");
        }

        Attempt(() => Directory.CreateDirectory(parent), $"mappen {Shown(parent)} kan inte skapas");
        if (Directory.Exists(target) && !UnixFolders.MayWrite(target))
        {
            throw new OutputFolderException($"utmappen {Shown(target)} är skrivskyddad, så den förra webbplatsen kan inte ersättas");
        }

        if (!UnixFolders.MayWrite(parent))
        {
            throw new OutputFolderException($"mappen {Shown(parent)}, där utmappen ligger, är skrivskyddad");
        }

        StaleOutput.Remove(target);
        Attempt(() => Directory.CreateDirectory(temporary), $"mappen {Shown(parent)} kan inte skrivas");
    }

    /// <summary>
    /// Puts <paramref name="temporary"/> in place of <paramref name="target"/>: in one step where the system can
    /// swap folders (a reader sees the old site or the new one, never none), else in two, undone on failure.
    /// </summary>
    /// <exception cref="OutputFolderException">The swap failed; the previous site is in place.</exception>
    public static void Replace(string temporary, string target)
    {
        if (!Directory.Exists(target))
        {
            Attempt(() => Directory.Move(temporary, target), $"den nya webbplatsen kan inte flyttas till {Shown(target)}");
            return;
        }

        if (UnixFolders.TryExchange(temporary, target))
        {
            RemoveQuietly(temporary);
            return;
        }

        var old = $"{target}.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Attempt(() => Directory.Move(target, old), $"den förra webbplatsen i {Shown(target)} kan inte flyttas undan");
        try
        {
            Directory.Move(temporary, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Directory.Move(old, target);
            throw new OutputFolderException($"den nya webbplatsen kan inte flyttas till {Shown(target)}: {Why(ex)}", ex);
        }

        RemoveQuietly(old);
    }

    // The previous site, after the new one is in place: a folder that cannot be removed now is removed by a later build.
    private static void RemoveQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // StaleOutput removes it once this process has ended.
        }
    }

    private static void Attempt(Action action, string what)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"{what}: {Why(ex)}", ex);
        }
    }

    private static string Why(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "åtkomst nekad",
        DirectoryNotFoundException => "en mapp på vägen finns inte",
        IOException when ex.HResult is 17 or 20 => "en fil står där en mapp ska vara",
        IOException when ex.HResult is 28 => "disken är full",
        IOException when ex.HResult is 30 => "filsystemet är skrivskyddat",
        _ => ex.Message.ReplaceLineEndings(" "),
    };

    private static string Shown(string path) => DisplayPath.For(path);
}

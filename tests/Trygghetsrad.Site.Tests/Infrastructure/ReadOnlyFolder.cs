using System.Diagnostics;

namespace Trygghetsrad.Site.Tests.Infrastructure;

/// <summary>
/// Makes a folder read-only for this process until disposed: by its mode, and where that does not stop this
/// process (root may write anywhere) by the file system's immutable flag as well. Fails the test when neither works.
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;
    private readonly bool _immutable;

    public ReadOnlyFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Read-only folders are made with Unix modes and chattr.");
        }

        _path = path;
        _mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (CanWrite(path))
        {
            _immutable = true;
            ChangeAttribute("+i");
        }

        Assert.False(CanWrite(path), $"{path} could not be made read-only for this process (mode 555, then chattr +i)");
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (_immutable)
        {
            ChangeAttribute("-i");
        }

        File.SetUnixFileMode(_path, _mode);
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, ".skrivprov-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void ChangeAttribute(string change)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [change, _path]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
    }
}

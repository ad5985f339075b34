using System.Runtime.InteropServices;
using System.Text;

namespace Trygghetsrad.Site.Output;

/// <summary>
/// The two calls .NET does not offer on Linux: whether this process may write a folder (root included: an
/// immutable folder is read-only even for root, which file modes do not tell), and swapping two folders in one
/// step, so that a site folder is never missing, not even for a moment.
/// </summary>
internal static class UnixFolders
{
    private const int WriteAccess = 2;
    private const int CurrentDirectory = -100;
    private const uint Exchange = 2;

    /// <summary>False when the system says this process may not create or delete entries in <paramref name="folder"/>.</summary>
    public static bool MayWrite(string folder) =>
        !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() || access(Native(folder), WriteAccess) == 0;

    /// <summary>Swaps the folders at <paramref name="a"/> and <paramref name="b"/> atomically; false where the system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return renameat2(CurrentDirectory, Native(a), CurrentDirectory, Native(b), Exchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // A C library older than glibc 2.28.
        }
    }

    private static byte[] Native(string path) => Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", SetLastError = true)]
    private static extern int access(byte[] path, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int fromDirectory, byte[] from, int toDirectory, byte[] to, uint flags);
}

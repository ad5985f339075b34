using System.Runtime.InteropServices;
using Trygghetsrad.Site.Diagnostics;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// One meeting file as read, with what a later build needs to tell that it has not changed since: its size
/// and time of last change when read, and a hash of its path and text. Drafts included.
/// </summary>
/// <param name="Path">The file's path as shown in diagnostics (also the meeting's <c>SourcePath</c>).</param>
/// <param name="Stamp">Size and time of last change before it was read.</param>
/// <param name="ReadAtTicks">When it was read (UTC ticks): a file changed within the file system's time resolution of that is read again.</param>
/// <param name="Hash">Hash of the path and the text: the meeting's identity in a build cache.</param>
/// <param name="Meeting">The meeting parsed from it.</param>
/// <param name="Diagnostics">The warnings reading it gave (a file with errors is never reused).</param>
/// <param name="BodyOmitted">
/// True when <paramref name="Meeting"/>'s body was left out (a build cache keeps every meeting but not its text);
/// <see cref="ContentLoader.ReadAgain"/> reads it when a page must be made from it again.
/// </param>
public sealed record MeetingSource(string Path, FileStamp Stamp, long ReadAtTicks, Hash128 Hash, Meeting Meeting, IReadOnlyList<Diagnostic> Diagnostics, bool BodyOmitted = false)
{
    // Some file systems keep the time of last change in whole seconds (two on FAT): a file saved again within
    // that much of the read may keep its stamp, so it is only trusted when it is older than that.
    private static readonly long Resolution = TimeSpan.FromSeconds(2).Ticks;

    /// <summary>True when a file with <paramref name="stamp"/> now can be taken to be the one read, unread.</summary>
    public bool Unchanged(FileStamp stamp) => stamp == Stamp && Stamp.LastWriteTicks < ReadAtTicks - Resolution;

    /// <summary>This source without its meeting's text, as a build cache keeps it.</summary>
    public MeetingSource WithoutBody() => BodyOmitted ? this : this with { Meeting = Meeting with { Body = "" }, BodyOmitted = true };

    /// <summary>The identity hash of a meeting file's text at <paramref name="path"/>.</summary>
    public static Hash128 HashOf(string path, string text) => Hash128.Of(path, MemoryMarshal.AsBytes(text.AsSpan()));
}

/// <summary>A file's size and time of last change.</summary>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastWriteTicks">Time of last change, UTC ticks.</param>
public readonly record struct FileStamp(long Length, long LastWriteTicks);

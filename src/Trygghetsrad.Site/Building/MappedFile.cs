using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// A file mapped read-only into memory, as <see cref="ReadOnlyMemory{T}"/>: the build cache is read this way because
/// reading it into an array makes the process touch tens of megabytes of fresh memory, and fresh pages are what
/// costs here (measured on the build machine: 66 MB read into an array 250–600 ms, the same file mapped and
/// touched 35 ms; the kernel maps the file's cached pages 16 at a time). The mapping is kept until the process
/// ends: a span of it may be in use anywhere, and a process loads one cache (<c>build</c>, or <c>serve</c>'s first
/// build; later builds of <c>serve</c> take the cache from memory).
/// </summary>
/// <remarks>
/// Only for files that are replaced, never rewritten in place, while mapped (the cache is written to a temporary
/// file and renamed): a mapped file cut short under a reader ends the process. Windows does not let a mapped file be
/// replaced, so there the file is read into an array instead.
/// </remarks>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;

    private MappedFile(MemoryMappedViewAccessor view, int length)
    {
        _view = view;
        _length = length;
        byte* pointer = null;

        // Never released: the view stays mapped even after the accessor is collected.
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    /// <summary>The bytes of the file at <paramref name="path"/>.</summary>
    public static ReadOnlyMemory<byte> Read(string path)
    {
        var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength || length == 0 || OperatingSystem.IsWindows())
        {
            using (handle)
            {
                return length <= Array.MaxLength ? ReadAll(handle, (int)length) : throw new InvalidDataException("The file is too large.");
            }
        }

        // The file (and its handle) can be closed once the view is mapped.
        using var file = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        return new MappedFile(file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), (int)length).Memory;
    }

    /// <inheritdoc/>
    public override Span<byte> GetSpan() => new(_pointer, _length);

    /// <inheritdoc/>
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <inheritdoc/>
    public override void Unpin()
    {
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        // Nothing: the mapping outlives any span of it (see the type's summary).
        GC.KeepAlive(_view);
    }

    // Into an array the runtime does not clear first: all of it is overwritten.
    private static byte[] ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int length)
    {
        var data = GC.AllocateUninitializedArray<byte>(length);
        var read = 0;
        while (read < data.Length)
        {
            var n = RandomAccess.Read(handle, data.AsSpan(read), read);
            if (n == 0)
            {
                throw new InvalidDataException("The file is shorter than it was.");
            }

            read += n;
        }

        return data;
    }
}

using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// A 128-bit XxHash128 value, the build's fingerprint of files and pages. Its own type rather than
/// <see cref="UInt128"/>: ReadyToRun does not precompile a method that passes a <see cref="UInt128"/> (its calling
/// convention may differ between runtime versions), so every method handling a hash was compiled at run time.
/// </summary>
/// <param name="High">The upper 64 bits.</param>
/// <param name="Low">The lower 64 bits.</param>
public readonly record struct Hash128(ulong High, ulong Low)
{
    /// <summary>The hash of what <paramref name="hash"/> has been given so far.</summary>
    public static Hash128 Of(XxHash128 hash)
    {
        Span<byte> value = stackalloc byte[16];
        hash.GetCurrentHash(value);
        return FromBytes(value);
    }

    /// <summary>The hash of <paramref name="data"/>.</summary>
    public static Hash128 Of(ReadOnlySpan<byte> data)
    {
        Span<byte> value = stackalloc byte[16];
        XxHash128.Hash(data, value);
        return FromBytes(value);
    }

    /// <summary>The hash of <paramref name="data"/> under <paramref name="name"/> (a file's path and contents, say).</summary>
    public static Hash128 Of(string name, ReadOnlySpan<byte> data)
    {
        var hash = new XxHash128();
        hash.Append(MemoryMarshal.AsBytes(name.AsSpan()));
        hash.Append([0, 0]);
        hash.Append(data);
        return Of(hash);
    }

    /// <summary>Writes the hash to <paramref name="destination"/> (16 bytes, big-endian, as XxHash128 gives it).</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Low);
    }

    private static Hash128 FromBytes(ReadOnlySpan<byte> value) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(value), BinaryPrimitives.ReadUInt64BigEndian(value[8..]));
}

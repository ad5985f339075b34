using System.IO.Hashing;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Output;

/// <summary>A write-only stream that hashes what passes through it to the stream inside (none in a dry run).</summary>
internal sealed class HashingStream(Stream? inner) : Stream
{
    private readonly XxHash128 _hash = new();

    /// <summary>The hash of everything written so far.</summary>
    public Hash128 Hash => Hash128.Of(_hash);

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner?.Write(buffer);
    }

    /// <inheritdoc/>
    public override void Flush() => inner?.Flush();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner?.Dispose();
        }

        base.Dispose(disposing);
    }
}

using System.Buffers.Binary;
using System.Text;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Writes one part of the build cache's binary form (see <see cref="BuildCacheFile"/>): numbers as 7-bit varints,
/// and each distinct string once, in a table after the body. A string the previous cache had and this build
/// did not look at (a kept meeting's passages) is copied from that cache's bytes without being decoded: most
/// of a large archive's cache is passages, and an incremental build reads few of them.
/// </summary>
internal sealed class CacheWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    // The table in id order: a string to encode, or the encoded bytes of one copied from an earlier cache.
    private readonly List<(string? Text, ReadOnlyMemory<byte> Encoded)> _strings = [];

    // Per earlier cache, its string ids mapped to this table's (0: not copied yet).
    private readonly Dictionary<CacheTable, int[]> _copied = [];

    /// <summary>Starts one part of a cache in <paramref name="stream"/>: its body, then (<see cref="Finish"/>) its strings.</summary>
    /// <param name="stream">Where to write, from its start.</param>
    public CacheWriter(Stream stream)
    {
        _stream = stream;
        _writer = new BinaryWriter(stream, Utf8, leaveOpen: true);
    }

    public void Int(int value) => _writer.Write7BitEncodedInt(value);

    public void Long(long value) => _writer.Write7BitEncodedInt64(value);

    public void Bool(bool value) => _writer.Write(value);

    public void Hash(Hash128 value)
    {
        _writer.Write(value.High);
        _writer.Write(value.Low);
    }

    public void Bytes(byte[] value)
    {
        Int(value.Length);
        _writer.Write(value);
    }

    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            _strings.Add((value, default));
            id = _strings.Count;
            _ids[value] = id;
        }

        Int(id);
    }

    /// <summary>Writes string number <paramref name="id"/> of an earlier cache's <paramref name="table"/>, copying its bytes undecoded.</summary>
    public void StringFrom(CacheTable table, int id)
    {
        if (id == 0)
        {
            Int(0);
            return;
        }

        if (!_copied.TryGetValue(table, out var map))
        {
            map = new int[table.Count + 1];
            _copied[table] = map;
        }

        if (map[id] == 0)
        {
            _strings.Add((null, table.Encoded(id)));
            map[id] = _strings.Count;
        }

        Int(map[id]);
    }

    public void List<T>(IReadOnlyCollection<T> items, Action<T> write)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    public void Optional<T>(T? value, Action<T> write)
        where T : class
    {
        Bool(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    /// <summary>Writes the string table after the body: call once. Returns where the table starts in the stream.</summary>
    public long Finish()
    {
        _writer.Flush();
        var offset = _stream.Position;
        _writer.Write7BitEncodedInt(_strings.Count);
        foreach (var (text, encoded) in _strings)
        {
            if (text is not null)
            {
                _writer.Write(text);
            }
            else
            {
                _writer.Write7BitEncodedInt(encoded.Length);
                _writer.Write(encoded.Span);
            }
        }

        _writer.Flush();
        return offset;
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>
/// A cache file's bytes and string table. Strings are decoded when first asked for, so what a build never
/// looks at (most passages of kept meetings) costs nothing but its bytes. Thread-safe.
/// </summary>
internal sealed class CacheTable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _data;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly string?[] _decoded;

    private CacheTable(byte[] data, int[] starts, int[] lengths)
    {
        _data = data;
        _starts = starts;
        _lengths = lengths;
        _decoded = new string?[starts.Length];
    }

    /// <summary>The file's bytes.</summary>
    public byte[] Data => _data;

    /// <summary>How many strings the table has (numbered from 1).</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Reads the table that starts at <paramref name="offset"/> and ends at <paramref name="end"/> of <paramref name="data"/>.</summary>
    public static CacheTable Read(byte[] data, int offset, int end)
    {
        var position = offset;
        var count = ReadInt(data, ref position);
        if (count < 0 || count > data.Length)
        {
            throw new InvalidDataException("Bad string count in the build cache.");
        }

        var starts = new int[count + 1];
        var lengths = new int[count + 1];
        for (var i = 1; i <= count; i++)
        {
            var length = ReadInt(data, ref position);
            if (length < 0 || length > end - position)
            {
                throw new InvalidDataException("The build cache is truncated.");
            }

            starts[i] = position;
            lengths[i] = length;
            position += length;
        }

        if (position != end)
        {
            throw new InvalidDataException("The build cache's string table does not end where its part does.");
        }

        return new CacheTable(data, starts, lengths);
    }

    /// <summary>String number <paramref name="id"/>.</summary>
    public string this[int id]
    {
        get
        {
            if ((uint)id - 1 >= (uint)Count)
            {
                throw new InvalidDataException("Bad string number in the build cache.");
            }

            // Two threads may decode the same string at once; either copy will do.
            return _decoded[id] ??= Utf8.GetString(_data, _starts[id], _lengths[id]);
        }
    }

    /// <summary>The UTF-8 bytes of string number <paramref name="id"/>.</summary>
    public ReadOnlyMemory<byte> Encoded(int id) => _data.AsMemory(_starts[id], _lengths[id]);

    /// <summary>Reads a 7-bit varint at <paramref name="position"/> of <paramref name="data"/> and moves past it.</summary>
    public static int ReadInt(byte[] data, ref int position)
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("The build cache is truncated.");
            }

            var b = data[position++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new FormatException("Bad number in the build cache.");
    }
}

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote, from the whole file in memory. <see cref="At"/> gives another
/// reader at a position of the same file, for parts read later or not at all.
/// </summary>
internal sealed class CacheReader
{
    private readonly byte[] _data;
    private int _position;

    private CacheReader(CacheTable table, int position)
    {
        Table = table;
        _data = table.Data;
        _position = position;
    }

    /// <summary>The string table of this reader's part.</summary>
    public CacheTable Table { get; }

    /// <summary>Where the next value starts.</summary>
    public int Position => _position;

    /// <summary>
    /// A reader at the start of each part of <paramref name="data"/> (see <see cref="BuildCacheFile"/>); null when its
    /// header is not <paramref name="header"/> and <paramref name="version"/>.
    /// </summary>
    public static CacheReader[]? Open(byte[] data, string header, int version)
    {
        var position = 0;
        var length = CacheTable.ReadInt(data, ref position);
        if (length != Encoding.UTF8.GetByteCount(header) || data.Length < position + length + 8
            || !data.AsSpan(position, length).SequenceEqual(Encoding.UTF8.GetBytes(header)))
        {
            return null;
        }

        position += length;
        if (BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position)) != version)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position + 4));
        position += 8;
        if (count is < 0 or > 64 || data.Length < position + 24 * count)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        var readers = new CacheReader[count];
        long previous = position + 24 * count;
        for (var i = 0; i < count; i++)
        {
            var span = data.AsSpan(position + 24 * i);
            var (start, table, end) = (BinaryPrimitives.ReadInt64LittleEndian(span), BinaryPrimitives.ReadInt64LittleEndian(span[8..]), BinaryPrimitives.ReadInt64LittleEndian(span[16..]));
            if (start != previous || table < start || end < table || end > data.Length)
            {
                throw new InvalidDataException("The build cache is truncated.");
            }

            readers[i] = new CacheReader(CacheTable.Read(data, (int)table, (int)end), (int)start);
            previous = end;
        }

        return previous == data.Length ? readers : throw new InvalidDataException("The build cache has more than its parts.");
    }

    /// <summary>Another reader of the same part at <paramref name="position"/>.</summary>
    public CacheReader At(int position) => new(Table, position);

    public int Int() => CacheTable.ReadInt(_data, ref _position);

    public long Long()
    {
        long result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Byte();
            result |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new FormatException("Bad number in the build cache.");
    }

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("Bad flag in the build cache."),
    };

    public Hash128 Hash()
    {
        var bytes = Take(16);
        return new Hash128(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
    }

    public byte[] Bytes() => Take(Int()).ToArray();

    /// <summary>The number a string was written under (0 for null), without decoding it.</summary>
    public int StringId() => Int();

    public string? NullableString()
    {
        var id = Int();
        return id == 0 ? null : Table[id];
    }

    public string String() => NullableString() ?? throw new InvalidDataException("Unexpected null string in the build cache.");

    public T[] List<T>(Func<T> read)
    {
        var count = Int();
        if (count > _data.Length - _position)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    public T? Optional<T>(Func<T> read)
        where T : class => Bool() ? read() : null;

    private byte Byte() => _position < _data.Length ? _data[_position++] : throw new InvalidDataException("The build cache is truncated.");

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        var span = _data.AsSpan(_position, count);
        _position += count;
        return span;
    }
}

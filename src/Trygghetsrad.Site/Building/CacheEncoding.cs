using System.Text;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Writes the build cache's binary form straight to its file: numbers as 7-bit varints, and each distinct
/// string once, in a table after the body (a large archive's pages share most of their links) whose offset
/// the header gives. Nothing of the size of the file is held in memory.
/// </summary>
internal sealed class CacheWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly BinaryWriter _writer;
    private readonly long _offsetAt;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>Starts a cache in <paramref name="stream"/> (seekable) with <paramref name="header"/> and <paramref name="version"/>.</summary>
    public CacheWriter(Stream stream, string header, int version)
    {
        _stream = stream;
        _writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        _writer.Write(header);
        _writer.Write(version);
        _offsetAt = stream.Position;
        _writer.Write(0L);
    }

    public void Int(int value) => _writer.Write7BitEncodedInt(value);

    public void Long(long value) => _writer.Write7BitEncodedInt64(value);

    public void Bool(bool value) => _writer.Write(value);

    public void Hash(UInt128 value)
    {
        _writer.Write((ulong)(value >> 64));
        _writer.Write((ulong)value);
    }

    public void Bytes(byte[] value)
    {
        Int(value.Length);
        _writer.Write(value);
    }

    /// <summary>A string or null, as its number in the string table (0 for null).</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _strings.Count + 1;
            _ids[value] = id;
            _strings.Add(value);
        }

        Int(id);
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

    /// <summary>Writes the string table after the body and its offset into the header.</summary>
    public void Finish()
    {
        var offset = _stream.Position;
        _writer.Write7BitEncodedInt(_strings.Count);
        foreach (var text in _strings)
        {
            _writer.Write(text);
        }

        _writer.Flush();
        _stream.Position = _offsetAt;
        _writer.Write(offset);
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>Reads what <see cref="CacheWriter"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
internal sealed class CacheReader
{
    private readonly BinaryReader _reader;
    private readonly string[] _strings;

    private CacheReader(BinaryReader reader, string[] strings)
    {
        _reader = reader;
        _strings = strings;
    }

    /// <summary>Opens a cache written with <paramref name="header"/> and <paramref name="version"/>; null for any other.</summary>
    public static CacheReader? Open(Stream stream, string header, int version)
    {
        var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: false);
        if (reader.ReadString() != header || reader.ReadInt32() != version)
        {
            return null;
        }

        var offset = reader.ReadInt64();
        var body = stream.Position;
        if (offset < body || offset >= stream.Length)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        stream.Position = offset;
        var strings = new string[reader.Read7BitEncodedInt() + 1];
        for (var i = 1; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        if (stream.Position != stream.Length)
        {
            throw new InvalidDataException("The build cache has more than its string table after the body.");
        }

        stream.Position = body;
        return new CacheReader(reader, strings);
    }

    public int Int() => _reader.Read7BitEncodedInt();

    public long Long() => _reader.Read7BitEncodedInt64();

    public bool Bool() => _reader.ReadBoolean();

    public UInt128 Hash()
    {
        var upper = _reader.ReadUInt64();
        return new UInt128(upper, _reader.ReadUInt64());
    }

    public byte[] Bytes() => _reader.ReadBytes(Int());

    public string? NullableString()
    {
        var id = Int();
        return id == 0 ? null : (uint)id < (uint)_strings.Length ? _strings[id] : throw new InvalidDataException("Bad string number in the build cache.");
    }

    public string String() => NullableString() ?? throw new InvalidDataException("Unexpected null string in the build cache.");

    public T[] List<T>(Func<T> read)
    {
        var items = new T[Int()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    public T? Optional<T>(Func<T> read)
        where T : class => Bool() ? read() : null;
}

using System.Text;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Writes the build cache's binary form: numbers as 7-bit varints, and each distinct string once in a table
/// in front of the body (a large archive's pages share most of their links).
/// </summary>
internal sealed class CacheWriter : IDisposable
{
    private readonly MemoryStream _body = new();
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public CacheWriter() => _writer = new BinaryWriter(_body, Encoding.UTF8, leaveOpen: true);

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

    /// <summary>A string or null, as its number in the string table.</summary>
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

    /// <summary>Writes <paramref name="header"/>, the string table and the body to <paramref name="stream"/>.</summary>
    public void CopyTo(Stream stream, string header, int version)
    {
        _writer.Flush();
        using var file = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        file.Write(header);
        file.Write(version);
        file.Write7BitEncodedInt(_strings.Count);
        foreach (var text in _strings)
        {
            file.Write(text);
        }

        file.Write7BitEncodedInt64(_body.Length);
        file.Flush();
        _body.Position = 0;
        _body.CopyTo(stream);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _body.Dispose();
    }
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

        var strings = new string[reader.Read7BitEncodedInt() + 1];
        for (var i = 1; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        var length = reader.Read7BitEncodedInt64();
        if (length != stream.Length - stream.Position)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

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

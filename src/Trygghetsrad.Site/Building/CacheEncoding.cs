using System.Buffers.Binary;
using System.Text;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Writes one part of the build cache's binary form (see <see cref="BuildCacheFile"/>): numbers as 7-bit varints,
/// and each distinct string once, in a table after the body. A <see cref="Block"/> is a record with a table of its
/// own, which a later cache copies whole.
/// </summary>
internal sealed class CacheWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _ids;

    // The table in id order.
    private readonly List<string> _strings;

    /// <summary>Starts one part of a cache in <paramref name="stream"/>: its body, then (<see cref="Finish"/>) its strings.</summary>
    /// <param name="stream">Where to write, from its start.</param>
    /// <param name="strings">
    /// About how many distinct strings it will have: a part of a large archive's cache has tens of thousands, and
    /// a table grown by doubling leaves as much garbage as it keeps.
    /// </param>
    public CacheWriter(Stream stream, int strings = 0)
    {
        _stream = stream;
        _writer = new BinaryWriter(stream, Utf8, leaveOpen: true);
        _ids = new(strings, StringComparer.Ordinal);
        _strings = new(strings);
    }

    public void Int(int value) => _writer.Write7BitEncodedInt(value);

    public void Long(long value) => _writer.Write7BitEncodedInt64(value);

    public void Bool(bool value) => _writer.Write(value);

    public void Hash(Hash128 value)
    {
        _writer.Write(value.High);
        _writer.Write(value.Low);
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        Int(value.Length);
        _writer.Write(value);
    }

    /// <summary>
    /// Writes what <paramref name="write"/> writes, with a string table of its own, behind its length in bytes: a
    /// record that a reader can pass over, read alone (see <see cref="CacheReader.Block"/>) or copy whole.
    /// </summary>
    public void Block(Action<CacheWriter> write) => Bytes(Record(write).Span);

    /// <summary>
    /// What <paramref name="write"/> writes, with a string table of its own: the bytes of a <see cref="Block"/>,
    /// made apart from any writer (records are made on several threads) and written with <see cref="Bytes"/>.
    /// </summary>
    public static ReadOnlyMemory<byte> Record(Action<CacheWriter> write) => new RecordWriter().Record(write);

    /// <summary>Forgets the strings written so far, for a new record in a cleared stream (see <see cref="RecordWriter"/>).</summary>
    public void Clear()
    {
        _ids.Clear();
        _strings.Clear();
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
            _strings.Add(value);
            id = _strings.Count;
            _ids[value] = id;
        }

        Int(id);
    }

    /// <summary>A list of strings (as <see cref="List{T}"/> with <see cref="String"/>, without a delegate per list).</summary>
    public void Strings(IReadOnlyCollection<string> items)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            String(item);
        }
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

    /// <summary>
    /// Writes the string table after the body: call once. Returns where the table starts in the stream. The table
    /// is the strings' UTF-8 one after another, then where each ends (fixed width) and their number, so a
    /// reader finds any string without going through the others.
    /// </summary>
    public long Finish()
    {
        _writer.Flush();
        var offset = _stream.Position;
        var ends = new int[_strings.Count];
        var end = 0;
        for (var i = 0; i < _strings.Count; i++)
        {
            end += Utf8.GetByteCount(_strings[i]);
            _writer.Write(_strings[i].AsSpan());
            ends[i] = end;
        }

        foreach (var e in ends)
        {
            _writer.Write(e);
        }

        _writer.Write(ends.Length);
        _writer.Flush();
        return offset;
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>
/// Makes records (see <see cref="CacheWriter.Record"/>) one after another in a buffer and a writer it keeps: a new
/// buffer per meeting record grew twice on the way to its 6-7 kB, and its string map as often. One per thread.
/// </summary>
internal sealed class RecordWriter
{
    private readonly MemoryStream _buffer = new(1 << 14);
    private readonly CacheWriter _writer;

    public RecordWriter() => _writer = new CacheWriter(_buffer);

    /// <summary>The bytes of what <paramref name="write"/> writes, with a string table of its own.</summary>
    public byte[] Record(Action<CacheWriter> write)
    {
        _buffer.SetLength(0);
        _writer.Clear();
        write(_writer);
        _writer.Finish();
        return _buffer.ToArray();
    }
}

/// <summary>
/// A cache part's bytes and string table. Strings are decoded when first asked for, so what a build never
/// looks at costs nothing but its bytes; finding one takes two numbers from the table's end. Thread-safe.
/// </summary>
internal sealed class CacheTable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int _strings;
    private readonly int _ends;
    private readonly string?[]? _decoded;

    private CacheTable(ReadOnlyMemory<byte> data, int strings, int ends, int count, bool keepDecoded)
    {
        _data = data;
        _strings = strings;
        _ends = ends;
        Count = count;
        _decoded = keepDecoded ? new string?[count + 1] : null;
    }

    /// <summary>The part's bytes.</summary>
    public ReadOnlyMemory<byte> Data => _data;

    /// <summary>How many strings the table has (numbered from 1).</summary>
    public int Count { get; }

    /// <summary>
    /// Reads the table that ends at <paramref name="end"/> of <paramref name="data"/>, after a body that starts at
    /// <paramref name="body"/>. Returns it with where it starts (where the body ends). With
    /// <paramref name="keepDecoded"/>, a string is decoded once however often it is asked for (a part's strings are
    /// shared by many entries); without, each time (a meeting's record asks for each once, and ten thousand
    /// records' arrays of decoded strings would cost more than they save).
    /// </summary>
    public static (CacheTable Table, int Start) Read(ReadOnlyMemory<byte> data, int body, int end, bool keepDecoded)
    {
        if (end - body < 4 || end > data.Length)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(data.Span[(end - 4)..]);
        var ends = end - 4 - (4L * count);
        if (count < 0 || ends < body)
        {
            throw new InvalidDataException("Bad string count in the build cache.");
        }

        var length = count == 0 ? 0 : BinaryPrimitives.ReadInt32LittleEndian(data.Span[((int)ends + (4 * (count - 1)))..]);
        var start = ends - length;
        if (length < 0 || start < body)
        {
            throw new InvalidDataException("Bad string table in the build cache.");
        }

        return (new CacheTable(data, (int)start, (int)ends, count, keepDecoded), (int)start);
    }

    /// <summary>String number <paramref name="id"/>.</summary>
    public string this[int id]
    {
        get
        {
            // Two threads may decode the same string at once; either copy will do.
            return _decoded is null ? Utf8.GetString(Encoded(id).Span) : _decoded[Checked(id)] ??= Utf8.GetString(Encoded(id).Span);
        }
    }

    /// <summary>The UTF-8 bytes of string number <paramref name="id"/>.</summary>
    public ReadOnlyMemory<byte> Encoded(int id)
    {
        var start = Checked(id) == 1 ? 0 : End(id - 1);
        var end = End(id);
        if (start < 0 || end < start || end > _ends - _strings)
        {
            throw new InvalidDataException("Bad string in the build cache.");
        }

        return _data.Slice(_strings + start, end - start);
    }

    /// <summary>Reads a 7-bit varint at <paramref name="position"/> of <paramref name="data"/> and moves past it.</summary>
    public static int ReadInt(ReadOnlySpan<byte> data, ref int position)
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

    private int Checked(int id) => (uint)id - 1 < (uint)Count ? id : throw new InvalidDataException("Bad string number in the build cache.");

    private int End(int id) => BinaryPrimitives.ReadInt32LittleEndian(_data.Span[(_ends + (4 * (id - 1)))..]);
}

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote, from one part's bytes in memory. <see cref="At"/> gives another
/// reader at a position of the same part, for what is read later or not at all.
/// </summary>
internal sealed class CacheReader
{
    private readonly ReadOnlyMemory<byte> _data;
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

    /// <summary>A reader at the start of a part: <paramref name="data"/> is its body, then its string table from <paramref name="table"/>.</summary>
    public static CacheReader Part(ReadOnlyMemory<byte> data, int table)
    {
        var (strings, start) = CacheTable.Read(data, 0, data.Length, keepDecoded: true);
        return start == table ? new(strings, 0) : throw new InvalidDataException("The build cache's string table is not where its header says.");
    }

    /// <summary>Another reader of the same part at <paramref name="position"/>.</summary>
    public CacheReader At(int position) => new(Table, position);

    /// <summary>A reader of <paramref name="table"/>'s part at <paramref name="position"/>.</summary>
    public static CacheReader Of(CacheTable table, int position) => new(table, position);

    public int Int() => CacheTable.ReadInt(_data.Span, ref _position);

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

    /// <summary>Bytes written by <see cref="CacheWriter.Bytes"/>, as a slice of the part (not copied).</summary>
    public ReadOnlyMemory<byte> Bytes()
    {
        var count = Int();
        var start = _position;
        Take(count);
        return _data.Slice(start, count);
    }

    /// <summary>
    /// A block written by <see cref="CacheWriter.Block"/>: its bytes (to copy whole), with a reader of it in
    /// <paramref name="inside"/>; this reader moves past it.
    /// </summary>
    public ReadOnlyMemory<byte> Block(out CacheReader inside)
    {
        var block = Bytes();
        var start = _position - block.Length;
        inside = new CacheReader(CacheTable.Read(_data, start, _position, keepDecoded: false).Table, start);
        return block;
    }

    /// <summary>The number a string was written under (0 for null), without decoding it.</summary>
    public int StringId() => Int();

    public string? NullableString()
    {
        var id = Int();
        return id == 0 ? null : Table[id];
    }

    public string String() => NullableString() ?? throw new InvalidDataException("Unexpected null string in the build cache.");

    /// <summary>A list written by <see cref="CacheWriter.Strings"/> (as <see cref="List{T}"/> with <see cref="String"/>, without a delegate per list).</summary>
    public string[] Strings()
    {
        var items = ListOf<string>();
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = String();
        }

        return items;
    }

    public T[] List<T>(Func<T> read)
    {
        var items = ListOf<T>();
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    // The array for a list, from its count. Most lists of a meeting's record (its warnings, for one) are empty:
    // one empty array serves them all.
    private T[] ListOf<T>()
    {
        var count = Int();
        if (count > _data.Length - _position)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        return count == 0 ? [] : new T[count];
    }

    public T? Optional<T>(Func<T> read)
        where T : class => Bool() ? read() : null;

    private byte Byte() => _position < _data.Length ? _data.Span[_position++] : throw new InvalidDataException("The build cache is truncated.");

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}

using System.Buffers.Binary;
using System.Text;
using Trygghetsrad.Site.Config;
using Trygghetsrad.Site.Content;
using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Output;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Search;
using Trygghetsrad.Site.Topics;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// Saves a <see cref="BuildCache"/> to one binary file and reads it back. A file of another format version,
/// or one that cannot be read, is no cache: the build then starts clean. The file is a header naming its
/// parts (settings, sources, meetings, pages, files), each a body followed by its own string table, so that
/// the parts are written and read on several threads at once. Each meeting is a record with a string table of
/// its own: a meeting the next build keeps unchanged is copied to its cache as bytes, not decoded and encoded
/// again (most of a large archive's cache is meetings, and an edit changes few).
/// </summary>
public static class BuildCacheFile
{
    private const string Header = "Trygghetsrad.Site build cache";

    // Settings, topics and terms; sources; meetings; pages; files with the index's shape.
    private const int Parts = 5;

    // Raise whenever what is written changes.
    private const int Version = 11;

    // The header: its text, the version, the number of parts and where each part starts, has its strings and ends.
    private const int MaxHeaderLength = 4096;

    /// <summary>Writes <paramref name="cache"/> to <paramref name="path"/> (through a temporary file, so a reader never sees half of it).</summary>
    public static void Save(BuildCache cache, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}-{Guid.NewGuid():N}");
        var topics = cache.Meetings.Values
            .SelectMany(m => m.Products?.Hits ?? [])
            .Select(h => h.Topic)
            .DistinctBy(t => t.Slug)
            .ToList();
        Part[] parts =
        [
            new(0, writer =>
            {
                writer.Hash(cache.Settings);
                writer.Hash(cache.Inputs);
                writer.String(cache.OutputDirectory);
                writer.List(topics, t =>
                {
                    writer.String(t.Slug);
                    writer.String(t.Name);
                    writer.String(t.Description);
                    writer.List(t.Match, writer.String);
                });
                writer.List(cache.Terms.Terms.ToList(), writer.String);
            }),
            new(4 * cache.Sources.Count, writer =>
            {
                var paths = Ordered(cache.Sources);
                writer.Int(paths.Length);
                foreach (var source in paths)
                {
                    WriteSource(writer, cache.Sources[source]);
                }
            }),
            new(cache.Meetings.Count, writer => WriteMeetings(writer, cache.Meetings)),
            new(2 * cache.Pages.Count, writer =>
            {
                var paths = Ordered(cache.Pages);
                writer.Int(paths.Length);
                foreach (var path in paths)
                {
                    writer.String(path);
                    writer.Hash(cache.Pages[path].Fingerprint);
                    var ids = cache.Pages[path].Ids.ToArray();
                    Array.Sort(ids, StringComparer.Ordinal);
                    writer.Strings(ids);
                }
            }),
            new(cache.Files.Count + cache.FileInputs.Count + cache.Numbering.Count, writer =>
            {
                writer.List(Ordered(cache.Files), path =>
                {
                    writer.String(path);
                    writer.Hash(cache.Files[path]);
                });
                writer.List(Ordered(cache.FileInputs), path =>
                {
                    writer.String(path);
                    writer.Hash(cache.FileInputs[path]);
                });
                writer.List(cache.Numbering, writer.String);
                writer.Int(cache.Index.Buckets);
                writer.List(cache.Index.BucketBytes, writer.Long);
                writer.List(Ordered(cache.Index.PostingsFiles), owner =>
                {
                    writer.String(owner);
                    writer.Int(cache.Index.PostingsFiles[owner]);
                });
            }),
        ];

        // Each part is written on its own thread to a file of its own (so the cache's size is never held in
        // memory), with its own strings; the parts are then put together behind a header that says where each
        // starts, where its strings start and where it ends.
        var streams = parts.Select((_, i) => new FileStream($"{temporary}.{i}", FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose)).ToArray();
        try
        {
            var tables = new long[parts.Length];
            Parallel.For(0, parts.Length, i =>
            {
                using var writer = new CacheWriter(streams[i], parts[i].Strings);
                parts[i].Write(writer);
                tables[i] = writer.Finish();
            });

            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                header.Write(Header);
                header.Write(Version);
                header.Write(parts.Length);
                var start = file.Position + 24L * parts.Length;
                for (var i = 0; i < parts.Length; i++)
                {
                    header.Write(start);
                    header.Write(start + tables[i]);
                    header.Write(start += streams[i].Length);
                }

                header.Flush();
                foreach (var stream in streams)
                {
                    stream.Position = 0;
                    stream.CopyTo(file);
                }
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the cache at <paramref name="path"/>; null when there is none or it is not one this generator can use.</summary>
    public static BuildCache? Load(string path)
    {
        try
        {
            var parts = PartsOf(MappedFile.Read(path));
            return parts is null ? null : Read(parts);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            // A missing, truncated or foreign file only means the build starts clean.
            return null;
        }
    }

    // A reader of each part, where the header says they are. The file is mapped, not read: what a build does not
    // look at is not even brought into memory, and a kept meeting's record is copied from it to the next cache.
    private static CacheReader[]? PartsOf(ReadOnlyMemory<byte> file)
    {
        var header = file.Span[..Math.Min(file.Length, MaxHeaderLength)];
        var position = 0;
        var text = Encoding.UTF8.GetBytes(Header);
        if (CacheTable.ReadInt(header, ref position) != text.Length || header.Length < position + text.Length + 8
            || !header.Slice(position, text.Length).SequenceEqual(text))
        {
            return null;
        }

        position += text.Length;
        if (BinaryPrimitives.ReadInt32LittleEndian(header[position..]) != Version)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(header[(position + 4)..]);
        position += 8;
        if (count is < 0 or > 64 || header.Length < position + (24 * count))
        {
            throw new InvalidDataException("The build cache is truncated.");
        }

        var parts = new CacheReader[count];
        long previous = position + (24 * count);
        for (var i = 0; i < count; i++)
        {
            var span = header[(position + (24 * i))..];
            var (start, table, end) = (BinaryPrimitives.ReadInt64LittleEndian(span), BinaryPrimitives.ReadInt64LittleEndian(span[8..]), BinaryPrimitives.ReadInt64LittleEndian(span[16..]));
            if (start != previous || table < start || end < table || end > file.Length)
            {
                throw new InvalidDataException("The build cache is truncated.");
            }

            parts[i] = CacheReader.Part(file[(int)start..(int)end], (int)(table - start));
            previous = end;
        }

        return previous == file.Length ? parts : throw new InvalidDataException("The build cache has more than its parts.");
    }

    // A part of the file: what writes it, and about how many distinct strings it has (mostly its keys: paths of
    // meeting files, pages and files, and a meeting file's slug, title and place), so that its table is made that size.
    private sealed record Part(int Strings, Action<CacheWriter> Write);

    private static bool IsDamage(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or OverflowException or IndexOutOfRangeException
        || ex is AggregateException aggregate && aggregate.InnerExceptions.All(IsDamage);

    /// <summary>Removes the cache at <paramref name="path"/>, if any: done before a build changes the site it describes.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static BuildCache Read(CacheReader[] parts)
    {
        if (parts.Length != Parts)
        {
            throw new InvalidDataException("The build cache has another number of parts.");
        }

        var reader = parts[0];
        var settings = reader.Hash();
        var inputs = reader.Hash();
        var output = reader.String();
        var topics = reader.List(() => new TopicDefinition(reader.String(), reader.String(), reader.String(), reader.Strings()))
            .ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var terms = new TermTable(reader.Strings());

        // The parts are independent: read on as many threads as there are, a large archive's cache is tens of megabytes.
        Dictionary<string, MeetingSource> sources = [];
        Dictionary<string, CachedMeeting> meetings = [];
        Dictionary<string, CachedPage> pages = [];
        Dictionary<string, Hash128> files = [], fileInputs = [];
        string[] numbering = [];
        IndexState? index = null;
        Parallel.Invoke(
            () =>
            {
                var part = parts[1];
                sources = Map(part, () => ReadSource(part), s => s.Path);
            },
            () =>
            {
                var part = parts[2];
                var count = part.Int();
                meetings = new(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var path = part.String();
                    var record = part.Block(out var inside);
                    meetings.Add(path, ReadMeeting(inside, topics, record));
                }
            },
            () =>
            {
                var part = parts[3];
                pages = Map(part, () => new CachedPage(part.Hash(), part.Strings()));
            },
            () =>
            {
                var part = parts[4];
                files = Map(part, part.Hash);
                fileInputs = Map(part, part.Hash);
                numbering = part.Strings();
                index = new IndexState(
                    part.Int(),
                    part.List(part.Long),
                    Map(part, part.Int));
            });
        return new BuildCache
        {
            Settings = settings,
            Inputs = inputs,
            OutputDirectory = output,
            Sources = sources,
            Meetings = meetings,
            Pages = pages,
            Files = files,
            FileInputs = fileInputs,
            Terms = terms,
            Numbering = numbering,
            Index = index!,
        };
    }

    // Keys sorted, so the same cache always makes the same file. (Keys, not entries, and loops, not LINQ, in
    // reading and writing: the framework's code over pairs and tuples of our types is compiled at run time.)
    private static string[] Ordered<T>(IReadOnlyDictionary<string, T> map)
    {
        var keys = new string[map.Count];
        var i = 0;
        foreach (var key in map.Keys)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    // A map written as its count, then each key followed by its value.
    private static Dictionary<string, T> Map<T>(CacheReader part, Func<T> value)
    {
        var count = part.Int();
        var map = new Dictionary<string, T>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map.Add(part.String(), value());
        }

        return map;
    }

    // A map written as its count, then each value, which carries its key.
    private static Dictionary<string, T> Map<T>(CacheReader part, Func<T> value, Func<T, string> key)
    {
        var count = part.Int();
        var map = new Dictionary<string, T>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var item = value();
            map.Add(key(item), item);
        }

        return map;
    }

    // Each meeting behind its file's path, in path order. Meetings this build made are encoded on every core, a
    // batch at a time (encoding a clean build's ten thousand records on one thread was most of saving its cache);
    // a kept meeting's record is copied as it was read.
    private static void WriteMeetings(CacheWriter writer, IReadOnlyDictionary<string, CachedMeeting> meetings)
    {
        var paths = Ordered(meetings);
        var records = new ReadOnlyMemory<byte>[Math.Min(paths.Length, 512)];
        using var recorders = new ThreadLocal<RecordWriter>(() => new RecordWriter());
        writer.Int(paths.Length);
        for (var start = 0; start < paths.Length; start += records.Length)
        {
            var first = start;
            var count = Math.Min(records.Length, paths.Length - first);
            Parallel.For(0, count, i =>
            {
                var meeting = meetings[paths[first + i]];
                records[i] = meeting.Encoded.IsEmpty ? recorders.Value!.Record(w => WriteMeeting(w, meeting)) : meeting.Encoded;
            });
            for (var i = 0; i < count; i++)
            {
                writer.String(paths[first + i]);
                writer.Bytes(records[i].Span);
            }
        }
    }

    private static void WriteSource(CacheWriter writer, MeetingSource source)
    {
        writer.String(source.Path);
        writer.Long(source.Stamp.Length);
        writer.Long(source.Stamp.LastWriteTicks);
        writer.Long(source.ReadAtTicks);
        writer.Hash(source.Hash);
        var m = source.Meeting;
        writer.String(m.Slug);
        writer.String(m.SourcePath);
        writer.Int(m.Date.DayNumber);
        Time(writer, m.Start);
        Time(writer, m.End);
        writer.String(m.Location);
        writer.Int(m.Participants.Count);
        foreach (var group in m.Participants)
        {
            writer.String(group.Name);
            writer.Strings(group.Members);
        }

        writer.Strings(m.ListedTopics);
        writer.Bool(m.NextMeeting is not null);
        if (m.NextMeeting is { } next)
        {
            writer.Int(next.Date.DayNumber);
            Time(writer, next.Start);
            Time(writer, next.End);
            writer.String(next.Location);
        }
        writer.String(m.NoteTaker);
        writer.String(m.Title);
        writer.Bool(m.Draft);

        // The text is not kept: a meeting whose page must be made again is read again (ContentLoader.ReadAgain).
        writer.Int(m.BodyStartLine);
        WriteDiagnostics(writer, source.Diagnostics);
    }

    private static MeetingSource ReadSource(CacheReader reader)
    {
        var path = reader.String();
        var stamp = new FileStamp(reader.Long(), reader.Long());
        var readAt = reader.Long();
        var hash = reader.Hash();
        var meeting = new Meeting(
            reader.String(),
            reader.String(),
            DateOnly.FromDayNumber(reader.Int()),
            Time(reader),
            Time(reader),
            reader.NullableString(),
            reader.List(() => new ParticipantGroup(reader.NullableString(), reader.Strings())),
            reader.Strings(),
            reader.Optional(() => new NextMeeting(DateOnly.FromDayNumber(reader.Int()), Time(reader), Time(reader), reader.NullableString())),
            reader.NullableString(),
            reader.NullableString(),
            reader.Bool(),
            "",
            reader.Int());
        return new MeetingSource(path, stamp, readAt, hash, meeting, ReadDiagnostics(reader), BodyOmitted: true);
    }

    // A record with its own strings: copied whole to the next cache while the meeting is unchanged. What every
    // build reads of a kept meeting comes first; its list entry and section links last, read only when asked for.
    private static void WriteMeeting(CacheWriter writer, CachedMeeting meeting)
    {
        writer.Hash(meeting.Hash);
        WriteDiagnostics(writer, meeting.Diagnostics);
        writer.Optional(meeting.Products, p =>
        {
            writer.Hash(p.PageFingerprint);
            writer.Hash(p.DataHash);
            writer.Hash(p.SummaryHash);
            writer.String(p.Url);
            writer.List(p.Hits, h =>
            {
                writer.String(h.Topic.Slug);
                LazyMentions.Write(writer, h.Mentions);
                writer.Bool(h.Listed);
            });
            writer.Bytes(p.Terms.Span);
            var s = p.Summary;
            writer.String(s.Title);
            writer.String(s.DateText);
            writer.String(s.DateWithWeekday);
            writer.String(s.DateIso);
            writer.String(s.TimeText);
            writer.String(s.Location);
            writer.String(s.LinkText);
            writer.List(s.Topics, t =>
            {
                writer.String(t.Url);
                writer.String(t.Name);
                writer.String(t.Slug);
            });
            writer.List(s.Headings, writer.String);
            writer.List(p.Sections, l =>
            {
                writer.String(l.Id);
                writer.String(l.Heading);
                writer.String(l.Url);
            });
        });
    }

    private static CachedMeeting ReadMeeting(CacheReader reader, Dictionary<string, TopicDefinition> topics, ReadOnlyMemory<byte> record) => new(
        reader.Hash(),
        ReadDiagnostics(reader),
        reader.Optional(() => ReadProducts(reader, topics)))
    {
        Encoded = record,
    };

    private static MeetingProducts ReadProducts(CacheReader reader, Dictionary<string, TopicDefinition> topics)
    {
        var (page, data, summaryHash, url) = (reader.Hash(), reader.Hash(), reader.Hash(), reader.String());
        var hits = reader.List(() => new TopicHit(
            topics.GetValueOrDefault(reader.String()) ?? throw new InvalidDataException("A topic the build cache does not have."),
            LazyMentions.Skip(reader),
            reader.Bool()));
        var terms = reader.Bytes();
        var details = reader.Position;
        return new MeetingProducts(page, url, hits, terms, data, summaryHash, () => ReadEntry(reader.At(details), url));
    }

    private static MeetingEntry ReadEntry(CacheReader reader, string url) => new(
        new MeetingSummary(
            url,
            reader.String(),
            reader.String(),
            reader.String(),
            reader.String(),
            reader.String(),
            reader.NullableString(),
            reader.String(),
            reader.List(() => new TopicRef(reader.String(), reader.String(), reader.String())),
            reader.Strings()),
        reader.List(() => new SectionLink(reader.String(), reader.String(), reader.String())));

    private static void WriteDiagnostics(CacheWriter writer, IReadOnlyList<Diagnostic> diagnostics) =>
        writer.List(diagnostics, d =>
        {
            writer.String(d.Location.Path);
            writer.Int(d.Location.Line);
            writer.Int(d.Location.Column);
            writer.Int((int)d.Severity);
            writer.String(d.Message);
        });

    private static Diagnostic[] ReadDiagnostics(CacheReader reader) =>
        reader.List(() => new Diagnostic(new SourceLocation(reader.String(), reader.Int(), reader.Int()), (Severity)reader.Int(), reader.String()));

    private static void Time(CacheWriter writer, TimeOnly? time) => writer.Long(time is { } t ? t.Ticks + 1 : 0);

    private static TimeOnly? Time(CacheReader reader) => reader.Long() is var ticks and > 0 ? new TimeOnly(ticks - 1) : null;
}

using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;
using Trygghetsrad.Site.Rendering;
using Trygghetsrad.Site.Content;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// A hash of everything an output depends on, built up value by value. Two builds that give a page the same
/// fingerprint give it the same bytes, so an incremental build keeps the page instead of rendering it.
/// </summary>
internal sealed class Fingerprint
{
    private readonly XxHash128 _hash = new();

    /// <summary>Starts a fingerprint for outputs of the kind <paramref name="kind"/>.</summary>
    public Fingerprint(string kind) => Add(kind);

    /// <summary>The hash of what was added.</summary>
    public Hash128 Value => Hash128.Of(_hash);

    /// <summary>Adds a string (or null, which differs from empty).</summary>
    public Fingerprint Add(string? value)
    {
        Add(value is null ? -1L : value.Length);
        _hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        return this;
    }

    /// <summary>Adds a number.</summary>
    public Fingerprint Add(long value)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in value)));
        return this;
    }

    /// <summary>Adds a hash.</summary>
    /// <remarks>
    /// As its two halves (the same bytes as the struct's): a span over the struct itself is framework code over
    /// our own value type, which ReadyToRun cannot compile ahead of time, so every call went through code
    /// compiled at run time.
    /// </remarks>
    public Fingerprint Add(Hash128 value) => Add((long)value.High).Add((long)value.Low);

    /// <summary>Adds bytes.</summary>
    public Fingerprint Add(ReadOnlySpan<byte> value)
    {
        Add(value.Length);
        _hash.Append(value);
        return this;
    }

    /// <summary>
    /// Adds a meeting's list entry, property by property: a large archive's topic pages list tens of thousands,
    /// too many to serialise. A test checks that every property counts.
    /// </summary>
    public Fingerprint Add(MeetingSummary summary)
    {
        Add(summary.Url).Add(summary.Title).Add(summary.DateText).Add(summary.DateWithWeekday).Add(summary.DateIso)
            .Add(summary.TimeText).Add(summary.Location).Add(summary.LinkText).Add(summary.Topics.Count);
        foreach (var topic in summary.Topics)
        {
            Add(topic.Url).Add(topic.Name).Add(topic.Slug);
        }

        Add(summary.Headings.Count);
        foreach (var heading in summary.Headings)
        {
            Add(heading);
        }

        return this;
    }

    /// <summary>
    /// Adds a topic page's pagination, property by property: a large archive has thousands of topic pages.
    /// A test checks that every property counts.
    /// </summary>
    public Fingerprint Add(Pagination pagination)
    {
        Add(pagination.Current).Add(pagination.Total).Add(pagination.PreviousUrl).Add(pagination.NextUrl).Add(pagination.Pages.Count);
        foreach (var page in pagination.Pages)
        {
            Add(page.Number).Add(page.Url).Add(page.Current ? 1 : 0).Add(page.GapBefore ? 1 : 0);
        }

        return this;
    }

    /// <summary>
    /// Adds a view model by every public property it has, recursively (as JSON): what a template can read of it.
    /// For models small enough to serialise on every build (list pages, summaries); the model's type must be
    /// one of <see cref="ModelJson"/>'s.
    /// </summary>
    public Fingerprint AddModel(object? model) =>
        Add(model is null ? [] : JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), ModelJson.Default));
}

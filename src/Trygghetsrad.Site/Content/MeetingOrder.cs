namespace Trygghetsrad.Site.Content;

/// <summary>The archive's one order of meetings: oldest first, then by slug, then by file, so it never depends on the sort.</summary>
public static class MeetingOrder
{
    /// <summary>Compares two meetings in the archive's order.</summary>
    public static int Compare(Meeting? a, Meeting? b) =>
        ReferenceEquals(a, b) ? 0
        : a is null ? -1
        : b is null ? 1
        : a.Date != b.Date ? a.Date.CompareTo(b.Date)
        : string.CompareOrdinal(a.Slug, b.Slug) is var bySlug and not 0 ? bySlug
        : string.CompareOrdinal(a.SourcePath, b.SourcePath);
}

namespace Trygghetsrad.Site.Search;

/// <summary>
/// The shape of a written search index, for an incremental build to rewrite only the parts a change touches
/// (<see cref="SearchIndexWriter.FinishChanged"/>).
/// </summary>
/// <param name="Buckets">How many phrase buckets there are.</param>
/// <param name="BucketBytes">Each bucket's share of the size that sets the number of buckets.</param>
/// <param name="PostingsFiles">
/// Every dictionary shard and phrase bucket written (by the owner name its long-list files carry: the shard,
/// or "b-" and the bucket number) and how many long-list files it has.
/// </param>
public sealed record IndexState(int Buckets, IReadOnlyList<long> BucketBytes, IReadOnlyDictionary<string, int> PostingsFiles);

using System.Text.Json.Serialization;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Building;

/// <summary>
/// The view models <see cref="Fingerprint.AddModel"/> serialises, with their JSON metadata made at compile time.
/// Reflection-based serialisation emitted a getter for every property and set up converters for every
/// primitive type on each build: some 150 methods compiled at run time, more than the pages' own code.
/// A test checks that every page model is here.
/// </summary>
[JsonSerializable(typeof(TopicSummary))]
[JsonSerializable(typeof(HomePage))]
[JsonSerializable(typeof(MeetingPage))]
[JsonSerializable(typeof(MeetingsPage))]
[JsonSerializable(typeof(YearPage))]
[JsonSerializable(typeof(TopicsPage))]
[JsonSerializable(typeof(TopicPage))]
[JsonSerializable(typeof(SearchPage))]
[JsonSerializable(typeof(NotFoundPage))]
[JsonSerializable(typeof(StatementPage))]
[JsonSerializable(typeof(OpenDataPage))]
internal sealed partial class ModelJson : JsonSerializerContext;

using System.Collections.Frozen;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// The member tables of every view model type a template can reach: the types implementing <see cref="IPage"/>, the
/// types of the values put into a template's globals, and the types of their members, transitively. They are
/// generated at compile time (src/Trygghetsrad.Site.Generators, <c>ModelAccessorGenerator</c>), so a natively
/// compiled build reads models without reflection, and a model needs no attribute to be found.
/// </summary>
internal static partial class ModelAccessors
{
    /// <summary>The accessor of each model type (the exact run-time type, not a base or interface).</summary>
    public static FrozenDictionary<Type, ModelAccessor> ByType { get; } = Generated().ToFrozenDictionary();

    private static partial Dictionary<Type, ModelAccessor> Generated();
}

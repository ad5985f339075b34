using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// Reads a view model's properties for Scriban through delegates bound to their getters, and leaves all else
/// to Scriban's own accessor for the type. Scriban reads a property by reflection, for which .NET emits an
/// invoke stub per property on its second read: over a hundred methods compiled at run time on every build.
/// A delegate calls the getter as compiled ahead of time (and faster than reflection).
/// </summary>
internal sealed class ModelAccessor : IObjectAccessor
{
    private readonly IObjectAccessor _scriban;
    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);

    /// <summary>
    /// An accessor for <paramref name="target"/>'s type that reads the properties <paramref name="scriban"/>
    /// (Scriban's accessor for it, made by <paramref name="context"/>) has, named as the context names them.
    /// </summary>
    public ModelAccessor(object target, IObjectAccessor scriban, TemplateContext context)
    {
        _scriban = scriban;
        var type = target.GetType();
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            var name = context.MemberRenamer(property);
            if (property.GetMethod is { IsPublic: true } get && property.GetIndexParameters().Length == 0 && scriban.HasMember(context, default, target, name))
            {
                // A parameterless constructor runs without an invoke stub; the getter's types come from Bind's instantiation.
                var binder = (Binder)Activator.CreateInstance(typeof(Binder<,>).MakeGenericType(type, property.PropertyType))!;
                _getters.TryAdd(name, binder.Bind(get));
            }
        }
    }

    /// <inheritdoc />
    public bool HasIndexer => _scriban.HasIndexer;

    /// <inheritdoc />
    public Type? IndexType => _scriban.IndexType;

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }

        return _scriban.TryGetValue(context, span, target, member, out value);
    }

    /// <inheritdoc />
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scriban.GetMemberCount(context, span, target);

    /// <inheritdoc />
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scriban.GetMembers(context, span, target);

    /// <inheritdoc />
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _scriban.HasMember(context, span, target, member);

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _scriban.TrySetValue(context, span, target, member, value);

    /// <inheritdoc />
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _scriban.TryGetItem(context, span, target, index, out value);

    /// <inheritdoc />
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _scriban.TrySetItem(context, span, target, index, value);

    private abstract class Binder
    {
        public abstract Func<object, object?> Bind(MethodInfo getter);
    }

    // One per model type and property type; for reference-type properties the shared code of all of them.
    private sealed class Binder<TTarget, TValue> : Binder
    {
        public override Func<object, object?> Bind(MethodInfo getter)
        {
            var read = getter.CreateDelegate<Func<TTarget, TValue>>();
            return target => read((TTarget)target);
        }
    }
}

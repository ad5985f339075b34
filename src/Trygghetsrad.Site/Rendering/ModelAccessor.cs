using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Trygghetsrad.Site.Rendering;

/// <summary>
/// How templates read one view model type: its members by their snake_case names, each through a getter compiled
/// with the generator (<see cref="ModelAccessors"/>), with no reflection at run time. The members are those Scriban's
/// own accessor would show, in its order. Models are read-only to templates: setting a member fails the render.
/// </summary>
internal sealed class ModelAccessor : IObjectAccessor
{
    private readonly FrozenDictionary<string, ModelMember> _byName;

    /// <summary>An accessor over <paramref name="members"/>, named as templates name them.</summary>
    public ModelAccessor(IReadOnlyList<ModelMember> members)
    {
        Members = members;
        _byName = members.ToFrozenDictionary(member => member.Name, StringComparer.Ordinal);
    }

    /// <summary>The members, in the order Scriban lists them.</summary>
    public IReadOnlyList<ModelMember> Members { get; }

    /// <inheritdoc />
    public bool HasIndexer => false;

    /// <inheritdoc />
    public Type? IndexType => null;

    /// <summary>The member named <paramref name="name"/> (as templates name it), or null.</summary>
    public ModelMember? Find(string name) => _byName.GetValueOrDefault(name);

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_byName.TryGetValue(member, out var found))
        {
            value = found.Get(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => Members.Count;

    /// <inheritdoc />
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Members.Select(member => member.Name);

    /// <inheritdoc />
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _byName.ContainsKey(member);

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    /// <inheritdoc />
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
}

/// <summary>A view model member as templates see it.</summary>
/// <param name="Name">Its name in templates: Scriban's snake_case of the C# name (<c>DateText</c> → <c>date_text</c>).</param>
/// <param name="Type">Its declared type.</param>
/// <param name="Get">Reads it from an instance of the model type.</param>
internal sealed record ModelMember(string Name, Type Type, Func<object, object?> Get);

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Trygghetsrad.Site.Generators;

/// <summary>
/// Finds the types templates can reach and the members Scriban would show of each. The roots are every type that
/// implements <c>IPage</c> (a page's model, <c>page</c> in its template) or <c>IPartModel</c> (the model of a part
/// of a page, <c>page</c> in the part's template) and every type the compilation puts into a
/// Scriban <c>ScriptObject</c> (the globals: <c>site</c>, <c>urls</c>, …). From them it follows the declared type of
/// every member: a type of the compilation is a model; a list, array or other generic type leads on to its type
/// arguments; an interface or abstract class leads on to the compilation's types that implement it. No attribute
/// on a model and no file name is needed, so models can move between files freely.
/// </summary>
internal sealed class ModelDiscovery
{
    public const string PageInterface = "Trygghetsrad.Site.Rendering.IPage";

    public const string PartInterface = "Trygghetsrad.Site.Rendering.IPartModel";

    // global::-qualified, without nullable reference annotations: usable in a cast and in typeof.
    private static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellation;
    private readonly INamedTypeSymbol? _enumerable;
    private readonly List<INamedTypeSymbol> _sourceTypes = [];
    private readonly HashSet<INamedTypeSymbol> _seen = new(SymbolEqualityComparer.Default);
    private readonly List<ModelType> _types = [];
    private readonly List<ModelProblem> _problems = [];

    private ModelDiscovery(Compilation compilation, CancellationToken cancellation)
    {
        _compilation = compilation;
        _cancellation = cancellation;
        _enumerable = compilation.GetSpecialType(SpecialType.System_Collections_IEnumerable);
        CollectSourceTypes(compilation.Assembly.GlobalNamespace);
    }

    /// <summary>The models reachable from the page types and from <paramref name="globalRoots"/> (declaration ids of types put into a ScriptObject).</summary>
    public static ModelSet Discover(Compilation compilation, IEnumerable<string> globalRoots, CancellationToken cancellation)
    {
        var discovery = new ModelDiscovery(compilation, cancellation);
        discovery.Run(globalRoots);
        return new ModelSet(
            new EquatableArray<ModelType>([.. discovery._types.OrderBy(t => t.TypeName, System.StringComparer.Ordinal)]),
            new EquatableArray<ModelProblem>([.. discovery._problems.OrderBy(p => p.TypeName, System.StringComparer.Ordinal)]));
    }

    /// <summary>The declaration ids of the compilation's own named types within <paramref name="type"/> (itself, array elements, type arguments).</summary>
    public static ImmutableArray<string> SourceTypeIds(ITypeSymbol? type, IAssemblySymbol assembly) =>
        [.. NamedTypesWithin(type)
            .Where(named => SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly))
            .Select(named => DocumentationCommentId.CreateDeclarationId(named.OriginalDefinition))
            .OfType<string>()];

    private void Run(IEnumerable<string> globalRoots)
    {
        var page = _compilation.GetTypeByMetadataName(PageInterface);
        if (page is null)
        {
            _problems.Add(new ModelProblem(ModelDiagnostics.NoPageInterface.Id, PageInterface, "the interface is not in the compilation"));
        }
        else
        {
            Visit(page);
        }

        // A compilation without page parts has no such interface, and needs none.
        if (_compilation.GetTypeByMetadataName(PartInterface) is { } part)
        {
            Visit(part);
        }

        foreach (var id in globalRoots.Distinct().OrderBy(id => id, System.StringComparer.Ordinal))
        {
            if (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, _compilation) is ITypeSymbol type)
            {
                Visit(type);
            }
        }
    }

    private void CollectSourceTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            _cancellation.ThrowIfCancellationRequested();
            if (member is INamespaceSymbol ns)
            {
                CollectSourceTypes(ns);
            }
            else if (member is INamedTypeSymbol type)
            {
                _sourceTypes.Add(type);
                CollectSourceTypes(type);
            }
        }
    }

    private void Visit(ITypeSymbol type)
    {
        foreach (var named in NamedTypesWithin(type))
        {
            if (!IsSource(named) || named.TypeKind is TypeKind.Enum or TypeKind.Delegate)
            {
                continue;
            }

            if (named.TypeKind == TypeKind.Interface || named.IsAbstract)
            {
                // A member of this type holds an instance of one of the compilation's types that implement it.
                foreach (var implementation in _sourceTypes.Where(t => !t.IsAbstract && t.TypeKind is TypeKind.Class or TypeKind.Struct && Implements(t, named)))
                {
                    Add(implementation);
                }
            }
            else
            {
                Add(named);
            }
        }
    }

    // The named types a type is made of: an array's element type, a generic type's arguments, then the type itself.
    private static IEnumerable<INamedTypeSymbol> NamedTypesWithin(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                foreach (var element in NamedTypesWithin(array.ElementType))
                {
                    yield return element;
                }

                break;
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments.SelectMany(NamedTypesWithin))
                {
                    yield return argument;
                }

                yield return named;
                break;
        }
    }

    private void Add(INamedTypeSymbol type)
    {
        if (!_seen.Add(type))
        {
            return;
        }

        _cancellation.ThrowIfCancellationRequested();
        if (_enumerable is not null && type.AllInterfaces.Contains(_enumerable, SymbolEqualityComparer.Default))
        {
            // Scriban reads a collection (or a ScriptObject) as a list or dictionary, not by its members; its items may be models.
            foreach (var item in type.AllInterfaces.Where(i => i.IsGenericType))
            {
                Visit(item);
            }

            return;
        }

        var name = type.ToDisplayString(TypeNameFormat);
        if (type.IsGenericType)
        {
            _problems.Add(new ModelProblem(ModelDiagnostics.GenericModel.Id, name, "a generic model type"));
            return;
        }

        if (!IsAccessible(type))
        {
            _problems.Add(new ModelProblem(ModelDiagnostics.InaccessibleModel.Id, name, "it or a type it is nested in is private or protected"));
            return;
        }

        var members = Members(type);
        _types.Add(new ModelType(name, new EquatableArray<ModelMember>([.. members.Select(m => m.Member)])));
        foreach (var (_, memberType) in members)
        {
            Visit(memberType);
        }
    }

    // As Scriban's TypedObjectAccessor lists them: from the type itself out to its last base before object, each
    // level's public instance fields (no constants) and then its public readable properties that are not indexers; a
    // name already taken (by a derived type's member) is skipped. Members marked ScriptMemberIgnore are left out, and
    // so are members of a ref struct type (such as ReadOnlySpan<char>), which cannot be boxed for a template.
    private static List<(ModelMember Member, ITypeSymbol Type)> Members(INamedTypeSymbol type)
    {
        var members = new List<(ModelMember, ITypeSymbol)>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        for (var level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
        {
            var declared = level.GetMembers();
            foreach (var field in declared.OfType<IFieldSymbol>())
            {
                if (field is { IsStatic: false, IsConst: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false } && Readable(field, field.Type))
                {
                    Include(field.Name, field.Type);
                }
            }

            foreach (var property in declared.OfType<IPropertySymbol>())
            {
                if (property is { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public, RefKind: RefKind.None }
                    && Readable(property, property.Type))
                {
                    Include(property.Name, property.Type);
                }
            }
        }

        return members;

        void Include(string clrName, ITypeSymbol memberType)
        {
            var templateName = ScribanNames.Rename(clrName);
            if (names.Add(templateName))
            {
                var typeName = memberType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat);
                members.Add((new ModelMember(templateName, clrName, typeName), memberType));
            }
        }
    }

    private static bool Readable(ISymbol member, ITypeSymbol type) =>
        !type.IsRefLikeType && type.TypeKind != TypeKind.Pointer && type.TypeKind != TypeKind.FunctionPointer
        && !member.GetAttributes().Any(a => a.AttributeClass is { Name: "ScriptMemberIgnoreAttribute", ContainingNamespace: { Name: "Runtime", ContainingNamespace.Name: "Scriban" } });

    private static bool Implements(INamedTypeSymbol candidate, INamedTypeSymbol baseOrInterface)
    {
        if (baseOrInterface.TypeKind == TypeKind.Interface)
        {
            return candidate.AllInterfaces.Contains(baseOrInterface, SymbolEqualityComparer.Default);
        }

        for (var type = candidate.BaseType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseOrInterface))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAccessible(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsSource(INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly);
}

using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Trygghetsrad.Site.Generators;

/// <summary>
/// Generates the member tables through which templates read the site's view models (<c>ModelAccessors.Generated</c>
/// in <c>Trygghetsrad.Site.Rendering</c>): for every model type, each member's snake_case name as Scriban's renamer
/// gives it, its declared type and a getter that calls the property directly. Scriban would otherwise find the
/// members by reflection at run time, which a native (ahead-of-time compiled, trimmed) build cannot do.
/// Which types are models is found from roots, not marked: see <see cref="ModelDiscovery"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelAccessorGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The types of the values the compilation puts into a ScriptObject (by indexer, SetValue or Add): the globals.
        var globalRoots = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => node is AssignmentExpressionSyntax or InvocationExpressionSyntax, GlobalRootsOf)
            .Where(static ids => ids.Count > 0)
            .Collect();

        var models = globalRoots
            .Combine(context.CompilationProvider)
            .Select(static (input, cancellation) => ModelDiscovery.Discover(input.Right, input.Left.SelectMany(static ids => ids.Items), cancellation));

        context.RegisterSourceOutput(models, static (output, set) =>
        {
            foreach (var problem in set.Problems)
            {
                output.ReportDiagnostic(Diagnostic.Create(ModelDiagnostics.For(problem.DiagnosticId), Location.None, problem.TypeName, problem.Reason));
            }

            output.AddSource("ModelAccessors.g.cs", ModelSourceWriter.Write(set));
        });
    }

    private static EquatableArray<string> GlobalRootsOf(GeneratorSyntaxContext context, CancellationToken cancellation)
    {
        var model = context.SemanticModel;
        ExpressionSyntax? value = null;
        ISymbol? target = null;
        switch (context.Node)
        {
            case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax or ElementAccessExpressionSyntax } assignment:
                target = model.GetSymbolInfo(assignment.Left, cancellation).Symbol;
                value = assignment.Right;
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "SetValue" or "Add" }, ArgumentList.Arguments.Count: >= 2 } invocation:
                target = model.GetSymbolInfo(invocation, cancellation).Symbol;
                value = invocation.ArgumentList.Arguments[1].Expression;
                break;
        }

        if (value is null || target is not (IPropertySymbol { IsIndexer: true } or IMethodSymbol) || !IsScriptObject(target.ContainingType))
        {
            return default;
        }

        return new EquatableArray<string>(ModelDiscovery.SourceTypeIds(model.GetTypeInfo(value, cancellation).Type, model.Compilation.Assembly));
    }

    private static bool IsScriptObject(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type is { Name: "ScriptObject", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "Scriban", ContainingNamespace.IsGlobalNamespace: true } } })
            {
                return true;
            }
        }

        return false;
    }
}

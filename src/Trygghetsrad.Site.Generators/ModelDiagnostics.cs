using Microsoft.CodeAnalysis;

namespace Trygghetsrad.Site.Generators;

/// <summary>Why the generator could not give a template-reachable type its member table. Each is an error: a page would fail at run time.</summary>
internal static class ModelDiagnostics
{
    public static readonly DiagnosticDescriptor InaccessibleModel = new(
        "TRG001",
        "Model type cannot be read by generated code",
        "Templates can reach '{0}', but {1}; make it public or internal",
        "Trygghetsrad.Templates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericModel = new(
        "TRG002",
        "Generic model type",
        "Templates can reach '{0}', {1}; model types must not be generic",
        "Trygghetsrad.Templates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoPageInterface = new(
        "TRG003",
        "No page interface",
        "Model accessors start from the types implementing '{0}', but {1}",
        "Trygghetsrad.Templates",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static DiagnosticDescriptor For(string id) => id switch
    {
        "TRG001" => InaccessibleModel,
        "TRG002" => GenericModel,
        _ => NoPageInterface,
    };
}

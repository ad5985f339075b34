namespace Trygghetsrad.Site.Generators;

/// <summary>Every model type templates can reach, with its members, and what stopped a type from being one.</summary>
internal sealed record ModelSet(EquatableArray<ModelType> Types, EquatableArray<ModelProblem> Problems);

/// <summary>A model type: its C# name (fully qualified, for generated code) and the members a template reads.</summary>
internal sealed record ModelType(string TypeName, EquatableArray<ModelMember> Members);

/// <summary>
/// A member as templates see it: <paramref name="TemplateName"/> is Scriban's snake_case name, <paramref name="ClrName"/> the
/// C# property or field it reads and <paramref name="TypeName"/> its declared type (fully qualified, for <c>typeof</c>).
/// </summary>
internal sealed record ModelMember(string TemplateName, string ClrName, string TypeName);

/// <summary>A type templates can reach that generated code cannot read (see <see cref="ModelDiagnostics"/>).</summary>
internal sealed record ModelProblem(string DiagnosticId, string TypeName, string Reason);

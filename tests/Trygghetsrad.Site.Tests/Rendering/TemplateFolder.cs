using Trygghetsrad.Site.Diagnostics;
using Trygghetsrad.Site.Rendering;

namespace Trygghetsrad.Site.Tests.Rendering;

/// <summary>A temporary templates folder with every template a build needs, empty unless a test writes it.</summary>
internal sealed class TemplateFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trygghetsrad-templates-");

    public TemplateFolder()
    {
        foreach (var name in TemplateSet.Required)
        {
            Write(name, "");
        }
    }

    /// <summary>Writes template <paramref name="name"/> (without <c>.sbn</c>).</summary>
    public TemplateFolder Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_folder.FullName, name + ".sbn"), text);
        return this;
    }

    /// <summary>The folder's templates, parsed.</summary>
    public TemplateSet Load() => TemplateSet.Load(_folder.FullName, new DiagnosticBag())!;

    public void Dispose() => _folder.Delete(recursive: true);
}

using Trygghetsrad.Site.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Trygghetsrad.Site.Tests.Workflows;

/// <summary>A workflow or action file of .github read as YAML: its jobs, their steps and what each step runs.</summary>
public sealed class WorkflowFile
{
    private WorkflowFile(YamlMappingNode root) => Root = root;

    /// <summary>The file's top mapping.</summary>
    public YamlMappingNode Root { get; }

    /// <summary>Reads <paramref name="path"/>, relative to the repository's root.</summary>
    public static WorkflowFile Read(string path)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryRoot.Path, path));
        yaml.Load(reader);
        return new WorkflowFile((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    /// <summary>The jobs by id.</summary>
    public IReadOnlyDictionary<string, YamlMappingNode> Jobs =>
        ((YamlMappingNode)Root["jobs"]).Children.ToDictionary(j => ((YamlScalarNode)j.Key).Value!, j => (YamlMappingNode)j.Value);

    /// <summary>The steps of the job <paramref name="job"/>, or of the composite action's <c>runs</c> when <paramref name="job"/> is null.</summary>
    public IReadOnlyList<YamlMappingNode> Steps(string? job = null)
    {
        var owner = job is null ? (YamlMappingNode)Root["runs"] : Jobs[job];
        return [.. ((YamlSequenceNode)owner["steps"]).Children.Cast<YamlMappingNode>()];
    }

    /// <summary>The step named <paramref name="name"/> of <paramref name="job"/>.</summary>
    public YamlMappingNode Step(string job, string name) => Steps(job).Single(s => Value(s, "name") == name);

    /// <summary>
    /// Runs the script of <paramref name="step"/> as the runner runs a bash step (bash -e -o pipefail), in
    /// <paramref name="folder"/> with <paramref name="environment"/> beside this process's variables.
    /// </summary>
    public static (int Code, string Stdout, string Stderr) Run(YamlMappingNode step, string folder, IReadOnlyDictionary<string, string> environment) =>
        ChildProcess.Run("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", Value(step, "run")!], folder, environment);

    /// <summary>The scalar under <paramref name="key"/> in <paramref name="node"/>, or null.</summary>
    public static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The mapping under <paramref name="key"/> in <paramref name="node"/> as names and values, or empty.</summary>
    public static IReadOnlyDictionary<string, string> Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => e.Value is YamlScalarNode s ? s.Value ?? "" : e.Value.ToString())
            : new Dictionary<string, string>();
}

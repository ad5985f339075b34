namespace Trygghetsrad.Site.Diagnostics;

/// <summary>
/// The output folder cannot be written or replaced. Its message is the reason in Swedish, one line, naming the
/// folder; the previous site is as it was.
/// </summary>
public sealed class OutputFolderException(string message, Exception? inner = null) : IOException(message, inner);

using System.Text;

namespace Trygghetsrad.Site.Diagnostics;

/// <summary>Reads a content file as strict UTF-8, turning unreadable or mis-encoded files into diagnostics.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The error at a symbolic link, wherever it is met (the same text everywhere, so it is reported once).</summary>
    public const string LinkMessage = "symboliska länkar följs inte, så att inget utanför innehålls- och mallmapparna kan läsas eller publiceras – lägg in själva filen eller mappen i stället";

    /// <summary>
    /// The file's text with any BOM removed and line endings made '\n'; null (with a diagnostic) when it cannot be
    /// read. A symbolic link is not followed, and an empty file is not opened (a named pipe looks empty and would
    /// block the read for ever).
    /// </summary>
    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var file = new FileInfo(path);
            if (file.LinkTarget is not null)
            {
                diagnostics.Error(SourceLocation.StartOf(displayPath), LinkMessage);
                return null;
            }

            bytes = file.Length == 0 ? [] : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(displayPath), $"filen kan inte läsas: {ex.Message}");
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>Decodes bytes as strict UTF-8; reports the line and column of the first invalid byte.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        // Checked first, then decoded straight into the string: no character array between.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Normalize(StrictUtf8.GetString(bytes));
        }

        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
        var prefix = StrictUtf8.GetString(bytes[..valid]).Replace("\r\n", "\n", StringComparison.Ordinal);
        var line = prefix.Count(c => c == '\n') + 1;
        var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
        diagnostics.Error(
            new SourceLocation(displayPath, line, column),
            $"filen är inte sparad som UTF-8 (ogiltig byte 0x{bytes[valid]:X2}) – spara den som UTF-8, så blir å, ä och ö rätt");
        return null;
    }

    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
}

using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Trygghetsrad.Site.Content;

/// <summary>
/// Markdig writes a pipe table's column alignment as <c>style="text-align: …"</c>, which the site's
/// Content-Security-Policy (<c>style-src 'self'</c>) blocks, so right-aligned numbers would silently lose their
/// alignment. This moves the alignment to classes the stylesheet styles: <c>text-hoger</c> and <c>text-mitten</c>.
/// </summary>
public static class TableAlignment
{
    /// <summary>Rewrites every table of <paramref name="document"/>; runs once, right after parsing.</summary>
    public static void ToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                    var css = index < columns.Count ? columns[index].Alignment switch
                    {
                        TableColumnAlign.Right => "text-hoger",
                        TableColumnAlign.Center => "text-mitten",
                        _ => null,
                    } : null;
                    if (css is not null)
                    {
                        cell.GetAttributes().AddClass(css);
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }
}

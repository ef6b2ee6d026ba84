using System.Text;

namespace CarePortal.Web.Features.Site;

/// <summary>RFC 4180 CSV, with cells that a spreadsheet would run as a formula (= + - @, tab, return) made plain text by a leading apostrophe.</summary>
public static class Csv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];

    public static string Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, headers);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return text.ToString();
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0)
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}

using System.Globalization;
using System.Net;
using System.Text;

namespace CarePortal.Web.Features.Reports;

/// <summary>One series of a bar chart: its name, colour and a value per row.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double> Values);

/// <summary>
/// A horizontal bar chart as inline SVG, drawn by hand (a few rects and texts; no served library draws SVG without a native
/// graphics stack): 340 units wide so that it fits a 375 px phone, label above each bar so long names never squeeze it,
/// and a title and description that screen readers read, beside the table that holds the same numbers.
/// </summary>
public static class BarChart
{
    private const double Width = 340;
    private const double BarHeight = 12;
    private const double LabelHeight = 16;
    private const double LegendHeight = 22;

    public static string Render(string id, string title, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        var max = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var rowHeight = LabelHeight + (series.Count * (BarHeight + 2)) + 8;
        var top = series.Count > 1 ? LegendHeight : 4;
        var height = top + (labels.Count * rowHeight) + 4;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {N(Width)} {N(height)}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{E(Describe(labels, series, format))}</desc>");
        if (series.Count > 1)
        {
            var x = 0.0;
            foreach (var s in series)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{s.Colour}\"/><text x=\"{N(x + 16)}\" y=\"14\" font-size=\"12\" fill=\"#222\">{E(s.Name)}</text>");
                x += 24 + (s.Name.Length * 7);
            }
        }

        if (labels.Count == 0)
        {
            svg.Append("<text x=\"0\" y=\"16\" font-size=\"12\" fill=\"#222\">No data in this range.</text>");
        }

        for (var row = 0; row < labels.Count; row++)
        {
            var y = top + (row * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{N(y + 12)}\" font-size=\"12\" fill=\"#222\">{E(labels[row])}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[row];
                var barY = y + LabelHeight + (s * (BarHeight + 2));
                var length = max <= 0 ? 0 : value / max * (Width - 90);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"0\" y=\"{N(barY)}\" width=\"{N(Math.Max(length, value > 0 ? 1 : 0))}\" height=\"{N(BarHeight)}\" fill=\"{series[s].Colour}\"/>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{N(length + 4)}\" y=\"{N(barY + 10)}\" font-size=\"11\" fill=\"#222\">{E(format(value))}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The chart in one sentence per row, for screen readers (the table below it has the same numbers).</summary>
    public static string Describe(IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, Func<double, string> format) =>
        labels.Count == 0 ? "No data in this range."
            : string.Join(" ", labels.Select((label, row) => $"{label}: " + string.Join(", ", series.Select(s => $"{s.Name} {format(s.Values[row])}")) + "."));

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

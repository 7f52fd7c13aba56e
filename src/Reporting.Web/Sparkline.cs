using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Reporting.Web;

/// <summary>A small inline SVG line of a trend (numbers only, so nothing from users reaches the markup).</summary>
public static class Sparkline
{
    private const int Width = 96;
    private const int Height = 24;

    public static IHtmlContent Svg(IReadOnlyList<decimal?> values)
    {
        var known = values.Select((v, i) => (Value: v, Index: i)).Where(p => p.Value is not null).ToList();
        if (known.Count < 2)
        {
            return HtmlString.Empty;
        }

        var min = known.Min(p => p.Value!.Value);
        var max = known.Max(p => p.Value!.Value);
        var span = max == min ? 1m : max - min;
        var step = (Width - 4) / (double)Math.Max(1, values.Count - 1);
        var points = new StringBuilder();
        foreach (var (value, index) in known)
        {
            var x = 2 + (index * step);
            var y = Height - 2 - (double)((value!.Value - min) / span * (Height - 4));
            points.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        var last = points.ToString().TrimEnd().Split(' ')[^1].Split(',');
        return new HtmlString(
            $"<svg class=\"spark\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-hidden=\"true\">" +
            $"<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"{points.ToString().TrimEnd()}\"/>" +
            $"<circle cx=\"{last[0]}\" cy=\"{last[1]}\" r=\"2.2\" fill=\"currentColor\"/></svg>");
    }
}

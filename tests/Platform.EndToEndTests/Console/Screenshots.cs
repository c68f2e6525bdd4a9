using SkiaSharp;

namespace Platform.EndToEndTests.Console;

/// <summary>Whether a screenshot shows something: a blank or failed page has a colour or two, a rendered one many.</summary>
internal static class Screenshots
{
    public static int DistinctColours(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The screenshot is not a PNG.");
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        return colours.Count;
    }
}

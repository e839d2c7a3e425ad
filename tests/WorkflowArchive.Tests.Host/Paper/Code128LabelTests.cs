using WorkflowArchive.Host.Printing;
using ZXing;
using ZXing.Common;
using ZXing.OneD;

namespace WorkflowArchive.Tests.Paper;

/// <summary>The bars the labels draw are a Code128 a scanner reads back as the box code.</summary>
public sealed class Code128LabelTests
{
    [Theory]
    [InlineData("A-01")]
    [InlineData("SF-2027-000801")]
    [InlineData("REM-2029-00001")]
    public void The_drawn_bars_decode_to_the_text(string text) => Assert.Equal(text, Decode(Code128Pattern.Bars(text)));

    /// <summary>Rebuilds the scan line from the drawn bars (quiet zones on both sides) and decodes it with ZXing's Code128Reader.</summary>
    public static string Decode(IReadOnlyList<(int Start, int Width)> bars)
    {
        var length = bars[^1].Start + bars[^1].Width + 2 * Code128Pattern.QuietZone;
        var row = new BitArray(length);
        foreach (var (start, width) in bars)
            for (var i = 0; i < width; i++) row[Code128Pattern.QuietZone + start + i] = true;
        var result = new Code128Reader().decodeRow(0, row, new Dictionary<DecodeHintType, object>());
        Assert.NotNull(result);
        Assert.Equal(BarcodeFormat.CODE_128, result.BarcodeFormat);
        return result.Text;
    }
}

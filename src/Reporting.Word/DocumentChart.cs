namespace Reporting.Word;

/// <summary>A chart placed in the report document: its caption, the PNG image, and the size it is shown at in points.</summary>
public sealed record DocumentChart(string Title, byte[] Png, int Width, int Height);

namespace Trygghetsrad.Site.Text;

/// <summary>A word in a text: where it starts, how long it is, and the word as written.</summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Word">The word as written.</param>
public readonly record struct Token(int Start, int Length, string Word);

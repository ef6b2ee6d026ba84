namespace CarePortal.Cli;

/// <summary>The line of a text that holds an offset: its 1-based number, where it starts, its text without the line break.</summary>
internal readonly record struct SourceLine(int Number, int Start, string Text)
{
    /// <summary>The 1-based column of <paramref name="offset"/>, counted in UTF-16 code units like spans.</summary>
    public int ColumnOf(int offset) => offset - Start + 1;

    public static SourceLine At(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', start);
        if (end < 0)
            end = text.Length;
        if (end > start && text[end - 1] == '\r')
            end--;
        return new(text.AsSpan(0, start).Count('\n') + 1, start, text[start..end]);
    }
}

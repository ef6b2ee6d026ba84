namespace CarePortal.Review.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark in the text; whitespace is not a token.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore, bool SentenceStart)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);
}

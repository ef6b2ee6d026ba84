using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CarePortal.Review.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark in the text; whitespace is not a token.</summary>
/// <param name="Plain">A word of the letters a to z only, either case (no apostrophe, no other script).</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore, bool SentenceStart, bool Plain = false)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);
}

/// <summary>
/// The tokens of a text. An array and its count rather than a <see cref="List{T}"/>: precompiled (ReadyToRun) code
/// cannot inline the framework's List over our own struct, and every rule reads tokens in its inner loop.
/// </summary>
internal sealed class TokenList(Token[] items, int count)
{
    public int Count => count;

    public ref readonly Token this[int index]
    {
        // Inlined into every rule's loop (the throw is out of line): precompiled code otherwise calls it for every token read.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)count)
            {
                ThrowOutOfRange(index);
            }

            return ref items[index];
        }
    }

    [DoesNotReturn]
    private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "No such token.");
}

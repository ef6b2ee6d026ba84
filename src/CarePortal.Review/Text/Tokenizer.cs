using System.Globalization;
using System.Runtime.CompilerServices;

namespace CarePortal.Review.Text;

/// <summary>Splits text into words (letters with inner apostrophes), numbers and punctuation marks.</summary>
internal static class Tokenizer
{
    public static TokenList Tokenize(string text)
    {
        var tokens = new Token[text.Length / 5 + 4];
        var count = 0;
        var sentenceStart = true;
        var lineStart = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    sentenceStart = true;
                }

                // A line that starts with a capital starts a sentence ("…gloves, scarf\nYoung adult male – coat"): lists and
                // letters break lines without a full stop; a hard-wrapped sentence goes on in lower case.
                lineStart |= c == '\n';

                i++;
                continue;
            }

            int start = i;
            var spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]);
            TokenKind kind;
            var plain = false;
            if (IsLetter(c))
            {
                i++;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                plain = char.IsAsciiLetter(c);
                while (i < text.Length && (IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && IsLetter(text[i + 1]))))
                {
                    plain = false;
                    i++;
                }

                kind = TokenKind.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = TokenKind.Punctuation;
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            var startsLine = lineStart && kind == TokenKind.Word && char.IsUpper(c);
            tokens[count++] = new Token(start, i - start, kind, spaceBefore, (sentenceStart && kind != TokenKind.Punctuation) || startsLine, plain);
            if (kind != TokenKind.Punctuation)
            {
                sentenceStart = false;
                lineStart = false;
            }
            else if (c is '.' or '!' or '?')
            {
                // "$486.19" and "e.g." do not end a sentence: a sentence ends at a mark followed by space or the end.
                sentenceStart = i >= text.Length || char.IsWhiteSpace(text[i]) || text[i] is '"' or ')' or '\'' or '\u201d';
            }
        }

        return new TokenList(tokens, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > 127 && IsOtherLetter(c));

    private static bool IsOtherLetter(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter
            or UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.ModifierLetter;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}

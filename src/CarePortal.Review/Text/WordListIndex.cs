namespace CarePortal.Review.Text;

/// <summary>
/// The word lists of a reviewer's need templates (<see cref="WordListPattern"/>) in one table, a bit each: a review finds
/// the words of all of them in one pass over its tokens, instead of one pass a list (measured: a pass a list cost more
/// than the expressions it replaced).
/// </summary>
internal sealed class WordListIndex
{
    private readonly Dictionary<WordListPattern, ulong> bits = new(ReferenceEqualityComparer.Instance);
    private readonly WordMap<ulong> listsOf;

    /// <summary>Up to 64 lists are indexed; a list beyond them makes its own pass.</summary>
    public WordListIndex(IEnumerable<WordListPattern> lists)
    {
        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var list in lists.Distinct(ReferenceEqualityComparer.Instance).Cast<WordListPattern>().Take(64))
        {
            var bit = 1UL << bits.Count;
            bits[list] = bit;
            foreach (var word in list.Words)
            {
                masks[word] = masks.GetValueOrDefault(word) | bit;
            }
        }

        listsOf = new WordMap<ulong>(masks);
    }

    /// <summary>The list's bit, if it is indexed.</summary>
    public bool TryGetBit(WordListPattern list, out ulong bit) => bits.TryGetValue(list, out bit);

    /// <summary>For each token of the review, the lists that hold it as a whole word (or a part of it between apostrophes).</summary>
    public ulong[] Find(ReviewContext context)
    {
        var tokens = context.Tokens;
        var found = new ulong[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && listsOf.MayContain(context.LowerKey(t)) && listsOf.TryGetValue(context.Lower(t), context.LowerKey(t), out var lists)
                && WordListPattern.Stands(context.LowerText, tokens[t].Start, tokens[t].End))
            {
                found[t] = lists;
            }
        }

        // "coat's": the expression sees the runs "coat" and "s" on either side of the apostrophe, which a token joins.
        var text = context.LowerText.AsSpan();
        for (var at = text.IndexOfAny('\'', '\u2019'); at >= 0; at = NextApostrophe(text, at))
        {
            var t = context.TokenAt(at);
            if (t < tokens.Count && tokens[t].Kind == TokenKind.Word && tokens[t].Start < at)
            {
                found[t] |= ListsOfPieces(context, t);
            }
        }

        return found;
    }

    private static int NextApostrophe(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny('\'', '\u2019');
        return next < 0 ? -1 : at + 1 + next;
    }

    private ulong ListsOfPieces(ReviewContext context, int t)
    {
        var word = context.Lower(t);
        var (start, end) = (context.Tokens[t].Start, context.Tokens[t].End);
        var lists = 0UL;
        var pieceStart = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i == word.Length || Tokenizer.IsApostrophe(word[i]))
            {
                if (i < word.Length || pieceStart > 0)
                {
                    var piece = word[pieceStart..i];
                    if (listsOf.TryGetValue(piece, WordKey.Of(piece), out var of) && (pieceStart > 0 || WordListPattern.Stands(context.LowerText, start, start + i))
                        && (i < word.Length || WordListPattern.Stands(context.LowerText, start + pieceStart, end)))
                    {
                        lists |= of;
                    }
                }

                pieceStart = i + 1;
            }
        }

        return lists;
    }
}

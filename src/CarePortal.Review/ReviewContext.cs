using System.Buffers;
using System.Runtime.CompilerServices;
using CarePortal.Review.Text;

namespace CarePortal.Review;

/// <summary>One description under review: its text, tokens and need, and what several rules share.</summary>
internal sealed class ReviewContext
{
    private List<TextSpan>? names;
    private List<TextSpan>? contacts;
    private List<Identifier>? identifiers;
    private List<PhraseMatch<string>>? services;
    private ulong[]? wordListHits;
    private byte[]? phraseStarts;
    private List<(int First, int Last)>? sentences;

    private bool? asksForAgeItems;
    private int? itemsSection;
    private readonly WordKey[] lowerKeys;
    private bool[]? brandTokens;
    private List<PhraseMatch<bool>>? brands;

    public ReviewContext(string text, NeedTemplate need, Lexicon lexicon, Glossary glossary, IReadOnlyList<string>? items = null)
    {
        Items = items ?? [];
        Text = text;
        LowerText = Lowering.Invariant(text);
        Need = need;
        Lexicon = lexicon;
        Glossary = glossary;
        Tokens = Tokenizer.Tokenize(text);
        lowerKeys = KeysOf(Tokens, LowerText);
    }

    public string Text { get; }

    /// <summary>The details given outside the text (<see cref="ReviewRequest.Given"/>), lower case, one a line.</summary>
    public string GivenText { get; init; } = "";

    /// <summary>The text and the details given beside it: where a needed detail (a size, a gender) may be found.</summary>
    public string DetailsText => GivenText.Length == 0 ? LowerText : LowerText + "\n" + GivenText;

    /// <summary>The items the request asks for, as the composer lists them.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Whether the request asks for something whose choice depends on a child's age, size or gender.</summary>
    public bool AsksForAgeItems => asksForAgeItems ??= AsksInText() || ItemsNeedAges();

    /// <summary>Words that make a sentence an ask ("needs", "would like", "wish list"), so its items are asked for, not only mentioned.</summary>
    private static readonly WordSet AskWords = new([
        "need", "needs", "needed", "asking", "asks", "asked", "request", "requests", "requesting", "requested", "like", "love", "want",
        "wants", "wish", "wishes", "use", "appreciate", "appreciated", "hoping", "hopes", "hope", "list", "suggested", "suggestions",
        "suggest", "welcome", "help", "items", "gifts", "receive", "asked", "afford", "buy", "give", "giving", "provide", "pleading",
    ]);

    private bool AsksInText()
    {
        var section = ItemsSectionStart();
        foreach (var match in Lexicon.AgeItems.Matches(this))
        {
            if ((section >= 0 && match.FirstToken > section) || IsAsked(match.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of an "Items:", "Wish list:" or "Critical items:" heading: what follows it is asked for (-1: none).</summary>
    private int ItemsSectionStart() => itemsSection ??= FindItemsSection();

    private int FindItemsSection()
    {
        for (var t = 0; t < Tokens.Count; t++)
        {
            if (IsAny(t, HeadingWords) && ((IsAny(t, "items", "list", "wishlist", "needs") && IsPunct(t + 1, ':')) || IsItemsHeading(t)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The words of an items heading ("Items:", "Wish list", "SUGGESTED GIFTS").</summary>
    private static readonly WordSet HeadingWords = new(["items", "list", "wishlist", "needs", "gifts", "wishes"]);

    /// <summary>"CRITICAL ITEMS", "Suggested gifts:", "Wish list" on a line of its own: a heading of the things asked for.</summary>
    private bool IsItemsHeading(int t)
    {
        if (!(t + 1 == Tokens.Count || NewLineBefore(t + 1) || (IsPunct(t + 1, ':') && (t + 2 == Tokens.Count || NewLineBefore(t + 2)))))
        {
            return false;
        }

        for (var k = t; k >= Math.Max(0, t - 3); k--)
        {
            if (k == 0 || NewLineBefore(k))
            {
                return true; // the line holds the heading alone
            }
        }

        return false;
    }

    /// <summary>Whether the token comes after an items heading ("Critical items:", "SUGGESTED GIFTS"): what follows is asked for.</summary>
    public bool InItemsSection(int token)
    {
        var section = ItemsSectionStart();
        return section >= 0 && token > section;
    }

    /// <summary>Whether the sentence of <paramref name="token"/> asks for something ("needs", "would like", "wish list").</summary>
    public bool IsAsked(int token)
    {
        var (first, last) = SentenceOf(token);
        for (var t = first; t <= last; t++)
        {
            if (IsAny(t, AskWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens that belong to a brand, store, character, title or program ("Paw Patrol", "Head Start").</summary>
    public bool IsBrandToken(int token) => token >= 0 && token < Tokens.Count && (brandTokens ??= MarkBrands())[token];

    private bool ItemsNeedAges()
    {
        if (Items.Count == 0)
        {
            return false;
        }

        var items = new ReviewContext(string.Join(". ", Items), Need, Lexicon, Glossary) { PhraseIndex = PhraseIndex };
        return Lexicon.AgeItems.Any(items);
    }

    /// <summary>The last token of a store's name ("Walmart", "Barnes and Noble"): its card is a gift card.</summary>
    public bool IsStoreEnd(int token)
    {
        if (!IsBrandToken(token))
        {
            return false;
        }

        foreach (var match in brands!)
        {
            if (match.LastToken == token)
            {
                return match.Phrase.Value;
            }
        }

        return false;
    }

    private bool[] MarkBrands()
    {
        var marks = new bool[Tokens.Count];
        brands = Lexicon.Brands.FindAll(this);
        foreach (var match in brands)
        {
            for (var t = match.FirstToken; t <= match.LastToken; t++)
            {
                marks[t] = true;
            }
        }

        return marks;
    }

    /// <summary>The text in lower case; same length and offsets as <see cref="Text"/> (invariant lower-casing keeps UTF-16 length).</summary>
    public string LowerText { get; }

    public NeedTemplate Need { get; }

    /// <summary>Checks of other needs that apply wherever their item is asked for (clothes, shoes and diapers need sizes).</summary>
    public IReadOnlyList<NeedCheck> SharedChecks { get; init; } = [];

    /// <summary>The need templates' word lists, found in one pass (<see cref="WordListHits"/>); null: each list makes its own.</summary>
    public WordListIndex? WordLists { get; init; }

    /// <summary>For each token, the word lists of <see cref="WordLists"/> that hold it.</summary>
    public ulong[] WordListHits => wordListHits ??= WordLists!.Find(this);

    /// <summary>The reviewer's phrase lists in one index (<see cref="PhraseStartIndex"/>); without it each list makes its own pass.</summary>
    public PhraseStartIndex? PhraseIndex { get; init; }

    /// <summary>For each token, the bits of the phrase lists that may start there, and the list's bit; null when the list is not indexed.</summary>
    public byte[]? PhraseStarts(IPhraseStarts list, out byte bit)
    {
        bit = 0;
        if (PhraseIndex is null || !PhraseIndex.TryGetBit(list, out bit))
        {
            return null;
        }

        return phraseStarts ??= PhraseIndex.Find(this);
    }

    public Lexicon Lexicon { get; }

    public Glossary Glossary { get; }

    public TokenList Tokens { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Original(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Lower(int token) => LowerText.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The word-table key of a word or number in lower case (made once per review for every list it is looked up in; punctuation has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordKey LowerKey(int token) => lowerKeys[token];

    /// <summary>Whether two words or numbers are the same, lower-cased: their keys' hashes first, which differ for nearly all pairs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SameWord(int a, int b) => lowerKeys[a].Hash == lowerKeys[b].Hash && Lower(a).SequenceEqual(Lower(b));

    /// <summary>
    /// Every word's and number's key, made with the tokens: nearly every one is looked up in some list (spelling looks up
    /// every word). Punctuation is never looked up, so its key is left empty.
    /// </summary>
    private static WordKey[] KeysOf(TokenList tokens, string lowerText)
    {
        var keys = new WordKey[tokens.Count];
        for (var t = 0; t < keys.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Punctuation)
            {
                keys[t] = WordKey.Of(lowerText.AsSpan(tokens[t].Start, tokens[t].Length));
            }
        }

        return keys;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int token) => token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int token, string lowerWord) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind != TokenKind.Punctuation && Lower(token).SequenceEqual(lowerWord);

    /// <summary>Whether the token (a word or number, lower-cased) is one of <paramref name="lowerWords"/>: one lookup, however many they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAny(int token, WordSet lowerWords) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind != TokenKind.Punctuation && lowerWords.Contains(Lower(token), LowerKey(token));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAny(int token, params ReadOnlySpan<string> lowerWords)
    {
        if (token < 0 || token >= Tokens.Count || Tokens[token].Kind == TokenKind.Punctuation)
        {
            return false;
        }

        var word = Lower(token);
        var first = word[0];
        foreach (var w in lowerWords)
        {
            // Length and first letter first: most candidates differ there, without a call to compare the rest.
            if (word.Length == w.Length && first == w[0] && word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int token, char c) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Punctuation && Text[Tokens[token].Start] == c;

    /// <summary>Whether a line break separates the token from the one before it.</summary>
    public bool NewLineBefore(int token) =>
        token > 0 && token < Tokens.Count && Text.AsSpan(Tokens[token - 1].End, Tokens[token].Start - Tokens[token - 1].End).Contains('\n');

    /// <summary>The first character is upper case and the word is not all capitals (a name, not an abbreviation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalised(int token) => IsWord(token) && char.IsUpper(Text[Tokens[token].Start]) && HasLowerAfterFirst(token);

    private bool HasLowerAfterFirst(int token)
    {
        foreach (var c in Original(token)[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the token that contains or starts after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Sentences as inclusive token ranges.</summary>
    public List<(int First, int Last)> Sentences => sentences ??= SplitSentences();

    public (int First, int Last) SentenceOf(int token)
    {
        var list = Sentences;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (list[mid].Last < token)
            {
                lo = mid + 1;
            }
            else if (list[mid].First > token)
            {
                hi = mid - 1;
            }
            else
            {
                return list[mid];
            }
        }

        return (token, token);
    }

    public TextSpan SentenceSpan((int First, int Last) sentence) =>
        TextSpan.FromBounds(Tokens[sentence.First].Start, Tokens[sentence.Last].End);

    /// <summary>Spans of people's names (found once, shared by the name and spelling rules).</summary>
    public List<TextSpan> Names => names ??= NameFinder.Find(this);

    /// <summary>Spans of emails, web addresses and handles (found once, shared by the contact and spelling rules).</summary>
    public List<TextSpan> Contacts => contacts ??= ContactFinder.Find(this);

    /// <summary>SSNs, dates of birth, case and account numbers (found once, shared by the ID and private-detail rules).</summary>
    public List<Identifier> Identifiers => identifiers ??= IdentifierFinder.Find(this);

    /// <summary>Whether <paramref name="span"/> overlaps a span of <paramref name="sorted"/> (sorted by start, not overlapping).</summary>
    /// <summary>"not asking for cash", "no need to meet": a mention within a few words after a negation.</summary>
    public bool IsNegatedAt(int start)
    {
        var t = TokenAt(start);
        for (var k = t - 1; k >= Math.Max(0, t - 4); k--)
        {
            if (IsAny(k, "no", "not", "never", "instead", "without", "rather") || (IsWord(k) && (Lower(k).EndsWith("n't") || Lower(k).EndsWith("n\u2019t"))))
            {
                return true;
            }

            if (IsPunct(k, '.') || IsPunct(k, ';'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the lower-cased text contains any of <paramref name="hints"/>: a cheap check before a longer pattern.</summary>
    public bool Mentions(params ReadOnlySpan<string> hints)
    {
        foreach (var hint in hints)
        {
            if (LowerText.Contains(hint, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the lower-cased text contains any of <paramref name="hints"/>, in one pass over it however many they are.</summary>
    public bool Mentions(SearchValues<string> hints) => LowerText.AsSpan().ContainsAny(hints);

    /// <summary>Named services and treatments (found once, shared by the service and jargon rules).</summary>
    public List<PhraseMatch<string>> Services => services ??= Lexicon.Services.FindAll(this);

    public static bool AnyOverlap(List<TextSpan> sorted, TextSpan span)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // sorted[hi] is the last span starting before span ends.
        return hi >= 0 && sorted[hi].End > span.Start && span.Length > 0;
    }

    private List<(int First, int Last)> SplitSentences()
    {
        var result = new List<(int, int)>();
        var first = 0;
        for (var i = 1; i < Tokens.Count; i++)
        {
            if (Tokens[i].SentenceStart)
            {
                result.Add((first, i - 1));
                first = i;
            }
        }

        if (Tokens.Count > 0)
        {
            result.Add((first, Tokens.Count - 1));
        }

        return result;
    }
}

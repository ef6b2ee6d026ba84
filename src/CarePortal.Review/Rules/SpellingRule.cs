using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>Misspelled words, checked against a public English word list plus the field's own words, with a correction.</summary>
internal sealed class SpellingRule : IRule
{
    private static readonly string[] NegativeContractions =
    [
        "don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
        "couldn't", "wouldn't", "shouldn't", "mustn't", "needn't", "ain't", "shan't",
    ];

    /// <summary>Slips the grammar rule explains better ("alot" is two words).</summary>
    private static readonly WordSet GrammarSlips = new(["alot"]);

    private static readonly string[] CalendarWordList =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    private static readonly WordSet CalendarWords = new(CalendarWordList);

    public RuleInfo Info => RuleCatalog.Spelling;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Lexicon.Confusions.Matches(context))
        {
            var (index, meant, soundsSame) = match.Phrase.Value;
            if (soundsSame)
            {
                continue; // the grammar rule's: a word that sounds the same
            }

            var t = match.FirstToken;
            for (var seen = 0; seen < index; t++)
            {
                seen += context.IsWord(t + 1) ? 1 : 0;
            }

            var replacement = MatchCase(meant, context.Original(t));
            findings.Add(Info.At(context, context.Tokens[t].Span, $"{Info.Why} A real word in the wrong place: did you mean \"{replacement}\"?", replacement));
        }

        FindSplitCompounds(context, findings);

        for (var t = 0; t < context.Tokens.Count; t++)
        {
            var token = context.Tokens[t];
            if (IsPlainlyRight(context, t))
            {
                if (token.Length > 3 && char.IsAsciiLetterUpper(context.Text[token.Start + 1]) && ShiftHeld(context, t) is { } shifted)
                {
                    findings.Add(Info.At(context, token.Span, $"{Info.Why} Did you mean \"{shifted}\"?", shifted));
                }

                continue; // no proper word is a common word (SpellingRuleTests): most words end here
            }

            if (IsLowerProperWord(context, t))
            {
                var proper = context.Original(t).ToString();
                proper = char.ToUpperInvariant(proper[0]) + proper[1..];
                findings.Add(Info.At(context, token.Span, $"{Info.Why} \"{proper}\" is written with a capital.", proper));
                continue;
            }

            if (token.Kind != TokenKind.Word || token.Length < 2 || GluedToNumber(context, t) || !IsPlainAscii(context.Original(t)) || InsideHyphenatedName(context, t)
                || IsUnitAfterNumber(context, t))
            {
                continue;
            }

            var original = context.Original(t);
            if (IsInitial(original) || context.IsBrandToken(t) || context.Lexicon.BrandWords.Contains(context.Lower(t), context.LowerKey(t)))
            {
                continue; // "J's coat" (an initial, FORMAT.md judgement call 3), "Hatchimals", "Bratz"
            }

            var capitalised = char.IsUpper(original[0]);
            if (capitalised && original.Length > 1 && char.IsUpper(original[1]))
            {
                if (ShiftHeld(context, t) is { } shifted)
                {
                    findings.Add(Info.At(context, token.Span, $"{Info.Why} Did you mean \"{shifted}\"?", shifted));
                }

                continue; // An abbreviation.
            }

            if (capitalised && !token.SentenceStart)
            {
                // A proper noun: flag it only as a near miss of a month or a day ("Febuary", "Wensday").
                var proper = ProperNounCorrection(context, t);
                if (proper is not null)
                {
                    findings.Add(Info.At(context, token.Span, $"{Info.Why} Did you mean \"{proper}\"?", proper));
                }

                continue;
            }

            var word = context.Lower(t);
            if (context.IsAny(t, GrammarSlips) || GrammarRule.IsIrregularPluralWithS(context, t))
            {
                continue;
            }

            if (ReviewContext.AnyOverlap(context.Names, token.Span) || ReviewContext.AnyOverlap(context.Contacts, token.Span))
            {
                continue;
            }

            var correction = Correction(context, word, context.LowerKey(t), capitalised);
            if (correction is null)
            {
                continue;
            }

            var replacement = correction.Length == 0 ? null : MatchCase(correction, original);
            var message = replacement is null
                ? $"{Info.Why} \"{original}\" is not in the dictionary."
                : $"{Info.Why} Did you mean \"{replacement}\"?";
            findings.Add(Info.At(context, token.Span, message, replacement));
        }
    }

    /// <summary>
    /// Holidays, languages and peoples, days and months that are no other word: always written with a capital. Not
    /// "thanksgiving" (also a common noun), "may", "march", "august", nor "french" ("french fries").
    /// </summary>
    internal static readonly string[] ProperWordList = [
        "christmas", "easter", "hanukkah", "halloween", "kwanzaa", "english", "spanish", "american", "mexican", "african", "hispanic",
        "latino", "latina", "asian", "european", "canadian", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "july", "september", "october", "november", "december",
    ];

    private static readonly WordSet ProperWords = new(ProperWordList);

    /// <summary>"have a great christmas", "not fluent in spanish"; not in a hashtag, a handle or an address.</summary>
    private static bool IsLowerProperWord(ReviewContext context, int t) =>
        context.IsWord(t) && char.IsAsciiLetterLower(context.Text[context.Tokens[t].Start]) && context.IsAny(t, ProperWords)
        && !(t > 0 && !context.Tokens[t].SpaceBefore && context.Tokens[t - 1].Kind == TokenKind.Punctuation)
        && !(t + 1 < context.Tokens.Count && !context.Tokens[t + 1].SpaceBefore && !context.IsPunct(t + 1, '.') && !context.IsPunct(t + 1, ',')
             && !context.IsPunct(t + 1, '!') && !context.IsPunct(t + 1, '?') && context.Tokens[t + 1].Kind == TokenKind.Punctuation)
        && !ReviewContext.AnyOverlap(context.Contacts, context.Tokens[t].Span);

    /// <summary>
    /// A common word (most words of a description) that is no known misspelling: every check below would pass it (it is
    /// an English word, and <see cref="UndoubledConsonant"/> never corrects a common word), so it is passed first, cheaply.
    /// </summary>
    private static bool IsPlainlyRight(ReviewContext context, int t) =>
        context.Tokens[t].Kind == TokenKind.Word && context.Lexicon.Common.Contains(context.Lower(t), context.LowerKey(t))
        && !context.Lexicon.Misspellings.ContainsKey(context.Lower(t), context.LowerKey(t));

    /// <summary>Family words written as one: "grand children", "step son" are "grandchildren", "stepson".</summary>
    private static readonly WordSet CompoundHeads = new(["grand", "step"]);

    private static readonly WordSet CompoundTails = new([
        "children", "child", "kids", "kid", "son", "sons", "daughter", "daughters", "parents", "parent", "mother", "father", "ma", "pa",
        "baby", "babies", "brother", "brothers", "sister", "sisters", "dad", "mom",
    ]);

    private static void FindSplitCompounds(ReviewContext context, List<Finding> findings)
    {
        if (!context.Mentions("grand", "step"))
        {
            return; // the heads of every compound below
        }

        var info = RuleCatalog.Spelling;
        for (var t = 0; t + 1 < context.Tokens.Count; t++)
        {
            if (context.IsAny(t, CompoundHeads) && context.IsAny(t + 1, CompoundTails) && context.Tokens[t + 1].Start == context.Tokens[t].End + 1
                && context.Lexicon.English.Contains(string.Concat(context.Lower(t), context.Lower(t + 1))))
            {
                var span = TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End);
                var joined = string.Concat(context.Original(t), context.Lower(t + 1));
                findings.Add(info.At(context, span, $"{info.Why} \"{joined}\" is one word.", joined));
                t++;
            }
        }
    }

    private static string? ProperNounCorrection(ReviewContext context, int t)
    {
        var lexicon = context.Lexicon;
        var word = context.Lower(t);
        if (word.Length < 5 || lexicon.NotNames.Contains(word) || lexicon.English.Contains(word) || lexicon.Names.ContainsKey(word)
            || ReviewContext.AnyOverlap(context.Names, context.Tokens[t].Span))
        {
            return null;
        }

        if (word[^1] == 's' && CalendarWords.Contains(word[..^1]))
        {
            return null; // "Saturdays"
        }

        // Most capitalised words are far from every month and day: compared with each of the 19 at once, instead of looking
        // up each of several hundred spellings one edit away (measured: 10,000 instructions a capitalised word).
        if (!Suggestions.WithinOneEditOfAny(word, CalendarWordList))
        {
            return null;
        }

        var near = Suggestions.Near(word, CalendarWords);
        return near is null ? null : MatchCase(near, context.Original(t));
    }

    /// <summary>Null when the word is spelled right; otherwise the correction, or "" when none is known.</summary>
    private static string? Correction(ReviewContext context, ReadOnlySpan<char> word, WordKey key, bool capitalised)
    {
        var lexicon = context.Lexicon;
        if (lexicon.Misspellings.TryGetValue(word, key, out var known))
        {
            return known;
        }

        if (IsKnown(context, word, key))
        {
            return UndoubledConsonant(lexicon, word);
        }

        if (capitalised && lexicon.Names.ContainsKey(word, key))
        {
            return null; // a name we did not find in context
        }

        if (word.Length > 3 && word.EndsWith("in", StringComparison.Ordinal) && lexicon.English.Contains(string.Concat(word, "g")))
        {
            return null; // "let's go fishin'": a dropped g, said as it is spoken
        }

        if (RunTogether(lexicon, word) is { } split)
        {
            return split;
        }

        if (word.Length > 6 && word.EndsWith("icly", StringComparison.Ordinal) && string.Concat(word[..^2], "ally") is var ally && lexicon.English.Contains(ally))
        {
            return ally; // "enthusiasticly": -ic words take -ally
        }

        // An unknown word with no near word is more often a name, a brand or a dish ("pupusas") than a slip.
        return Suggestions.Best(word, lexicon);
    }

    /// <summary>
    /// "FRist", "THere": the shift key held one letter too long (two capitals, then two or more small letters) on a word
    /// that is common, or common with two letters swapped back; not "IEPs", "TVs", "DJs", "IPod".
    /// </summary>
    private static string? ShiftHeld(ReviewContext context, int t)
    {
        var original = context.Original(t);
        if (original.Length < 4 || !IsPlainAscii(original))
        {
            return null;
        }

        for (var i = 2; i < original.Length; i++)
        {
            if (!char.IsAsciiLetterLower(original[i]))
            {
                return null;
            }
        }

        var lower = context.Lower(t);
        if (!char.IsAsciiLetterUpper(original[0]))
        {
            return null;
        }

        if (context.Lexicon.Common.Contains(lower, context.LowerKey(t)))
        {
            return string.Concat(original[..1], lower[1..]);
        }

        // Two letters swapped as well ("FRist", though "frist" is in the long word list); not a letter dropped or added ("IPod" is no "Pod").
        Span<char> swapped = stackalloc char[lower.Length];
        for (var i = 1; i + 1 < lower.Length; i++)
        {
            lower.CopyTo(swapped);
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            if (context.Lexicon.Common.Contains(swapped))
            {
                return string.Concat(original[..1], swapped[1..]);
            }
        }

        return null;
    }

    /// <summary>
    /// "stoping" for "stopping", "shoped" for "shopped": a rare word (a mining term) that is a common word's -ing or -ed
    /// with its last consonant left single; not "hoping" (from "hope") or "visiting" (no "visitting").
    /// </summary>
    private static string? UndoubledConsonant(Lexicon lexicon, ReadOnlySpan<char> word)
    {
        var suffix = word.EndsWith("ing", StringComparison.Ordinal) ? 3 : word.EndsWith("ed", StringComparison.Ordinal) ? 2 : 0;
        var stem = word[..^suffix];
        // One syllable only: "counseling", "totaled", "focusing" keep a single consonant (the stress is not on it).
        if (suffix == 0 || stem.Length < 3 || stem.Length > 12 || lexicon.Common.Contains(word) || !IsConsonantVowelConsonant(stem) || VowelGroups(stem) != 1
            || !lexicon.Common.Contains(stem))
        {
            return null;
        }

        Span<char> withE = stackalloc char[stem.Length + 1];
        stem.CopyTo(withE);
        withE[^1] = 'e';
        if (lexicon.Common.Contains(withE))
        {
            return null;
        }

        var doubled = string.Concat(stem, stem[^1..], word[^suffix..]);
        return lexicon.English.Contains(doubled) ? doubled : null;
    }

    private static bool IsConsonantVowelConsonant(ReadOnlySpan<char> stem) =>
        IsConsonant(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y') && "aeiou".Contains(stem[^2]) && IsConsonant(stem[^3]);

    private static int VowelGroups(ReadOnlySpan<char> word)
    {
        var groups = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if ("aeiouy".Contains(word[i]) && (i == 0 || !"aeiouy".Contains(word[i - 1])))
            {
                groups++;
            }
        }

        return groups;
    }

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && !"aeiou".Contains(c);

    private static readonly string[] GluedWords = ["of", "a", "an", "the", "to", "in", "on", "at", "and", "for", "by", "with", "it", "is", "as", "be", "my", "we", "or"];

    /// <summary>"coupleof" for "couple of", "atleast": a small word glued to a common word, the space left out.</summary>
    private static string? RunTogether(Lexicon lexicon, ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || word.Length > 24)
        {
            return null;
        }

        for (var cut = 1; cut <= word.Length - 2; cut++)
        {
            var head = word[..cut];
            var tail = word[cut..];
            if (lexicon.Common.Contains(head) && (IsGlued(head) ? lexicon.IsCommonWord(tail) : lexicon.Common.Contains(tail) && IsGlued(tail)))
            {
                return string.Concat(word[..cut], " ", word[cut..]);
            }
        }

        return null;
    }

    private static bool IsGlued(ReadOnlySpan<char> part)
    {
        foreach (var glued in GluedWords)
        {
            if (part.SequenceEqual(glued))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnown(ReviewContext context, ReadOnlySpan<char> word, WordKey key)
    {
        var lexicon = context.Lexicon;
        // The small common-word set answers most words from cache; the full list only the rest.
        if (lexicon.Common.Contains(word, key) || lexicon.English.Contains(word, key) || context.Glossary.Words.Contains(word, key))
        {
            return true;
        }

        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe < 0)
        {
            return false;
        }

        Span<char> normal = stackalloc char[word.Length];
        word.CopyTo(normal);
        normal[apostrophe] = '\'';
        foreach (var contraction in NegativeContractions)
        {
            if (normal.SequenceEqual(contraction))
            {
                return true;
            }
        }

        var suffix = word[(apostrophe + 1)..];
        var stem = word[..apostrophe];
        return suffix is "s" or "re" or "ve" or "ll" or "d" or "m" or "" && stem.Length > 0
            && (lexicon.English.Contains(stem) || stem is "i" || lexicon.Names.ContainsKey(stem));
    }

    /// <summary>"J's", "V’s": the possessive of an initial.</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length == 3 && char.IsUpper(word[0]) && Tokenizer.IsApostrophe(word[1]) && word[2] is 's' or 'S';

    /// <summary>"au" in "Port-au-Prince": a lower-case part of a capitalised hyphenated name.</summary>
    private static bool InsideHyphenatedName(ReviewContext context, int t) =>
        (context.IsPunct(t - 1, '-') && !context.Tokens[t].SpaceBefore && context.IsCapitalised(t - 2))
        || (context.IsPunct(t + 1, '-') && context.Tokens.Count > t + 2 && !context.Tokens[t + 2].SpaceBefore && context.IsCapitalised(t + 2));

    /// <summary>"10 lbs.", "16-28 lbs", "8 oz": a unit after a number, written as the public abbreviates it.</summary>
    private static bool IsUnitAfterNumber(ReviewContext context, int t)
    {
        var before = context.IsPunct(t - 1, '.') ? t - 2 : t - 1;
        if (before < 0 || context.Tokens[before].Kind != TokenKind.Number || context.Tokens[t].Length > 4)
        {
            return false;
        }

        Span<char> upper = stackalloc char[context.Tokens[t].Length];
        context.Original(t).ToUpperInvariant(upper);
        return context.Lexicon.KnownAbbreviations.Contains(upper);
    }

    private static bool GluedToNumber(ReviewContext context, int t) =>
        (t > 0 && context.Tokens[t - 1].Kind == TokenKind.Number && !context.Tokens[t].SpaceBefore)
        || (t + 1 < context.Tokens.Count && context.Tokens[t + 1].Kind == TokenKind.Number && !context.Tokens[t + 1].SpaceBefore);

    private static bool IsPlainAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c) && !Tokenizer.IsApostrophe(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string MatchCase(string correction, ReadOnlySpan<char> original) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(correction[0]) + correction[1..] : correction;
}

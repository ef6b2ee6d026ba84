using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>Glossary terms, with the plain words to use, and any other all-capital abbreviation the public would not know.</summary>
internal sealed class JargonRule : IRule
{
    private static readonly WordSet BusinessNouns = new(["account", "acct", "bill", "bills", "office", "company", "plant", "store", "card", "app", "website", "utility", "power", "electric", "energy", "gas", "water", "station", "shop", "center", "hospital", "clinic", "school", "bus", "church", "warehouse"]);

    private static readonly WordSet Determiners = new(["a", "an", "the", "her", "his", "their", "my", "our", "this", "that", "its"]);

    public RuleInfo Info => RuleCatalog.Jargon;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        var matches = context.Glossary.Phrases.FindAll(context);
        var services = context.Services; // "IOP" is a confidential service first
        foreach (var match in matches)
        {
            if (IsWorkPlacement(context, match.FirstToken, match.LastToken))
            {
                continue;
            }

            var term = match.Phrase.Value;
            var replacement = term.Replacement.Length == 0 ? null : FitReplacement(context, match.FirstToken, term.Replacement);
            var howTo = replacement is null ? " No plain words fit every sentence: rewrite it in your own words." : "";
            findings.Add(Info.At(context, match.Span,
                $"{Info.Why} Partners may not know \"{context.Slice(match.Span)}\": say {term.Plain}.{howTo}", replacement));
        }

        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (IsUnknownAbbreviation(context, t) && !matches.Exists(m => t >= m.FirstToken && t <= m.LastToken)
                && !services.Exists(m => t >= m.FirstToken && t <= m.LastToken))
            {
                var span = context.Tokens[t].Span;
                if (!ReviewContext.AnyOverlap(context.Contacts, span) && !context.Identifiers.Exists(id => id.Span.Overlaps(span)))
                {
                    findings.Add(Info.At(context, span,
                        $"{Info.Why} \"{context.Slice(span)}\" is an abbreviation partners may not know: spell it out in plain words."));
                }
            }
        }
    }

    /// <summary>"a job placement agency", "I can’t be on placement" (a student's work placement): not a child's placement.</summary>
    private static bool IsWorkPlacement(ReviewContext context, int first, int last) =>
        first == last && context.IsAny(first, "placement", "placements")
        && (context.IsAny(first - 1, "job", "work", "career", "employment", "student", "college", "clinical", "teaching", "nursing")
            || context.IsAny(last + 1, "agency", "agencies", "test", "tests", "exam", "exams")
            || (context.Is(first - 1, "on") && context.IsAny(first - 2, "be", "am", "is", "was", "were", "been", "being")));

    /// <summary>"a kinship placement" becomes "a home with a relative", not "a a home with a relative".</summary>
    private static string FitReplacement(ReviewContext context, int firstToken, string replacement)
    {
        var startsWithArticle = replacement.StartsWith("a ", StringComparison.Ordinal) || replacement.StartsWith("an ", StringComparison.Ordinal);
        return startsWithArticle && context.IsAny(firstToken - 1, Determiners) ? replacement[(replacement.IndexOf(' ', StringComparison.Ordinal) + 1)..] : replacement;
    }

    private static bool IsUnknownAbbreviation(ReviewContext context, int t)
    {
        if (!context.IsWord(t))
        {
            return false;
        }

        var word = context.Original(t);
        if (word.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        var lexicon = context.Lexicon;
        // "SIZES", "WISH LIST", "CRITICAL ITEMS": an English word in capitals is a heading or emphasis (FORMAT.md judgement call 5).
        var lower = context.Lower(t);
        if (lexicon.KnownAbbreviations.Contains(word) || context.IsBrandToken(t)
            || (word.Length > 3 && (lexicon.IsCommonWord(lower) || lexicon.English.Contains(lower))))
        {
            return false;
        }

        // Part of a code such as a license plate or a case number ("BKR-4412", "2023-JV-04512").
        var glued = (context.IsPunct(t + 1, '-') && context.Tokens.Count > t + 2 && context.Tokens[t + 2].Kind == TokenKind.Number)
            || (context.IsPunct(t - 1, '-') && t >= 2 && context.Tokens[t - 2].Kind == TokenKind.Number)
            || (t > 0 && context.Tokens[t - 1].Kind == TokenKind.Number && !context.Tokens[t].SpaceBefore)
            || (t + 1 < context.Tokens.Count && context.Tokens[t + 1].Kind == TokenKind.Number && !context.Tokens[t + 1].SpaceBefore); // "MP3", "PS4": a model's name
        // "KUB account", "DREMC bill": a utility's or business's name, not agency jargon.
        var business = context.IsAny(t + 1, BusinessNouns) || (context.IsPunct(t + 1, '\'') && context.IsAny(t + 2, BusinessNouns))
            || (context.Is(t - 1, "to") && context.IsAny(t - 2, "directly", "pay", "paid", "payable"));
        return !glued && !business && !IsShouting(context, t) && !IsInHeadingLine(context, t) && !IsSpelledOut(context, t) && !NamesAnOrganisation(context, t)
            && !IsPersonsInitials(context, t) && !IsStateAfterPlace(context, t);
    }

    private static readonly WordSet InitialsActions = new([
        "is", "was", "has", "had", "never", "just", "said", "says", "told", "needs", "needed", "wants", "loves", "likes",
        "turned", "turns", "lives", "lived", "works", "worked", "came", "went", "started", "moved", "asked", "wrote",
    ]);

    /// <summary>
    /// "Mary and TJ", "TJ never anticipated", "ZH (age two years)", "our client MB*": two capitals standing for a person
    /// are initials (FORMAT.md judgement call 3), not an abbreviation to spell out, wherever they come again ("after ZH
    /// swallowed"); "his PO said" has a determiner.
    /// </summary>
    private static bool IsPersonsInitials(ReviewContext context, int t)
    {
        var word = context.Original(t);
        if (word.Length != 2)
        {
            return false;
        }

        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (context.Original(k).SequenceEqual(word) && ActsAsPerson(context, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Family Promise of Greater Phoenix (AZ)", "Mesa, AZ": a state's code after a place's name.</summary>
    private static bool IsStateAfterPlace(ReviewContext context, int t) =>
        context.Original(t).Length == 2
        && "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".Contains(context.Original(t), StringComparison.Ordinal)
        && ((context.IsPunct(t - 1, '(') && context.IsPunct(t + 1, ')') && context.IsCapitalised(t - 2))
            || (context.IsPunct(t - 1, ',') && context.IsCapitalised(t - 2)));

    private static bool ActsAsPerson(ReviewContext context, int t) =>
        !context.IsAny(t - 1, Determiners)
        && (context.IsPunct(t + 1, '*')
            || (context.IsPunct(t + 1, '(') && context.IsAny(t + 2, "age", "aged"))
            || (context.IsAny(t - 1, "and", "&") && context.IsCapitalised(t - 2))
            || (context.IsAny(t + 1, "and", "&") && context.IsCapitalised(t + 2) && context.IsWord(t + 3) && !context.IsCapitalised(t + 3))
            || context.IsAny(t + 1, InitialsActions));

    private static readonly WordSet OrganisationCues = new(DataFiles.Lines("organisation-cues.txt"));

    /// <summary>
    /// "MOM paid for a hotel", "GNG has been helping Mary", "FCA staff provided", "GRACE's doorstep", "PG&amp;E": an abbreviation
    /// that acts, owns or is joined to another name is an organisation's or a business's name, not agency jargon.
    /// </summary>
    private static bool NamesAnOrganisation(ReviewContext context, int t)
    {
        if (context.IsPunct(t + 1, '&') || context.IsPunct(t - 1, '&'))
        {
            return true;
        }

        var possessive = (context.IsPunct(t + 1, '\'') || context.IsPunct(t + 1, '\u2019')) && context.Is(t + 2, "s");
        if (possessive)
        {
            return true;
        }

        // "When Sue contacted MOM", "volunteer for FFF", "with aid from the JFS": an organisation one calls, serves or is helped by.
        // "paid for by CIS", "a program run by HACAP": an organisation that pays or runs something.
        if (context.Is(t - 1, "by") && context.IsAny(t - 2, "for", "paid", "funded", "run", "sponsored", "offered", "provided", "covered", "donated"))
        {
            return true;
        }

        if (context.IsAny(t - 1, "contacted", "called", "emailed", "joined", "visited")
            || (context.IsAny(t - 1, "for", "at", "with") && context.IsAny(t - 2, "volunteer", "volunteers", "volunteered", "volunteering"))
            || (context.Is(t - 1, "the") && context.Is(t - 2, "from") && context.IsAny(t - 3, "aid", "assistance", "help", "support", "referral", "grant")))
        {
            return true;
        }

        if (!context.IsWord(t + 1))
        {
            return false;
        }

        var next = context.Lower(t + 1);
        if (!OrganisationCues.Contains(next))
        {
            return false;
        }

        // "has been helping", "was able to", "also helped": an auxiliary counts only before a helping verb.
        return !context.IsAny(t + 1, "has", "was", "also")
            || (context.IsWord(t + 2) && OrganisationCues.Contains(context.Lower(t + 2)) && !context.IsAny(t + 2, "has", "was", "also"))
            || context.IsAny(t + 2, "been", "able");
    }

    /// <summary>
    /// "12-YEAR-OLD MALE", "FAMILY #2": a line (not the whole text) whose words are all capitals and hold a word of the
    /// language is a heading (FORMAT.md judgement call 5), and its short words ("OLD") are not abbreviations.
    /// </summary>
    private static bool IsInHeadingLine(ReviewContext context, int t)
    {
        var first = t;
        while (first > 0 && !context.NewLineBefore(first))
        {
            first--;
        }

        var hasWord = false;
        var words = 0;
        var last = first;
        for (; last < context.Tokens.Count && (last == first || !context.NewLineBefore(last)); last++)
        {
            if (!context.IsWord(last))
            {
                continue;
            }

            var word = context.Original(last);
            if (word.ContainsAnyInRange('a', 'z'))
            {
                return false;
            }

            words++;
            hasWord |= word.Length > 3 && context.Lexicon.English.Contains(context.Lower(last));
        }

        // "MEN:", "KIDS:" alone on a line: a short word of the language labelling the list under it (real-fourteenth).
        hasWord |= words == 1 && context.IsPunct(last - 1, ':') && context.Lexicon.English.Contains(context.Lower(t));
        return hasWord && (first > 0 || last < context.Tokens.Count);
    }

    private static readonly WordSet SmallWords = new(["of", "for", "and", "the", "to", "on", "in", "&"]);

    /// <summary>"Central Furniture Rescue (CFR)", "CFR (Central Furniture Rescue)": an abbreviation the text spells out.</summary>
    private static bool IsSpelledOut(ReviewContext context, int t)
    {
        var word = context.Original(t);
        for (var k = 1; k + 1 < context.Tokens.Count; k++)
        {
            if (!context.Original(k).SequenceEqual(word))
            {
                continue;
            }

            // "... Rescue (CFR)": the words before the parenthesis.
            if (context.IsPunct(k - 1, '(') && context.IsPunct(k + 1, ')') && Initials(context, k - 2, -1, word))
            {
                return true;
            }

            // "CFR (Central Furniture Rescue)": the words inside it.
            if (context.IsPunct(k + 1, '(') && Initials(context, k + 2, +1, word))
            {
                return true;
            }
        }

        // "a counselor from Lutheran Social Services. … the LSS staff": the name written out anywhere in the text.
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (context.IsWord(k) && context.Original(k)[0] == word[0] && context.Original(k).Length > 1 && context.Original(k).ContainsAnyInRange('a', 'z')
                && (k == 0 || !context.IsCapitalised(k - 1)) && Initials(context, k, +1, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of a government agency's or a benefit's name: its acronym stays jargon even spelled out ("Division of Family and Children Services (DFCS)", FORMAT.md judgement call 5).
    /// A charity's or a program's name with "Family", "Services" or "Assistance" in it ("The Family Center (TFC)", "Lutheran
    /// Social Services", "Low Income Energy Assistance Program (LIEAP)") is not an agency's: its acronym, spelled out, is plain
    /// (real-sixth, real-tenth, real-eleventh, real-thirteenth).</summary>
    private static readonly WordSet AgencyWords = new(["division", "department", "protective", "welfare", "human", "temporary", "needy", "court", "bureau", "meeting", "conference", "worker", "workers", "case", "placement", "permanency", "visitation"]);

    /// <summary>
    /// Whether the capitalised words from <paramref name="from"/> (walking by <paramref name="step"/>) give the letters of
    /// <paramref name="word"/>; small words may sit between, and a hyphenated word counts by its first letter or not at all
    /// ("Homelessness Prevention and Rapid Re-Housing Program (HPRP)").
    /// </summary>
    private static bool Initials(ReviewContext context, int from, int step, ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[16];
        Span<bool> optional = stackalloc bool[16];
        Span<bool> agency = stackalloc bool[16];
        var n = 0;
        var agencySeen = false;
        for (var k = from; k >= 0 && k < context.Tokens.Count && n < 16 && Math.Abs(k - from) < 3 * word.Length; k += step)
        {
            if (IsGluedHyphen(context, k) || (context.IsWord(k) && IsGluedHyphen(context, k - 1)))
            {
                continue; // the hyphen and the part after it
            }

            if (!context.IsWord(k))
            {
                break;
            }

            agencySeen |= context.IsAny(k, AgencyWords);
            var w = context.Original(k);
            if (char.IsUpper(w[0]))
            {
                letters[n] = w[0];
                optional[n] = IsGluedHyphen(context, k + 1);
                agency[n] = agencySeen;
                n++;
            }
            else if (!context.IsAny(k, SmallWords))
            {
                break;
            }
        }

        return InitialsMatch(letters[..n], optional[..n], agency[..n], word, step, 0, 0);
    }

    private static bool InitialsMatch(ReadOnlySpan<char> letters, ReadOnlySpan<bool> optional, ReadOnlySpan<bool> agency, ReadOnlySpan<char> word, int step, int i, int j)
    {
        if (j == word.Length)
        {
            return !agency[i - 1]; // an agency's name stays jargon spelled out (FORMAT.md judgement call 5)
        }

        if (i == letters.Length)
        {
            return false;
        }

        var expected = step > 0 ? word[j] : word[word.Length - 1 - j];
        return (letters[i] == expected && InitialsMatch(letters, optional, agency, word, step, i + 1, j + 1))
            || (optional[i] && InitialsMatch(letters, optional, agency, word, step, i + 1, j));
    }

    private static bool IsGluedHyphen(ReviewContext context, int t) =>
        context.IsPunct(t, '-') && !context.Tokens[t].SpaceBefore && t + 1 < context.Tokens.Count && !context.Tokens[t + 1].SpaceBefore;

    /// <summary>A word among other all-capital words ("PLEASE HELP THIS FAMILY") is emphasis, not an abbreviation.</summary>
    private static bool IsShouting(ReviewContext context, int t)
    {
        static bool AllCapsWord(ReviewContext c, int k) => c.IsWord(k) && c.Original(k).Length > 1 && !c.Original(k).ContainsAnyInRange('a', 'z');
        return (AllCapsWord(context, t - 1) && AllCapsWord(context, t - 2)) || (AllCapsWord(context, t + 1) && AllCapsWord(context, t + 2))
            || (AllCapsWord(context, t - 1) && AllCapsWord(context, t + 1));
    }
}

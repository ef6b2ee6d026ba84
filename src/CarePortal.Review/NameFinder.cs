using CarePortal.Review.Text;

namespace CarePortal.Review;

/// <summary>
/// Finds the names of family members: runs of capitalised words judged by the names lists (US Census and
/// many cultures' given and family names), whether the word is also a common English word, and context
/// ("her son Mateo", "Ms. Nguyen", "call Linh"). A name found once is found everywhere in the text.
/// </summary>
internal static class NameFinder
{
    private static readonly WordSet Titles = new(["mr", "mrs", "ms", "miss", "dr", "sra", "sr", "srta", "dona", "doña", "daw"]);

    private static readonly WordSet RelationWords = new([
        "son", "daughter", "child", "baby", "boy", "girl", "grandson", "granddaughter", "brother", "sister", "nephew",
        "niece", "mom", "dad", "mother", "father", "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle",
        "named", "called", "husband", "wife", "boyfriend", "girlfriend", "kids", "children", "grandkids", "grandchildren",
        "siblings", "sons", "daughters", "brothers", "sisters", "cousin", "stepson", "stepdaughter", "toddler", "teen",
    ]);

    private static readonly WordSet ContactVerbs = new(["call", "text", "email", "e-mail", "reach", "contact", "message", "ask", "thank", "meet", "raising", "adopted", "adopting", "fostering", "welcomed"]);

    private static readonly WordSet PersonActions = new([
        "works", "lives", "wears", "loves", "enjoys", "needs", "wants", "attends", "moved", "likes", "plays", "goes", "just",
        "recently", "started", "will", "cannot", "can't", "would", "turned", "turns", "dreams", "hopes", "saves", "helps",
        "plays", "dances", "sings", "draws", "reads", "says", "said", "writes", "wrote",
    ]);

    /// <summary>Nouns that make a comma-set phrase after a name describe a person: "Tara, a single mother of four".</summary>
    private static readonly WordSet AppositiveNouns = new([
        "mother", "father", "mom", "dad", "parent", "grandmother", "grandfather", "grandma", "grandpa", "woman", "man", "girl",
        "boy", "teen", "teenager", "student", "caregiver", "widow", "widower",
    ]);

    /// <summary>What follows "X is" when X is a person: "Grace is working", "Will is excited".</summary>
    private static readonly WordSet PersonStates = new([
        "working", "doing", "raising", "caring", "expecting", "asking", "requesting", "living", "staying", "moving", "starting",
        "excited", "learning", "growing", "attending", "going", "getting", "trying", "finishing", "thrilled", "eager", "proud",
        "been", "now", "also", "still", "currently", "in", "due",
    ]);

    /// <summary>Nouns for people: "Will is a single dad", "a Karen family".</summary>
    private static readonly WordSet PeopleNouns = new([
        "dad", "mom", "mother", "father", "parent", "grandmother", "grandfather", "grandma", "grandpa", "girl", "boy", "student",
        "teen", "teenager", "woman", "man", "worker", "toddler", "baby", "child", "kid", "aunt", "uncle", "sister", "brother",
        "daughter", "son", "caregiver", "family", "families", "refugee", "refugees", "community", "speaker", "household", "couple",
    ]);

    private static readonly WordSet PersonVerbs = new([
        "is", "was", "has", "had", "and", "wears", "needs", "loves", "likes", "works", "lives", "just", "recently", "will",
        "can", "would", "says", "said", "needed", "wants", "enjoys", "started", "starts", "came", "moved", "turned", "attends",
        "goes", "went", "gets", "got", "made", "took", "received", "completed", "finished",
    ]);

    private enum Evidence : byte
    {
        Word,
        Unknown,
        Weak,
        Strong,
        Excluded,
    }

    public static List<TextSpan> Find(ReviewContext context)
    {
        var found = new List<TextSpan>();
        var foundWords = new HashSet<string>(StringComparer.Ordinal);
        var tokens = context.Tokens;
        var marked = new bool[tokens.Count];
        HashSet<string>? outsiders = null;
        HashSet<string>? appositives = null; // "home visitors, Ariel, has": surely the helper, wherever named again
        var placesHere = PlacesNamedInText(context); // "MANCHESTER —" … "the Manchester family": the town's family
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!context.IsCapitalised(i))
            {
                continue;
            }

            var end = RunEnd(context, i);
            if (IsSomeoneOutsideTheFamily(context, i, end))
            {
                // "Melissa Casto was working with the family. … Melissa contacted the center": the same person again.
                outsiders ??= new HashSet<string>(StringComparer.Ordinal);
                var appositive = context.IsPunct(end + 1, ',') || !context.IsPunct(i - 1, ',');
                for (var t = i; t <= end; t++)
                {
                    outsiders.Add(Bare(context.Original(t)).ToString());
                    if (appositive)
                    {
                        (appositives ??= new HashSet<string>(StringComparer.Ordinal)).Add(Bare(context.Original(t)).ToString());
                    }
                }
            }
            else if ((outsiders is null || !outsiders.Contains(Bare(context.Original(i)).ToString()) || end > i)
                     && !IsPlaceNamedInText(context, i, end, placesHere))
            {
                Judge(context, i, end, found, foundWords, marked);
            }

            i = end;
        }

        if (appositives is not null)
        {
            // "When Ariel started her visits": the helper named with a role before, again at the head of a longer run.
            found.RemoveAll(span => appositives.Contains(Bare(context.Text.AsSpan(span.Start, span.Length)).ToString()));
            foundWords.ExceptWith(appositives);
        }

        if (foundWords.Count > 0)
        {
            AddCoordinated(context, found, foundWords, marked);
            Propagate(context, found, foundWords, marked);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Towns the text names as places: a dateline ("MANCHESTER — A mother …") or a town after "in", "near", "from"
    /// ("a home in Sturbridge"). Elsewhere in the text the same word alone is the place too ("the Sturbridge house").
    /// </summary>
    private static HashSet<string>? PlacesNamedInText(ReviewContext context)
    {
        HashSet<string>? places = null;
        var places0 = context.Lexicon.Places;
        var first = FirstWord(context);
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (!context.IsWord(t))
            {
                continue;
            }

            var dateline = t == first && context.Original(t).Length > 2 && !context.Original(t).ContainsAnyInRange('a', 'z')
                && (context.IsPunct(t + 1, '\u2014') || context.IsPunct(t + 1, '-') || context.IsPunct(t + 1, '\u2013'));
            if (!dateline && !char.IsUpper(context.Text[context.Tokens[t].Start]))
            {
                continue; // not capitalised, so not a place named after the text's own (most words: the test below is the dear one)
            }

            var lower = Bare(context.Lower(t));
            var after = context.IsCapitalised(t) && !context.IsCapitalised(t + 1) && !context.IsCapitalised(t - 1) && IsPlace(context, t, t);
            if ((dateline || after) && places0.Contains(lower))
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(lower.ToString());
            }
        }

        return places;
    }

    /// <summary>"the Sturbridge house", "The Denver family": the run is one word (after "the") that the text names as a place.</summary>
    private static bool IsPlaceNamedInText(ReviewContext context, int first, int last, HashSet<string>? placesHere)
    {
        if (placesHere is null || IsTitle(context, first - 1) || context.IsPunct(first - 1, '.') && IsTitle(context, first - 2))
        {
            return false;
        }

        var word = first == last ? first : last == first + 1 && context.IsAny(first, "the", "this", "that") ? last : -1;
        return word >= 0 && placesHere.Contains(Bare(context.Lower(word)).ToString());
    }

    private static int FirstWord(ReviewContext context)
    {
        var t = 0;
        while (t < context.Tokens.Count && !context.IsWord(t))
        {
            t++;
        }

        return t;
    }

    /// <summary>The last token of the run of capitalised words starting at <paramref name="first"/>.</summary>
    private static int RunEnd(ReviewContext context, int first)
    {
        var end = first;
        while (true)
        {
            var next = end + 1;
            if (context.IsCapitalised(next) && context.Tokens[next].SpaceBefore && !context.NewLineBefore(next))
            {
                end = next; // not over a line break: "size Large\n\nSon, Age 5" is two lines of a list
            }
            else if (context.IsPunct(next, '-') && !context.Tokens[next].SpaceBefore && context.IsWord(next + 1) && !context.Tokens[next + 1].SpaceBefore
                     && (context.IsCapitalised(next + 1) || (IsShortSyllable(context, next + 1) && !IsEnglish(context, next + 1))))
            {
                end = next + 1;
            }
            else if (context.IsPunct(next, '.') && IsTitle(context, end) && context.IsCapitalised(next + 1))
            {
                end = next + 1;
            }
            else if (context.IsPunct(next, '/') && !context.Tokens[next].SpaceBefore && context.IsCapitalised(next + 1) && !context.Tokens[next + 1].SpaceBefore)
            {
                end = next + 1; // "the Glasser/Schoenbaum Human Services Center": one name, read to its end
            }
            else
            {
                return end;
            }
        }
    }

    private static void Judge(ReviewContext context, int first, int last, List<TextSpan> found, HashSet<string> foundWords, bool[] marked)
    {
        var lexicon = context.Lexicon;
        if (NotAPerson(context, first, last))
        {
            return;
        }

        var titled = false;
        var start = first;
        while (start <= last && (IsTitle(context, start) || context.IsPunct(start, '.') || IsNotName(context, start)))
        {
            titled |= IsTitle(context, start);
            start++;
        }

        var afterRelation = titled || HasRelationBefore(context, first) || IsFamilyName(context, first, last) || (start > first && IsRelation(context, start - 1))
            || IsPluralSurname(context, first, last);
        var candidates = new List<(int Token, Evidence Evidence)>();
        var strong = 0;
        var weak = 0;
        var unknown = 0;
        var plainWords = 0;
        for (var t = start; t <= last; t++)
        {
            if (!context.IsWord(t))
            {
                continue;
            }

            var evidence = Judge(context, t, lexicon);
            switch (evidence)
            {
                case Evidence.Strong: strong++; break;
                case Evidence.Weak: weak++; break;
                case Evidence.Unknown: unknown++; break;
                case Evidence.Word: plainWords++; break;
            }

            if (evidence is Evidence.Strong or Evidence.Weak or Evidence.Unknown)
            {
                candidates.Add((t, evidence));
            }
        }

        if (candidates.Count == 0 || (candidates.Count == 1 && !titled && !afterRelation && IsPlaceName(context, candidates[0].Token)))
        {
            return;
        }

        // "Share the Season", "Season of Sharing", "Fund for the Needy": English words in a capitalised phrase joined by
        // small words are a program's or an organisation's name; a person's name there is not an English word.
        if (strong == 0 && unknown == 0 && !titled && !afterRelation && IsInNamedPhrase(context, first, last))
        {
            return;
        }

        var names = candidates.Count;
        var sentenceStart = context.Tokens[candidates[0].Token].SentenceStart;
        var isName =
            titled
            || (plainWords == 0 && HasAgeBeside(context, first, last))
            || (strong > 0 && plainWords == 0)
            || (afterRelation && plainWords == 0)
            || (names >= 2 && plainWords == 0 && (!sentenceStart || FollowedByPersonVerb(context, last)))
            || (names == 1 && unknown == 1 && (HasContactVerbBefore(context, first) || (sentenceStart && FollowedByPersonVerb(context, last)) || FollowedByPersonAction(context, last)))
            || (names == 1 && weak == 1 && plainWords == 0 && IsFirstName(context, candidates[0].Token)
                && (HasContactVerbBefore(context, first) || (sentenceStart ? FollowedByPersonAction(context, last) : !IsCapitalisedPhrase(context, first, last))));
        if (!isName)
        {
            return;
        }

        var spanStart = titled ? context.Tokens[first].Start : context.Tokens[candidates[0].Token].Start;
        var spanEnd = NameEnd(context, candidates[^1].Token);
        found.Add(TextSpan.FromBounds(spanStart, spanEnd));
        for (var t = first; t <= candidates[^1].Token; t++)
        {
            marked[t] = true;
        }

        foreach (var (t, _) in candidates)
        {
            foundWords.Add(Bare(context.Original(t)).ToString());
        }
    }

    private static Evidence Judge(ReviewContext context, int token, Lexicon lexicon)
    {
        var lower = Bare(context.Lower(token));
        if (Folding.NeedsFolding(lower))
        {
            lower = Folding.Fold(lower); // "Chávez" is listed as "chavez"
        }

        if (IsMonthActingAsPerson(context, token))
        {
            return Evidence.Weak;
        }

        if (IsAbbreviatedMonth(context, token))
        {
            return Evidence.Excluded; // "on Jan. 26", "Dec 3": a date, not Jan the volunteer
        }

        if (lower.Length < 2 || lexicon.NotNames.Contains(lower) || context.Glossary.Words.Contains(lower) || IsContraction(lower)
            || (context.IsBrandToken(token) && !(HasAgeBeside(context, token, token) && IsFirstName(context, token))) // "Elsa, 6," is a child
            || IsBranchOfAnOrganisation(context, token))
        {
            return Evidence.Excluded;
        }


        if (IsJoinedWords(context.Original(token), lexicon))
        {
            return Evidence.Excluded; // "GraceWorks", "PetSmart": two words run together, a business's or a program's name
        }

        // A name that is also an English word ("Grace", "Will", "Reed") needs context; others do not.
        if (lexicon.Names.ContainsKey(lower))
        {
            return lexicon.English.Contains(lower) || lexicon.IsCommonWord(lower) ? Evidence.Weak : Evidence.Strong;
        }

        return lexicon.English.Contains(lower) ? Evidence.Word : Evidence.Unknown;
    }

    /// <summary>"GraceWorks", "PetSmart": a capital inside the word between two English words (not "McDonald", "DeShawn").</summary>
    private static bool IsJoinedWords(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        for (var k = 3; k <= word.Length - 3; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                var head = word[..k].ToString().ToLowerInvariant();
                var tail = word[k..].ToString().ToLowerInvariant();
                return lexicon.English.Contains(head) && lexicon.English.Contains(tail) && !lexicon.Names.ContainsKey(head + tail);
            }
        }

        return false;
    }

    private static readonly WordSet PhraseJoiners = new(["the", "of", "for"]);

    /// <summary>A capitalised run joined by a small word to another capitalised word: "Share [the] Season", "Season [of] Sharing".</summary>
    private static bool IsInNamedPhrase(ReviewContext context, int first, int last) =>
        (context.IsAny(first - 1, PhraseJoiners) && !context.IsCapitalised(first - 1) && context.IsCapitalised(first - 2)
            && (context.Is(first - 1, "the") || !context.Tokens[first - 2].SentenceStart)) // "Thanks to Will" is a person
        || (context.IsAny(last + 1, PhraseJoiners) && !context.IsCapitalised(last + 1) && (context.IsCapitalised(last + 2) || (context.Is(last + 2, "the") && context.IsCapitalised(last + 3))));

    /// <summary>"Fort Worth", "East Chicago", "North Attleborough": a run of words that is a town's whole name.</summary>
    private static bool IsPlaceRun(ReviewContext context, int first, int last)
    {
        while (first < last && context.Lexicon.NotNames.Contains(context.Lower(first)))
        {
            first++; // "The Fort Worth girl"
        }

        if (last == first || last - first > 3)
        {
            return false;
        }

        var run = string.Join(' ', Enumerable.Range(first, last - first + 1).Where(context.IsWord).Select(t => context.Lower(t).ToString()));
        return context.Lexicon.Places.Contains(run);
    }

    /// <summary>"Springfield", "Orem", "Kenya" alone: a place, unless it is also a given name ("Tyler", "Austin") and no
    /// compass word comes before it ("east London", "south west London", "northern Kentucky"); "Hunter Collins" is a person.</summary>
    private static bool IsPlaceName(ReviewContext context, int token)
    {
        var lower = Bare(context.Lower(token));
        var lexicon = context.Lexicon;
        return lexicon.Places.Contains(lower)
            && (!(lexicon.Names.TryGetValue(lower, out var kind) && kind.HasFlag(NameKind.First)) || context.IsAny(token - 1, CompassWords));
    }

    private static readonly WordSet CompassWords = new([
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
        "southwest", "north-east", "north-west", "south-east", "south-west", "downtown", "upstate", "inner",
    ]);

    /// <summary>"Vinnies Cowes", "Goodwill Dayton": a word right after an organisation's or a store's name is its branch or its
    /// place, unless that name is also a given name ("Wendy Smith") (real-fourteenth).</summary>
    private static bool IsBranchOfAnOrganisation(ReviewContext context, int token) =>
        token > 0 && context.Tokens[token].SpaceBefore && !context.NewLineBefore(token) && context.IsCapitalised(token - 1)
        && context.IsBrandToken(token - 1) && !IsFirstName(context, token - 1) && !context.IsCapitalised(token + 1); // "Baby Alive Potty Dance Baby": a product's name goes on

    /// <summary>"We’re", "They'll", "Don't": a contraction, never a name.</summary>
    private static bool IsContraction(ReadOnlySpan<char> lower)
    {
        var apostrophe = lower.IndexOfAny('\'', '\u2019');
        if (apostrophe < 0)
        {
            return false;
        }

        var tail = lower[(apostrophe + 1)..];
        return tail is "re" or "ve" or "ll" or "d" or "m" or "t";
    }

    /// <summary>
    /// A title, a character or a work rather than a person: a capitalised phrase that is the whole of a quotation
    /// ("“Encanto”", "“Percy Jackson” novels"), "X the Y" ("Sophia the First"), a phrase followed by what is made of
    /// it ("the Harry Potter books", "Frozen doll"), or a creator ("by Giles Andreae", "the author Avi").
    /// </summary>
    private static bool IsTitleOrWork(ReviewContext context, int first, int last)
    {
        // Step over capitalised words the run left out ("I" in “I Love My Mommy”).
        var before = first - 1;
        while (context.IsWord(before) && char.IsUpper(context.Original(before)[0]))
        {
            before--;
        }

        var after = last + 1;
        while (context.IsWord(after) && char.IsUpper(context.Original(after)[0]))
        {
            after++;
        }

        var quotedBefore = IsQuote(context, before);
        var quotedAfter = IsQuote(context, after) || ((context.IsPunct(after, ',') || context.IsPunct(after, '.')) && IsQuote(context, after + 1));
        if (quotedBefore && quotedAfter)
        {
            return true;
        }

        if ((context.Is(last + 1, "the") && context.IsCapitalised(last + 2)) || (context.Is(last + 1, "from") && context.IsBrandToken(last + 2)))
        {
            return true; // "Sophia the First", "Sky from Paw Patrol"
        }

        if (context.IsAny(last + 1, WorkNouns) && !context.Original(last).EndsWith("'s") && !context.Original(last).EndsWith("\u2019s"))
        {
            return true;
        }

        return context.IsAny(first - 1, "author", "singer", "artist", "band", "rapper", "movie", "show", "film", "character")
            || (context.Is(first - 1, "by") && last > first && !context.IsAny(first - 2, "raised", "adopted", "cared", "taken", "helped", "loved"));
    }

    /// <summary>The roles of the people who help a family (never a family member's own job, such as nurse or teacher).</summary>
    private static readonly WordSet HelperRoles = new([
        "caseworker", "advocate", "coordinator", "director", "specialist", "liaison", "mentor", "navigator", "counselor", "therapist",
        "chaplain", "pastor", "volunteer", "friend", "visitor",
    ]);

    private static readonly WordSet OutsideRoles = new([
        "landlord", "landlady", "manager", "teacher", "principal", "pastor", "doctor", "caseworker", "worker", "officer", "coach", "nurse",
        "judge", "attorney", "lawyer", "owner", "boss", "supervisor", "neighbor", "neighbour", "mechanic", "employer", "counselor",
        "director", "coordinator", "volunteer", "advocate", "specialist", "therapist", "president", "editor", "reporter",
        "liaison", "liaisons", "mentor", "mentors", "caseworkers", "workers", "volunteers", "staff", "staffer", "intern", "casa",
        "visitor", "visitors", "ambassador", "spokesperson", "spokeswoman", "spokesman", "chairwoman", "chairman", "chairperson",
        "founder", "cofounder", "co-founder", "ceo", "administrator", "superintendent", "organizer", "organiser",
        "capt", "captain", "chief", "lt", "sgt", "sergeant", "deputy", "sheriff", "vincentian", "vincentians", "friend", "friends",
    ]);

    /// <summary>
    /// "the landlord is Mr. Pruitt", "her teacher Ms. Lee", "her liaisons, Kevin and Elise", "David Engle, Exec Director of …",
    /// "Melissa Casto was working with the family": a person outside the family (FORMAT.md: family members' names only).
    /// </summary>
    private static bool IsSomeoneOutsideTheFamily(ReviewContext context, int first, int last)
    {
        if (context.IsAny(first - 1, OutsideRoles) || ((context.IsAny(first - 1, "is", "was") || context.IsPunct(first - 1, ',')) && context.IsAny(first - 2, OutsideRoles)))
        {
            return true;
        }

        // "Fire Capt. Hal Burke", "Sgt. Lee": a rank written short before the name.
        if (context.IsPunct(first - 1, '.') && context.IsAny(first - 2, "capt", "lt", "sgt", "det", "ofc", "dep", "chief"))
        {
            return true;
        }

        // "Please contact Dana Lee with any questions", "email Dana for more information": whom donors ask, not the family.
        if (context.IsAny(first - 1, "contact", "email", "e-mail", "call") && AsksForQuestions(context, last + 1))
        {
            return true;
        }

        // "her liaisons, Kevin and Elise": the second of the names a role introduces.
        if (context.IsAny(first - 1, "and", "&") && context.IsCapitalised(first - 2) && context.IsPunct(first - 3, ',') && context.IsAny(first - 4, OutsideRoles))
        {
            return true;
        }

        // "volunteers Tom and Ann", "Vincentians Fred and Susan": the second of two names a role comes before (real-thirteenth).
        if (context.IsAny(first - 1, "and", "&") && context.IsCapitalised(first - 2) && context.IsAny(first - 3, OutsideRoles))
        {
            return true;
        }

        // "David Engle, Exec Director": a role named after the name.
        if (context.IsPunct(last + 1, ',') && (context.IsAny(last + 2, OutsideRoles) || (context.IsCapitalised(last + 2) && context.IsAny(last + 3, OutsideRoles))))
        {
            return true;
        }

        // "Ann Reyes (ann@…)\nExecutive Director, …": a signature, the role on the line under the name (real-fourteenth).
        var under = last + 1;
        if (context.IsPunct(under, '('))
        {
            for (var k = 0; k < 12 && under < context.Tokens.Count && !context.IsPunct(under, ')'); k++)
            {
                under++;
            }

            under++;
        }

        if (under < context.Tokens.Count && context.NewLineBefore(under)
            && (context.IsAny(under, OutsideRoles) || (context.IsCapitalised(under) && context.IsAny(under + 1, OutsideRoles))))
        {
            return true;
        }

        // "Keith Long, a case manager at …", "Ana Ruiz, the family's advocate", "Erin Andrews, the Emergency Assistance
        // Caseworker": a helper's role after an article, within a few words of it.
        if (context.IsPunct(last + 1, ',') && context.IsAny(last + 2, "a", "an", "the", "our") && HelperRoleFollows(context, last + 3))
        {
            return true;
        }

        // "Rita Moss, CFC's associate director", "Ann Lee, Maria's home visitor": a helper's role after an organisation's or a
        // person's possessive (real-eleventh, real-thirteenth).
        if (context.IsPunct(last + 1, ',') && context.IsWord(last + 2) && char.IsUpper(context.Original(last + 2)[0])
            && (context.Original(last + 2).EndsWith("'s") || context.Original(last + 2).EndsWith("\u2019s")) && HelperRoleFollows(context, last + 3))
        {
            return true;
        }

        // "our Program Director Kecia", "her Mentor Kristin", "Case Manager Jones": a capitalised role before the name.
        for (var t = first; t < last; t++)
        {
            if (context.IsAny(t, OutsideRoles))
            {
                return true;
            }
        }

        return context.IsAny(last + 1, "was", "is", "has", "had") && context.Is(last + 2, "working") && context.Is(last + 3, "with") && context.IsAny(last + 4, "the", "this")
            && context.IsAny(last + 5, "family", "families", "mother", "mom", "father", "dad", "parents", "grandmother", "children");
    }

    /// <summary>"with any questions", "with questions", "for more information", "for details" from <paramref name="t"/>.</summary>
    private static bool AsksForQuestions(ReviewContext context, int t)
    {
        if (context.Is(t, "with"))
        {
            var next = context.IsAny(t + 1, "any", "your") ? t + 2 : t + 1;
            return context.Is(next, "questions");
        }

        return context.Is(t, "for") && (context.IsAny(t + 1, "information", "details", "questions", "info")
            || (context.Is(t + 1, "more") && context.IsAny(t + 2, "information", "details", "info")));
    }

    /// <summary>A helper's role among the next few words ("the Emergency Assistance Caseworker"), unless a family word comes first ("a single mom and caseworker").</summary>
    private static bool HelperRoleFollows(ReviewContext context, int start)
    {
        for (var t = start; t < start + 4 && context.IsWord(t); t++)
        {
            if (context.IsAny(t, HelperRoles) || (context.IsAny(t, "case", "care", "social") && context.IsAny(t + 1, "manager", "worker")))
            {
                return true;
            }

            if (context.IsAny(t, "mother", "mom", "father", "dad", "parent", "grandmother", "grandfather", "grandma", "grandpa", "single", "who", "whose"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsQuote(ReviewContext context, int t) =>
        t >= 0 && t < context.Tokens.Count && context.Tokens[t].Kind == TokenKind.Punctuation && context.Text[context.Tokens[t].Start] is '"' or '\u201c' or '\u201d';

    /// <summary>What follows a brand, a title or a character: "Pokemon toys", "the Harry Potter books", "a Frozen doll".</summary>
    private static readonly WordSet WorkNouns = new([
        "books", "book", "series", "movie", "movies", "show", "toys", "toy", "doll", "dolls", "figure", "figures", "playset", "set", "game",
        "games", "cards", "novels", "dollhouse", "logo", "items", "merchandise", "lights", "sweatshirts", "hoodie", "hoodies", "shoes",
        "gift", "console", "controller", "blocks", "bouncer", "action", "speaker", "speakers", "variant", "babies", "polish", "kit",
        "card", "blanket", "blankets", "comforter", "comforters", "sheet", "sheets", "bed", "beds", "mattress", "bedding",
    ]);

    private static readonly WordSet BedSizes = new(["king", "queen", "twin", "full"]);

    private static readonly WordSet BeddingWords = new(["bed", "beds", "bedding", "blanket", "blankets", "comforter", "comforters", "sheet", "sheets", "mattress", "size", "set", "pillows", "frame"]);

    /// <summary>"Bedding (Queen)", "King blanket", "a Twin bed": a bed's size, not a person.</summary>
    private static bool IsBedSize(ReviewContext context, int first, int last)
    {
        if (first != last || !context.IsAny(first, BedSizes))
        {
            return false;
        }

        for (var t = Math.Max(0, first - 3); t <= Math.Min(context.Tokens.Count - 1, first + 2); t++)
        {
            if (t != first && context.IsAny(t, BeddingWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Amiyah, 7,", "Donna, 9, is", "10-year-old tomboy Ariyah", "Jaxon, age 8": a child named with an age.</summary>
    private static bool HasAgeBeside(ReviewContext context, int first, int last)
    {
        var after = last + 1;
        if (context.IsPunct(after, ',') && (IsNumber(context, after + 1) || (context.Is(after + 1, "age") && IsNumber(context, after + 2))))
        {
            return true;
        }

        for (var t = first - 1; t >= Math.Max(0, first - 3); t--)
        {
            if (context.Is(t, "old") && context.IsPunct(t - 1, '-'))
            {
                return true; // "10-year-old tomboy Ariyah"
            }

            if (!context.IsWord(t) || context.IsCapitalised(t))
            {
                break;
            }
        }

        return false;
    }

    private static bool IsNumber(ReviewContext context, int t) => t < context.Tokens.Count && context.Tokens[t].Kind == TokenKind.Number;

    /// <summary>Every other occurrence of a found name is a name too ("Maria works as a housekeeper").</summary>
    private static void Propagate(ReviewContext context, List<TextSpan> found, HashSet<string> foundWords, bool[] marked)
    {
        var lookup = foundWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (marked[t] || !context.IsCapitalised(t) || !lookup.Contains(Bare(context.Original(t))))
            {
                continue;
            }

            found.Add(TextSpan.FromBounds(context.Tokens[t].Start, NameEnd(context, t)));
            marked[t] = true;
        }
    }

    /// <summary>The end of the name in a token, without a possessive "'s".</summary>
    private static int NameEnd(ReviewContext context, int token)
    {
        var word = context.Original(token);
        return context.Tokens[token].Start + word.Length - (word.Length - Bare(word).Length);
    }

    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' or 'S' && Tokenizer.IsApostrophe(word[^2]) ? word[..^2] : word;

    /// <summary>"Columbia TN", "lives in Smyrna": a town, not a person.</summary>
    private static bool IsPlace(ReviewContext context, int first, int last)
    {
        var next = last + 1;
        if (context.IsPunct(next, ','))
        {
            next++;
        }

        if (context.IsWord(next) && context.Original(next) is { Length: 2 } code && char.IsUpper(code[0]) && char.IsUpper(code[1]) && IsStateCode(code))
        {
            return true;
        }

        // "from El Salvador", "in Cookeville": a place, unless it is someone's ("from Maria's house"); "in Pittsfield or
        // Chelsea": a place joined to one.
        return (context.IsAny(first - 1, "in", "near", "outside", "from", "across") && !context.Original(last).EndsWith("'s") && !context.Original(last).EndsWith("\u2019s")
            && !(context.Is(first - 1, "in") && context.IsAny(first - 2, "took", "taken", "take", "takes"))) // "took in Ayesha"
            || (context.IsAny(first - 1, "or", "and") && context.IsCapitalised(first - 2) && !context.IsCapitalised(first - 3) && IsPlace(context, first - 2, first - 2)
                && !context.Original(last).EndsWith("'s") && !context.Original(last).EndsWith("\u2019s"))
            || IsListedPlaceInUse(context, first, last);
    }

    private static readonly WordSet MoveVerbs = new([
        "moved", "move", "moves", "moving", "relocated", "relocate", "relocating", "returned", "came", "went", "flew", "drove", "headed", "transferred",
    ]);

    /// <summary>
    /// "moved to Sydney", "moved to East Baltimore", "a Sydney motel", "a classic London postwar block": a town in the list of
    /// places (also a given name) after a verb of moving and "to", or before a noun after "a"/"an" (no one is "a Maria").
    /// </summary>
    private static bool IsListedPlaceInUse(ReviewContext context, int first, int last)
    {
        if (last - first > 2 || context.Original(last).EndsWith("'s") || context.Original(last).EndsWith("\u2019s"))
        {
            return false;
        }

        // Where it stands first (no string is made for a run that is in no such place), then whether the list holds it.
        if (!(context.Is(first - 1, "to") && context.IsAny(first - 2, MoveVerbs)) && !IsBeforeANoun(context, first, last))
        {
            return false;
        }

        var start = context.IsAny(first, CompassWords) && last > first ? first + 1 : first;
        return start == last
            ? context.Lexicon.Places.Contains(context.Lower(last))
            : context.Lexicon.Places.Contains(string.Join(' ', Enumerable.Range(start, last - start + 1).Where(context.IsWord).Select(t => context.Lower(t).ToString())));
    }

    /// <summary>"a Sydney motel", "a classic London postwar block": after "a"/"an" (up to two small words between) and before a small word.</summary>
    private static bool IsBeforeANoun(ReviewContext context, int first, int last)
    {
        if (!context.IsWord(last + 1) || context.IsCapitalised(last + 1))
        {
            return false;
        }

        var k = first - 1;
        for (var skipped = 0; skipped < 2 && context.IsWord(k) && !context.IsCapitalised(k) && !context.IsAny(k, "a", "an"); skipped++)
        {
            k--;
        }

        return context.IsAny(k, "a", "an");
    }

    private static bool IsStateCode(ReadOnlySpan<char> code) =>
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".Contains(code, StringComparison.Ordinal);

    private static bool IsTitle(ReviewContext context, int t) => context.IsAny(t, Titles);

    /// <summary>"woo" in "Ji-woo", "jun" in "Min-jun": a short lower-case syllable glued by a hyphen.</summary>
    private static bool IsShortSyllable(ReviewContext context, int t) => context.Tokens[t].Length <= 4 && !context.Lexicon.IsCommonWord(context.Lower(t));

    private static bool IsEnglish(ReviewContext context, int t) => context.Lexicon.English.Contains(context.Lower(t));

    private static bool IsNotName(ReviewContext context, int t) =>
        context.IsWord(t) && context.Lexicon.NotNames.Contains(Bare(context.Lower(t))) && !IsMonthActingAsPerson(context, t);

    /// <summary>"April is working hard", "call June", "Summer needs a bed": a month or season that is also a given name, acting as a person.</summary>
    private static bool IsMonthActingAsPerson(ReviewContext context, int t) =>
        context.IsAny(t, "april", "may", "june", "august", "summer", "autumn") && context.IsCapitalised(t)
        && !context.IsAny(t - 1, "in", "late", "early", "mid", "of", "by", "since", "until", "through", "before", "after", "last", "next", "this", "every")
        && (FollowedByPersonAction(context, t) || HasContactVerbBefore(context, t));

    private static bool IsAbbreviatedMonth(ReviewContext context, int t)
    {
        if (!context.IsAny(t, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"))
        {
            return false;
        }

        var next = context.IsPunct(t + 1, '.') ? t + 2 : t + 1;
        return next < context.Tokens.Count && context.Tokens[next].Kind == TokenKind.Number;
    }

    private static bool IsRelation(ReviewContext context, int t) => context.IsAny(t, RelationWords);

    /// <summary>"Grace Fellowship", "Nolensville Pike Apt", "Marshall Islands": a word after the first that names a place or a business.</summary>
    private static bool HasPlaceWord(ReviewContext context, int first, int last)
    {
        for (var t = first + 1; t <= last; t++)
        {
            if (context.IsWord(t) && context.Lexicon.PlaceWords.ContainsKey(context.Lower(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A place, a business, a people or a language rather than a person, unless a title or relation vouches for it.</summary>
    private static bool NotAPerson(ReviewContext context, int first, int last)
    {
        if (IsTitleOrWork(context, first, last) || IsSomeoneOutsideTheFamily(context, first, last) || IsBedSize(context, first, last))
        {
            return true; // even after a title: "Dr. Suess books", "the landlord is Mr. Pruitt"
        }

        // "Whittier, Ca 90601": a state's code after a town, in any case.
        if (first == last && context.Tokens[first].Length == 2 && context.IsPunct(first - 1, ',') && context.IsCapitalised(first - 2)
            && IsStateCode(context.Original(first).ToString().ToUpperInvariant()))
        {
            return true;
        }

        // "Port-au-Prince", "St. Thomas": part of a place's name.
        if ((context.IsPunct(first - 1, '-') && !context.Tokens[first].SpaceBefore) || (context.IsPunct(first - 1, '.') && context.IsAny(first - 2, "st", "ste", "mt", "ft")))
        {
            return true;
        }

        var vouched = IsTitle(context, first) || HasRelationBefore(context, first) || IsFamilyName(context, first, last)
            || (context.Is(last + 1, "and") && context.IsAny(last + 2, "her", "his") && context.IsAny(last + 3, "husband", "wife", "partner", "kids", "children", "son", "daughter"));
        return !vouched && (HasPlaceWord(context, first, last) || IsPlace(context, first, last) || IsPeopleOrLanguage(context, first, last) || IsPlaceRun(context, first, last)
            || (last > first && context.Is(first, "saint")) // "Saint Francis", "Saint Louis": a place, a school, an agency
            || (last > first && context.Lexicon.PlaceWords.TryGetValue(context.Lower(first), out var kind) && kind == PlaceKind.Organisation)
            || (!context.IsCapitalised(last + 1) && context.IsAny(last + 1, "complex", "subdivision", "community", "neighborhood", "area", "county", "road", "street"))
            || (!context.IsCapitalised(last + 1) && context.IsAny(last + 1, OrganisationNouns)));
    }

    /// <summary>What follows a program's or an organisation's name: "a Promise program", "the Foster Hope charity".</summary>
    private static readonly WordSet OrganisationNouns = new([
        "program", "programs", "project", "projects", "charity", "charities", "foundation", "ministry", "ministries", "fund", "coalition",
        "alliance", "network", "organization", "organisation", "nonprofit", "non-profit", "agency", "shelter", "pantry", "campaign",
        "initiative", "chairwoman", "chairman", "chairperson",
    ]);

    /// <summary>"a rough year for the Whitlocks": a family named by its surname in the plural.</summary>
    private static bool IsPluralSurname(ReviewContext context, int first, int last)
    {
        if (first != last || !context.Is(first - 1, "the"))
        {
            return false;
        }

        var lower = context.Lower(first);
        return lower.Length > 4 && lower[^1] == 's' && lower[^2] != 's' && !context.Lexicon.English.Contains(lower) && !context.IsBrandToken(first)
            && context.Lexicon.Names.TryGetValue(lower[..^1], out var kind) && kind.HasFlag(NameKind.Last) && !context.Lexicon.English.Contains(lower[..^1]);
    }

    /// <summary>"the Morales children", "the Nguyen family": a family's name.</summary>
    private static bool IsFamilyName(ReviewContext context, int first, int last) =>
        (context.Is(first - 1, "the") || context.Is(first, "the")) && context.IsAny(last + 1, "family", "children", "kids", "household", "boys", "girls", "siblings", "twins", "home", "house");

    /// <summary>"a Karen family", "Karen refugees", "Russian-speaking": a people or a language, not a person.</summary>
    private static bool IsPeopleOrLanguage(ReviewContext context, int first, int last) =>
        (context.IsAny(first - 1, "a", "an") && context.IsAny(last + 1, PeopleNouns))
        || (context.IsAny(last + 1, PeopleNouns) && context.Lexicon.Places.Contains(Bare(context.Lower(last)))
            && ((first == last && context.IsAny(first - 1, "this", "that", "the")) || (last == first + 1 && context.IsAny(first, "this", "that", "the")))) // "This Augusta boy"
        || context.IsAny(last + 1, "refugees", "families", "people", "immigrants", "speakers", "community", "tribe", "culture", "language", "food", "church")
        || (context.IsPunct(last + 1, '-') && context.IsAny(last + 2, "speaking", "american", "born"));

    /// <summary>"her son Mateo", "grandkids, Luis and Camila", "named Grace".</summary>
    private static bool HasRelationBefore(ReviewContext context, int first)
    {
        // Walk back over a list of names ("Luis, Ana and Camila") to the word before it; bounded by the text.
        var t = first - 1;
        while (true)
        {
            if (context.IsPunct(t, ',') || context.IsPunct(t, ':') || context.IsPunct(t, '('))
            {
                t--;
            }

            if (context.IsAny(t, "and", "or", "&") && context.IsCapitalised(t - 1))
            {
                t = FirstOfRun(context, t - 1) - 1;
                continue;
            }

            if (context.IsCapitalised(t) && context.IsPunct(t + 1, ','))
            {
                t = FirstOfRun(context, t) - 1;
                continue;
            }

            return IsRelation(context, t) && !context.IsCapitalised(t);
        }
    }

    private static int FirstOfRun(ReviewContext context, int t)
    {
        while (context.IsCapitalised(t - 1) && context.Tokens[t].SpaceBefore)
        {
            t--;
        }

        return t;
    }

    private static bool HasContactVerbBefore(ReviewContext context, int first) =>
        context.IsAny(first - 1, ContactVerbs) || (context.Is(first - 1, "in") && context.IsAny(first - 2, "took", "taken", "take", "takes"));

    private static bool FollowedByPersonVerb(ReviewContext context, int last) => context.IsAny(last + 1, PersonVerbs);

    /// <summary>"Grace needs a bed", "Hope works nights", "Will is 7": a sentence-initial word that acts like a person.</summary>
    private static bool FollowedByPersonAction(ReviewContext context, int last) =>
        (context.IsPunct(last + 1, '-') || context.IsPunct(last + 1, '\u2013')) && context.NewLineBefore(FirstOfRun(context, last)) && context.Tokens[last + 1].SpaceBefore
            ? FollowedByPersonAction(context, last + 1) // "Albert - is 3 yrs old": a list line naming a child
            : context.IsAny(last + 1, PersonActions)
        || (context.Original(last).Length > 2 && Bare(context.Original(last)).Length < context.Original(last).Length
            && (context.IsAny(last + 1, RelationWords) || context.IsAny(last + 1, "home", "house", "apartment", "bedroom", "life", "job", "car", "landlord")))
        || (context.IsAny(last + 1, "is", "was", "has") && context.IsAny(last + 2, PersonStates))
        || (context.IsAny(last + 1, "is", "was") && context.IsAny(last + 2, "a", "an") && PeopleNounSoon(context, last + 3))
        || (context.Is(last + 1, "and") && context.IsAny(last + 2, "her", "his", "their"))
        || (context.IsPunct(last + 1, ',') && context.IsAny(last + 2, "a", "an") && AppositiveNounSoon(context, last + 3))
        || (context.IsAny(last + 1, "is", "was", "turned", "turns") && last + 2 < context.Tokens.Count && context.Tokens[last + 2].Kind == TokenKind.Number);

    /// <summary>A person noun within the next few words of a comma-set phrase ("Tara, a single mother of four children").</summary>
    private static bool AppositiveNounSoon(ReviewContext context, int from)
    {
        for (var t = from; t < from + 4 && t < context.Tokens.Count && !context.IsPunct(t, '.') && !context.IsPunct(t, ','); t++)
        {
            if (context.IsAny(t, AppositiveNouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A people noun within the next few words of the same sentence ("a sweet, artistic girl").</summary>
    private static bool PeopleNounSoon(ReviewContext context, int from)
    {
        for (var t = from; t < from + 6 && t < context.Tokens.Count && !context.IsPunct(t, '.'); t++)
        {
            if (context.IsAny(t, PeopleNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFirstName(ReviewContext context, int token)
    {
        var lower = Bare(context.Lower(token));
        return context.Lexicon.Names.TryGetValue(Folding.NeedsFolding(lower) ? Folding.Fold(lower) : lower, out var kind) && kind.HasFlag(NameKind.First);
    }

    /// <summary>Every word of the sentence so far is capitalised (a title or a heading), so capitals tell nothing.</summary>
    private static bool IsCapitalisedPhrase(ReviewContext context, int first, int last) =>
        context.IsCapitalised(first - 1) || context.IsCapitalised(last + 1);

    /// <summary>Names joined to a found name ("Adebayo Okafor and Chioma", "Luis, Camila and Ana") are names too.</summary>
    private static void AddCoordinated(ReviewContext context, List<TextSpan> found, HashSet<string> foundWords, bool[] marked)
    {
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (!context.IsCapitalised(t) || marked[t])
            {
                continue;
            }

            var evidence = Judge(context, t, context.Lexicon);
            if (evidence is not (Evidence.Strong or Evidence.Weak or Evidence.Unknown) || context.IsCapitalised(t + 1) || context.IsCapitalised(t - 1) || NotAPerson(context, t, t) || IsPlaceName(context, t))
            {
                continue;
            }

            var joinedBefore = context.IsAny(t - 1, "and", "or", "&") || context.IsPunct(t - 1, ',');
            var joinedAfter = context.IsAny(t + 1, "and", "or", "&") || context.IsPunct(t + 1, ',');
            var nameBefore = joinedBefore && t >= 2 && marked[t - 2];
            var nameAfter = joinedAfter && t + 2 < context.Tokens.Count && marked[t + 2];
            if ((nameBefore || nameAfter) && !(evidence == Evidence.Weak && !IsFirstName(context, t)))
            {
                found.Add(TextSpan.FromBounds(context.Tokens[t].Start, NameEnd(context, t)));
                marked[t] = true;
                foundWords.Add(Bare(context.Original(t)).ToString());
            }
        }
    }
}

namespace CarePortal.Review.Text;

[Flags]
internal enum NameKind : byte
{
    None = 0,
    First = 1,
    Last = 2,
}

internal enum PlaceKind : byte
{
    Organisation,
    Home,
    Street,
}

/// <summary>The word and name lists every review uses; loaded once per process from the embedded data.</summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Shared => Instance.Value;

    /// <summary>Every English word we accept as spelled right (lower case).</summary>
    public required WordSet English { get; init; }

    /// <summary>Common English words (lower case): "grace" and "will" are words before they are names.</summary>
    public required WordSet Common { get; init; }

    public required WordMap<NameKind> Names { get; init; }

    public required WordSet NotNames { get; init; }

    public required WordMap<PlaceKind> PlaceWords { get; init; }

    /// <summary>All-capital words the public knows (case-sensitive).</summary>
    public required WordSet KnownAbbreviations { get; init; }

    public required WordMap<string> Misspellings { get; init; }

    public required PhraseList<string> Services { get; init; }

    public required PhraseList<string> DeficitLabels { get; init; }

    /// <summary>Strength phrases; the value is true for praise words that may describe the help instead of the family.</summary>
    public required PhraseList<bool> Strengths { get; init; }

    /// <summary>Things asked for whose choice depends on a child's age, size or gender (clothes, toys, beds …).</summary>
    public required PhraseList<bool> AgeItems { get; init; }

    /// <summary>
    /// Real words in the wrong place ("clearing supplies"): which word of the phrase is wrong, the word meant, and whether it
    /// is a word that sounds the same (a grammar slip, FORMAT.md: "couldn't bare", as their/there) rather than a typo (spelling).
    /// </summary>
    public required PhraseList<(int Index, string Meant, bool SoundsSame)> Confusions { get; init; }

    /// <summary>Common verbs and their forms ("need", "needs", "needed"; "become", "became"): the grammar rule's verb classes.</summary>
    public required VerbTable Verbs { get; init; }

    /// <summary>US towns and cities, states and countries (lower case, accents folded): not family names.</summary>
    public required WordSet Places { get; init; }

    /// <summary>Brands, stores, characters, titles, programs and organisations ("Paw Patrol", "Head Start"): not family names; the value is true for a store, whose card is a gift card.</summary>
    public required PhraseList<bool> Brands { get; init; }

    /// <summary>Words of <see cref="Brands"/> (lower case): never a spelling mistake.</summary>
    public required WordSet BrandWords { get; init; }

    /// <summary>For a deficit word, nouns that show it describes someone else or a thing ("an abusive relationship", "bills are delinquent").</summary>
    public required WordMap<string[]> DeficitOthers { get; init; }

    /// <summary>A common English word, or a plural or inflection of one ("staples", "hopes", "willed").</summary>
    public bool IsCommonWord(ReadOnlySpan<char> lower)
    {
        if (Common.Contains(lower))
        {
            return true;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["s", "es", "ed", "d", "ing", "ly"])
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal) && Common.Contains(lower[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word that differs between a mistyped phrase and the one meant, and the word meant.</summary>
    private static (int, string, bool) Differ(string[] line) => Differ(line[0], line[1], line.Length > 2 && line[2] == "grammar");

    private static (int, string, bool) Differ(string wrong, string meant, bool soundsSame)
    {
        var w = wrong.Split(' ');
        var m = meant.Split(' ');
        for (var i = 0; i < Math.Min(w.Length, m.Length); i++)
        {
            if (w[i] != m[i])
            {
                return (i, m[i], soundsSame);
            }
        }

        throw new InvalidOperationException($"confusions.tsv: \"{wrong}\" and \"{meant}\" do not differ word for word");
    }

    private static Lexicon Load()
    {
        return new Lexicon
        {
            English = WordSet.Load("english-words.txt.gz", "field-words.txt"),
            Common = WordSet.Load("common-words.txt.gz"),
            Names = WordMap<NameKind>.Load("names.txt.gz", static kinds =>
                (kinds.Contains('f') ? NameKind.First : NameKind.None) | (kinds.Contains('l') ? NameKind.Last : NameKind.None)),
            NotNames = new WordSet(DataFiles.Lines("not-names.txt")),
            PlaceWords = new WordMap<PlaceKind>(DataFiles.Lines("place-words.txt").Select(l => l.Split('\t'))
                .ToDictionary(p => p[0], p => p[1] switch { "home" => PlaceKind.Home, "street" => PlaceKind.Street, _ => PlaceKind.Organisation }, StringComparer.Ordinal)),
            KnownAbbreviations = new WordSet(DataFiles.Lines("abbreviations.txt")),
            Misspellings = new WordMap<string>(DataFiles.Lines("misspellings.tsv").Select(l => l.Split('\t'))
                .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal)),
            Services = new PhraseList<string>(DataFiles.Lines("services.txt").Select(l => (l, l))),
            DeficitLabels = new PhraseList<string>(DataFiles.Lines("deficit-labels.tsv").Select(l => l.Split('\t')).Select(p => (p[0], p[1]))),
            AgeItems = new PhraseList<bool>(DataFiles.Lines("age-items.txt").Select(l => (l, true))),
            Confusions = new PhraseList<(int, string, bool)>(DataFiles.Lines("confusions.tsv").Select(l => l.Split('\t')).Select(p => (p[0], Differ(p)))),
            Places = new WordSet(DataFiles.Lines("places.txt.gz")),
            Brands = new PhraseList<bool>(DataFiles.Lines("brands.txt").Select(l => l.Split('\t')).Select(p => (p[0], p.Length > 1 && p[1] == "store"))),
            BrandWords = new WordSet(DataFiles.Lines("brands.txt").SelectMany(l => l.Split('\t')[0].Split(' ', '-', '.', '&')).Where(w => w.Length > 1)),
            DeficitOthers = new WordMap<string[]>(DataFiles.Lines("deficit-others.tsv").Select(l => l.Split('\t'))
                .ToDictionary(p => p[0], p => p[1].Split(' '), StringComparer.Ordinal)),
            Verbs = VerbTable.Load("verbs.tsv"),
            Strengths = new PhraseList<bool>(DataFiles.Lines("strengths.txt").Select(l => l[0] == '~' ? (l[1..], true) : (l, false))),
        };
    }
}

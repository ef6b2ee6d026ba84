namespace CarePortal.Review.Text;

/// <summary>Which form of a verb a word is (a word may be several: "come" is plain and past participle).</summary>
[Flags]
internal enum VerbForm : byte
{
    None = 0,
    Plain = 1,
    Third = 2,
    Past = 4,
    Participle = 8,
}

/// <summary>A verb's forms, and which of them a word looked up is.</summary>
internal readonly record struct VerbEntry(string Plain, string Third, string Past, string Participle, VerbForm Forms, bool Derived)
{
    public bool Is(VerbForm form) => (Forms & form) != 0;

    /// <summary>The word is this form and no other ("needs" is only the -s form; "come" is plain and participle).</summary>
    public bool IsOnly(VerbForm form) => Forms == form;
}

/// <summary>The forms of common verbs (<c>Data/verbs.tsv</c>), keyed by every form: the grammar rule's verb classes.</summary>
internal sealed class VerbTable
{
    private readonly WordMap<VerbEntry> forms;

    private VerbTable(WordMap<VerbEntry> forms) => this.forms = forms;

    public bool TryGet(ReadOnlySpan<char> word, WordKey key, out VerbEntry entry) => forms.TryGetValue(word, key, out entry);

    public bool TryGet(ReadOnlySpan<char> word, out VerbEntry entry) => forms.TryGetValue(word, out entry);

    public static VerbTable Load(string dataFile)
    {
        var byWord = new Dictionary<string, VerbEntry>(StringComparer.Ordinal);
        foreach (var line in DataFiles.Lines(dataFile))
        {
            var p = line.Split('\t');
            if (p.Length is not (4 or 5) || (p.Length == 5 && p[4] != "derived"))
            {
                throw new InvalidOperationException($"{dataFile}: \"{line}\" wants four forms (and \"derived\" where the verb was found by rule)");
            }

            Add(byWord, p[0], p, VerbForm.Plain);
            Add(byWord, p[1], p, VerbForm.Third);
            Add(byWord, p[2], p, VerbForm.Past);
            Add(byWord, p[3], p, VerbForm.Participle);
        }

        return new VerbTable(new WordMap<VerbEntry>(byWord));
    }

    private static void Add(Dictionary<string, VerbEntry> byWord, string word, string[] p, VerbForm form)
    {
        if (byWord.TryGetValue(word, out var seen) && seen.Plain != p[0] && !seen.Derived)
        {
            return; // a listed verb's form wins over a derived verb's ("found" is "find" in the past)
        }

        var forms = seen.Plain == p[0] ? seen.Forms | form : form;
        byWord[word] = new VerbEntry(p[0], p[1], p[2], p[3], forms, p.Length == 5);
    }
}

using CarePortal.Review.Text;
namespace CarePortal.Review.Rules;

/// <summary>Names a specific service or treatment (rehab, drug screens, anger management …) from the services list.</summary>
internal sealed class ConfidentialServiceRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialService;

    private static readonly WordSet NotTreatments = new(["debt", "credit", "financial", "budget", "budgeting", "housing", "career", "job", "vocational", "college", "academic", "legal", "school"]);

    private static readonly WordSet ChildWords = new(["son", "sons", "daughter", "daughters", "boy", "boys", "girl", "girls", "child", "children", "kids", "grandson", "granddaughter", "grandchildren", "teen", "toddler"]);

    private static readonly WordSet ParentWords = new(["mom", "mother", "dad", "father", "parent", "parents", "caregiver", "grandma", "grandmother", "grandpa", "grandfather", "she", "he", "they", "we", "i"]);

    /// <summary>"medical appointments and therapy sessions", "doctor and therapist sessions": therapy among doctors' care, not a case-plan service.</summary>
    private static bool IsMedicalTherapy(ReviewContext context, Text.PhraseMatch<string> match)
    {
        if (match.Phrase.Words[0] is not ("therapy" or "therapist") && Array.IndexOf(match.Phrase.Words, "treatment") < 0)
        {
            return false; // therapy or treatment among doctors' care ("in treatment for cancer")
        }

        var (first, last) = context.SentenceOf(match.FirstToken);
        for (var t = first; t <= last; t++)
        {
            if (context.IsAny(t, "medical", "doctor", "doctors", "doctor's", "surgery", "hospital", "appointments", "feeding", "disability", "autism", "autistic", "cancer", "chemo", "chemotherapy", "tumor", "injury", "injuries", "illness", "disease", "stroke", "leukemia", "dialysis"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs whose subject is in the service: "completed parenting classes", "attends counseling".</summary>
    private static readonly WordSet TakingPartVerbs = new(["completed", "completing", "complete", "completes", "attends", "attending", "attended", "finished", "finishing", "started", "starting", "began", "begun"]);

    /// <summary>
    /// Whom the service is for, by the nearest person word before it in its clause: "take two of the children to the
    /// therapy", "enrolled the children in school, arranged therapy" (the children's); "completed parenting and family
    /// therapy", "she is in counseling" (the parent's). Null when no person word comes first.
    /// </summary>
    private static bool? NearestPersonIsAChild(ReviewContext context, int token)
    {
        var (first, _) = context.SentenceOf(token);
        for (var t = token - 1; t >= first && t >= token - 8; t--)
        {
            if (context.IsAny(t, TakingPartVerbs))
            {
                return false;
            }

            if (context.IsAny(t, "is", "was", "are", "were", "has", "have", "had"))
            {
                return null; // "her children and is in rehab": the subject comes before the verb
            }

            if (context.IsAny(t, ChildWords))
            {
                return true;
            }

            if (context.IsAny(t, ParentWords))
            {
                return false;
            }
        }

        return null;
    }

    /// <summary>"therapy for myself and the children": the words after the service say it is the parent's, whoever came before.</summary>
    private static bool IsForTheParent(ReviewContext context, int last) =>
        context.Is(last + 1, "for") && context.IsAny(last + 2, "myself", "herself", "himself", "ourselves", "mom", "dad", "mother", "father", "parents");

    /// <summary>"Counseling is helping one of the boys": a child's own treatment, not a service a parent is in (FORMAT.md).</summary>
    private static bool IsAChildsService(ReviewContext context, int token)
    {
        if (NearestPersonIsAChild(context, token) is { } nearest)
        {
            return nearest;
        }

        var (first, last) = context.SentenceOf(token);
        bool child = false, parent = false;
        for (var t = first; t <= last; t++)
        {
            child |= context.IsAny(t, ChildWords);
            parent |= context.IsAny(t, ParentWords);
        }

        return child && !parent;
    }

    /// <summary>
    /// "return to school for a degree in counseling", "listened as a trained therapist", "works as a counselor": a field of
    /// study or someone's profession, not a service the parent is in (real-twelfth, real-thirteenth).
    /// </summary>
    private static bool IsAFieldOrAProfession(ReviewContext context, Text.PhraseMatch<string> match)
    {
        var before = match.FirstToken - 1;
        if (context.IsAny(before, "trained", "licensed", "certified", "professional"))
        {
            before--;
        }

        return (context.Is(before, "in") && context.IsAny(before - 1, FieldNouns))
            || context.IsAny(before, "studying", "studies", "studied")
            || (match.Phrase.Words[0] is "therapist" or "counselor" or "counsellor" && context.IsAny(before, "a", "an") && context.Is(before - 1, "as"));
    }

    private static readonly WordSet FieldNouns = new(["degree", "degrees", "career", "major", "majoring", "certificate", "certification", "masters", "master's", "bachelor's", "diploma", "job", "jobs"]);

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Services)
        {
            // "speech therapy", "a therapy dog", "the probation office": the service is not the parent's.
            // "debt counseling", "job counseling": money or job advice, not a treatment; "a rehab specialist": a job.
            if (context.IsAny(match.FirstToken - 1, "speech", "physical", "occupational", "feeding", "respiratory", "his", "her") && match.Phrase.Words[0] == "therapy"
                || (context.IsAny(match.FirstToken - 1, NotTreatments) && match.Phrase.Words[0] is "counseling" or "counselling")
                || context.IsAny(match.LastToken + 1, "dog", "dogs", "office", "schedule", "schedules", "department", "facility", "facilities", "center", "centers", "clinic",
                    "specialist", "specialists", "technician", "aide", "worker", "workers", "nurse")
                || (!IsForTheParent(context, match.LastToken) && IsAChildsService(context, match.FirstToken)) || IsMedicalTherapy(context, match)
                || IsAFieldOrAProfession(context, match))
            {
                continue;
            }

            // "completing drug screens" -> "completing services"; elsewhere ("she is in rehab") no word fits.
            var fits = context.IsAny(match.FirstToken - 1, "completing", "completed", "complete", "finishing", "finished", "attending", "attends", "attended", "doing", "her", "his", "their");
            findings.Add(Info.At(context, match.Span, fits ? null : $"{Info.Why} Say in general terms that the parent is working on services.", fits ? "services" : null));
        }
    }
}

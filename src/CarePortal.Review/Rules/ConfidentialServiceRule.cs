namespace CarePortal.Review.Rules;

/// <summary>Names a specific service or treatment (rehab, drug screens, anger management …) from the services list.</summary>
internal sealed class ConfidentialServiceRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialService;

    private static readonly string[] ChildWords = ["son", "sons", "daughter", "daughters", "boy", "boys", "girl", "girls", "child", "children", "kids", "grandson", "granddaughter", "grandchildren", "teen", "toddler"];

    private static readonly string[] ParentWords = ["mom", "mother", "dad", "father", "parent", "parents", "caregiver", "grandma", "grandmother", "grandpa", "grandfather", "she", "he", "they", "we", "i"];

    /// <summary>"medical appointments and therapy sessions": therapy among doctors' care, not a case-plan service.</summary>
    private static bool IsMedicalTherapy(ReviewContext context, Text.PhraseMatch<string> match)
    {
        if (match.Phrase.Words[0] != "therapy" && Array.IndexOf(match.Phrase.Words, "treatment") < 0)
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

    /// <summary>"Counseling is helping one of the boys": a child's own treatment, not a service a parent is in (FORMAT.md).</summary>
    private static bool IsAChildsService(ReviewContext context, int token)
    {
        var (first, last) = context.SentenceOf(token);
        bool child = false, parent = false;
        for (var t = first; t <= last; t++)
        {
            child |= context.IsAny(t, ChildWords);
            parent |= context.IsAny(t, ParentWords);
        }

        return child && !parent;
    }

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Services)
        {
            // "speech therapy", "a therapy dog", "the probation office": the service is not the parent's.
            if (context.IsAny(match.FirstToken - 1, "speech", "physical", "occupational", "feeding", "respiratory", "his", "her") && match.Phrase.Words[0] == "therapy"
                || context.IsAny(match.LastToken + 1, "dog", "dogs", "office", "schedule", "schedules", "department", "facility", "facilities", "center", "centers", "clinic")
                || IsAChildsService(context, match.FirstToken) || IsMedicalTherapy(context, match))
            {
                continue;
            }

            // "completing drug screens" -> "completing services"; elsewhere ("she is in rehab") no word fits.
            var fits = context.IsAny(match.FirstToken - 1, "completing", "completed", "complete", "finishing", "finished", "attending", "attends", "attended", "doing", "her", "his", "their");
            findings.Add(Info.At(context, match.Span, fits ? null : $"{Info.Why} Say in general terms that the parent is working on services.", fits ? "services" : null));
        }
    }
}

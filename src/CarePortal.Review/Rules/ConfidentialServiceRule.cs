namespace CarePortal.Review.Rules;

/// <summary>Names a specific service or treatment (rehab, drug screens, anger management …) from the services list.</summary>
internal sealed class ConfidentialServiceRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialService;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Services)
        {
            // "speech therapy", "a therapy dog", "the probation office": the service is not the parent's.
            if (context.IsAny(match.FirstToken - 1, "speech", "physical", "occupational", "feeding", "respiratory", "his", "her") && match.Phrase.Words[0] == "therapy"
                || context.IsAny(match.LastToken + 1, "dog", "dogs", "office", "schedule", "schedules", "department"))
            {
                continue;
            }

            findings.Add(Info.At(context, match.Span, replacement: "services"));
        }
    }
}

namespace CarePortal.Review.Rules;

/// <summary>Phone numbers in every common format, emails, web addresses and social-media handles.</summary>
internal sealed class ConfidentialContactRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialContact;

    private static bool IsInstitutionSite(ReviewContext context, TextSpan span)
    {
        var text = context.LowerText.AsSpan(span.Start, span.Length);
        return !text.Contains('@') && (text.EndsWith(".gov") || text.EndsWith(".org") || text.EndsWith(".edu") || text.EndsWith(".us") || text.Contains(".gov/", StringComparison.Ordinal));
    }

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var span in context.Contacts)
        {
            if (IsInstitutionSite(context, span))
            {
                continue; // "kub.org": the utility's website, not the family's contact
            }

            findings.Add(Private.Remove(Info, context, span));
        }
    }
}

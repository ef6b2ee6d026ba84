namespace CarePortal.Review.Rules;

/// <summary>SSNs, case numbers, dates of birth, account and ID numbers, license plates.</summary>
internal sealed class ConfidentialIdRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialId;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var id in context.Identifiers)
        {
            var replacement = id.Kind is IdentifierKind.AccountNumber or IdentifierKind.CaseNumber or IdentifierKind.OtherId or IdentifierKind.LicensePlate
                ? "[on file with the caseworker]"
                : "[removed]";
            findings.Add(Info.At(context, id.Span, replacement: replacement));
        }
    }
}

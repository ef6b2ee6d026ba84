namespace CarePortal.Review.Rules;

/// <summary>Names of family members (first or last), found by <see cref="NameFinder"/>; the fix is a role word.</summary>
internal sealed class ConfidentialNameRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialName;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var span in context.Names)
        {
            var role = RoleWords.For(context, span, context.Names);
            if (role is null)
            {
                findings.Add(Info.At(context, span, $"{Info.Why} No one word fits here: say who this is instead (Mom, Grandma, her son, the 7-year-old)."));
                continue;
            }

            var (replacement, fixSpan) = role.Value;
            findings.Add(Info.At(context, span, replacement: replacement) with { FixSpan = fixSpan == span ? null : fixSpan });
        }
    }
}

using System.Text.RegularExpressions;

namespace CarePortal.Review.Rules;

/// <summary>A suggestion when the description offers no chance for the family to connect with the partner.</summary>
internal sealed partial class ConnectionMissingRule : IRule
{
    [GeneratedRegex(@"\b(connect(ed|ing|ion)?|meet|meeting|get to know|church (family|home)|friends?|relationship|mentor(ing)?|thank (them|you|the partners?) in person|welcome (a |new )?(visit|friends|support)|open to|love to (meet|connect|get))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex Connection { get; }

    public RuleInfo Info => RuleCatalog.ConnectionMissing;

    /// <summary>An offer that is not negated ("There is no need to meet the family" offers nothing).</summary>
    private static bool Offered(ReviewContext context)
    {
        foreach (var m in Connection.EnumerateMatches(context.Text))
        {
            if (!context.IsNegatedAt(m.Index))
            {
                return true;
            }
        }

        return false;
    }

    public void Check(ReviewContext context, List<Finding> findings)
    {
        if (context.Tokens.Count > 0 && !Offered(context))
        {
            findings.Add(Info.Document(context,
                $"{Info.Why} For example: \"The family would love to meet the partners who help.\""));
        }
    }
}

using Microsoft.AspNetCore.Identity;

namespace CarePortal.Web.Features.Accounts;

/// <summary>The password rules in words, from Identity's options (the same ones that check the password).</summary>
public static class PasswordRules
{
    public static string Describe(PasswordOptions p)
    {
        var rules = new List<string> { $"at least {p.RequiredLength} characters" };
        if (p.RequireUppercase)
        {
            rules.Add("an upper-case letter");
        }

        if (p.RequireLowercase)
        {
            rules.Add("a lower-case letter");
        }

        if (p.RequireDigit)
        {
            rules.Add("a digit");
        }

        if (p.RequireNonAlphanumeric)
        {
            rules.Add("a character that is not a letter or digit");
        }

        rules.Add("not one of the most common passwords");
        return string.Join(", ", rules);
    }
}

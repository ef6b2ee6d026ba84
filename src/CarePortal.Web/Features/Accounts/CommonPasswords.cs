using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Refuses the passwords people guess first (NIST SP 800-63B asks for a check against such a list): the 10,000 most common
/// (Data/common-passwords.txt), any of them repeated (<c>passwordpassword</c>) or followed by only digits and symbols
/// (<c>password2026!</c>), a run of digits (<c>123456789012</c>), and the published demo password outside Development.
/// </summary>
public sealed class CommonPasswords(IHostEnvironment environment) : IPasswordValidator<AppUser>
{
    /// <summary>The demo people's password, printed in the README: fine for the demo data, never for a real account.</summary>
    public const string DemoPassword = "CarePortal-demo-1";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) => Task.FromResult(
        password is not null && IsCommon(password, environment.IsDevelopment())
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is one of the most common ones, which are guessed first: choose another (a few unrelated words make a good one)." })
            : IdentityResult.Success);

    public static bool IsCommon(string password, bool development)
    {
        if (!development && password == DemoPassword)
        {
            return true;
        }

        var p = password.ToLowerInvariant();
        var core = p.TrimEnd("0123456789!@#$%^&*()-_=+.?,;:~ ".ToCharArray());
        return List.Value.Contains(p) || (core.Length > 0 && List.Value.Contains(core)) || IsRepeated(p) || IsDigitRun(p);
    }

    /// <summary>A listed password (or any unit) typed twice or more: <c>passwordpassword</c>, <c>abcabcabcabc</c>.</summary>
    private static bool IsRepeated(string p)
    {
        for (var unit = 1; unit <= p.Length / 2; unit++)
        {
            if (p.Length % unit == 0 && p.AsSpan(0, p.Length - unit).SequenceEqual(p.AsSpan(unit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits counting up or down, wrapping at 9/0: <c>123456789012</c>, <c>987654321098</c>.</summary>
    private static bool IsDigitRun(string p)
    {
        if (p.Length < 2 || !p.All(char.IsAsciiDigit))
        {
            return false;
        }

        var step = (p[1] - p[0] + 10) % 10;
        if (step is not (1 or 9))
        {
            return false;
        }

        for (var i = 2; i < p.Length; i++)
        {
            if ((p[i] - p[i - 1] + 10) % 10 != step)
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("CarePortal.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}

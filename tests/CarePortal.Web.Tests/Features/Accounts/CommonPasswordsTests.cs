using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>
/// Passwords go through all of the app's Identity validators: 12 characters at least with no forced symbols (NIST SP 800-63B),
/// none of the common ones (issue #17 item 5). The join page shows the same refusal (JoinTests).
/// </summary>
public sealed class CommonPasswordsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("passwordpassword")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiop123")]
    [InlineData("Password2026!")]
    [InlineData("iloveyouiloveyou")]
    [InlineData("aaaaaaaaaaaaaa")]
    public async Task A_common_password_is_refused_with_a_sentence(string password)
    {
        var errors = await ErrorsAsync(password);

        Assert.Contains(errors, e => e.StartsWith("This password is one of the most common ones", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Long-enough-1")]
    [InlineData(CommonPasswords.DemoPassword)]
    public async Task A_long_uncommon_password_without_forced_symbols_is_accepted_and_the_demo_one_only_in_development(string password)
    {
        Assert.Empty(await ErrorsAsync(password));
    }

    [Fact]
    public async Task A_password_under_12_characters_is_refused_with_the_rule()
    {
        Assert.Contains("Passwords must be at least 12 characters.", await ErrorsAsync("Short-pw-1!"));
    }

    [Fact]
    public void The_published_demo_password_is_refused_outside_development()
    {
        Assert.True(CommonPasswords.IsCommon(CommonPasswords.DemoPassword, development: false));
        Assert.False(CommonPasswords.IsCommon(CommonPasswords.DemoPassword, development: true));
        Assert.False(CommonPasswords.IsCommon("Vera-own-pass-1", development: false));
    }

    private async Task<List<string>> ErrorsAsync(string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var person = new AppUser { UserName = "someone@church.example", Email = "someone@church.example" };
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, person, password)).Errors.Select(e => e.Description));
        }

        return errors;
    }
}

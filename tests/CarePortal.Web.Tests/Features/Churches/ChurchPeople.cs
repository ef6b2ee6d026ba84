using System.Net;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>Signs in, through the sign-in page, people the tests made (point persons of onboarded churches, test agencies' staff).</summary>
public static class ChurchPeople
{
    public const string Password = "Church-pass-2026";

    /// <summary>Gives the person this password when they have none yet, then signs in with it; the client holds the cookie.</summary>
    public static async Task<HttpClient> SignedInAsync(CarePortalApp app, string email)
    {
        await GivePasswordAsync(app, email, Password);

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await Forms.PostAsync(client, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    public static async Task GivePasswordAsync(CarePortalApp app, string email, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No person {email}.");
        if (!await users.HasPasswordAsync(user))
        {
            Assert.True((await users.AddPasswordAsync(user, password)).Succeeded);
        }
    }
}

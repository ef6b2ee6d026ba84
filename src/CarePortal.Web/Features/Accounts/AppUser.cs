using Microsoft.AspNetCore.Identity;

namespace CarePortal.Web.Features.Accounts;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}

namespace CarePortal.Web.Features.People;

public static class PeopleExtensions
{
    public static WebApplicationBuilder AddPeople(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<InvitePerson>();
        builder.Services.AddScoped<ChangeRole>();
        builder.Services.AddScoped<Deactivate>();
        builder.Services.AddScoped<Reactivate>();
        builder.Services.AddScoped<ResendInvitation>();
        builder.Services.AddScoped<RevokeInvitation>();
        builder.Services.AddScoped<Accounts.IWithdrawnOffers, RevokedInvitations>();
        builder.Services.AddScoped<SendPasswordReset>();
        builder.Services.AddScoped<ReassignRequests>();
        return builder;
    }
}

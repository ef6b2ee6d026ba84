namespace CarePortal.Web.Features.AuditLog;

public static class AuditLogExtensions
{
    public static WebApplicationBuilder AddAuditLog(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdminAudit>();
        builder.Services.AddScoped<Organisations.IAuditTrail, AuditTrail>();
        builder.Services.AddScoped<ReadAuditLog>();
        builder.Services.AddScoped<ContactViews>();
        return builder;
    }
}

using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Texts;
using CarePortal.Web.Features.Training;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePortal.Web.Data;

/// <summary>The one model of the platform; each provider has a subclass so that each keeps its own migrations.</summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every web node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<CareRequest> Requests => Set<CareRequest>();
    public DbSet<RequestItem> RequestItems => Set<RequestItem>();
    public DbSet<PrivateDetails> PrivateDetails => Set<PrivateDetails>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<RequestTransition> RequestTransitions => Set<RequestTransition>();
    public DbSet<PrivateDetailsRead> PrivateDetailsReads => Set<PrivateDetailsRead>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<Church> Churches => Set<Church>();
    public DbSet<CountySetting> CountySettings => Set<CountySetting>();
    public DbSet<TeamSetting> TeamSettings => Set<TeamSetting>();
    public DbSet<RequestRecipient> RequestRecipients => Set<RequestRecipient>();
    public DbSet<ResponderApproval> ResponderApprovals => Set<ResponderApproval>();
    public DbSet<RequestRouting> RequestRoutings => Set<RequestRouting>();
    public DbSet<ChurchResponse> ChurchResponses => Set<ChurchResponse>();
    public DbSet<ItemClaim> ItemClaims => Set<ItemClaim>();
    public DbSet<ResponderAssignment> ResponderAssignments => Set<ResponderAssignment>();
    public DbSet<RequestMessage> RequestMessages => Set<RequestMessage>();
    public DbSet<Connection> Connections => Set<Connection>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<FollowUpAnswer> FollowUpAnswers => Set<FollowUpAnswer>();
    public DbSet<TrainingProgress> TrainingProgress => Set<TrainingProgress>();
    public DbSet<TrainingResumeLink> TrainingResumeLinks => Set<TrainingResumeLink>();
    public DbSet<TrainingRequirement> TrainingRequirements => Set<TrainingRequirement>();
    public DbSet<AdminAction> AdminActions => Set<AdminAction>();
    public DbSet<TextMessage> TextMessages => Set<TextMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<CareRequest>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        foreach (var entry in ChangeTracker.Entries<PrivateDetails>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        // Reports read facts kept in the same transaction as the change (Features/Reports/RequestFactsWriter.cs).
        return RequestFactsWriter.For(ChangeTracker) is { } facts
            ? facts.SaveAsync(this, base.SaveChangesAsync, acceptAllChangesOnSuccess, cancellationToken)
            : base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so that the database reads without the code.
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ApprovalOption>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<RequestState>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<RequestAction>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ApprovalRoute>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<Urgency>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AttachmentKind>().HaveConversion<string>().HaveMaxLength(10);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text; a number keeps queries on time in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

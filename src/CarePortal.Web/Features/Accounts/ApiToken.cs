using System.Security.Cryptography;
using System.Text;
using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Accounts;

/// <summary>A token an agency system presents as <c>Authorization: Bearer</c>; only its SHA-256 hash is stored.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Issues tokens: the raw value is returned once and never stored.</summary>
public sealed class ApiTokens(AppDbContext db, TimeProvider clock)
{
    public async Task<string> IssueAsync(string userId, string name, CancellationToken cancellationToken = default)
    {
        var token = "cp_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken { UserId = userId, Name = name, Hash = ApiToken.HashOf(token), CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

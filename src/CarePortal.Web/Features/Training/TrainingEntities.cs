using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Training;

// Mapped with data annotations only (no IEntityTypeConfiguration): ApplyConfigurationsFromAssembly would otherwise
// put these types in the model before their migration exists. They enter the model through their DbSets.

/// <summary>
/// A learner's place and answers. A signed-in learner has one row (by <see cref="UserId"/>); a learner who saves
/// with an email gets a new row per save, so a save can never overwrite anyone else's progress.
/// </summary>
[Index(nameof(UserId), IsUnique = true)]
[Index(nameof(CompletedAt))]
public sealed class TrainingProgress
{
    public int Id { get; set; }

    /// <summary>The signed-in learner; null for a learner who saved with an email.</summary>
    [MaxLength(450)]
    public string? UserId { get; set; }

    /// <summary>Where the resume link was sent (a learner who was not signed in).</summary>
    [MaxLength(256)]
    public string? Email { get; set; }

    /// <summary>The learner's section, answers and rewrites as <see cref="TrainingState"/> JSON.</summary>
    public string StateJson { get; set; } = "{}";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When every practice's check was answered and one of its exercises passed (checked on the server).</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>A one-time, expiring link to a saved <see cref="TrainingProgress"/>; only the token's SHA-256 hash is stored.</summary>
[Index(nameof(TokenHash), IsUnique = true)]
public sealed class TrainingResumeLink
{
    public int Id { get; set; }

    [MaxLength(64)]
    public required string TokenHash { get; set; }

    public int TrainingProgressId { get; set; }

    public TrainingProgress? Progress { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>An agency's training policy: whether its caseworkers must complete the training before their first request.</summary>
public sealed class TrainingRequirement
{
    /// <summary>The agency (an organisation of kind Agency).</summary>
    [Key]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public int AgencyId { get; set; }

    public bool RequiredBeforeFirstRequest { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    [MaxLength(450)]
    public string? UpdatedBy { get; set; }
}

using System.Security.Cryptography;
using System.Text;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Training;

/// <summary>Saves progress for a signed-in learner, and for anyone else behind a one-time, expiring emailed link.</summary>
public sealed class TrainingProgressStore(
    AppDbContext db, TrainingModule module, TrainingGrader grader, TimeProvider clock, IOptions<TrainingOptions> options)
{
    private DbSet<TrainingProgress> Progress => db.TrainingProgress;

    private DbSet<TrainingResumeLink> Links => db.TrainingResumeLinks;

    public async Task<TrainingProgress?> ForUserAsync(string userId, CancellationToken cancellationToken) =>
        await Progress.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    /// <summary>Stores a signed-in learner's state (cleaned and regraded) and records completion the first time.</summary>
    public async Task<(TrainingState State, TrainingProgress Row)> SaveForUserAsync(string userId, TrainingState state, CancellationToken cancellationToken)
    {
        var clean = state.Clean(module, grader);
        var row = await Progress.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (row is null)
        {
            row = new TrainingProgress { UserId = userId };
            Progress.Add(row);
        }
        else
        {
            // A learner keeps what they earned on another device or tab: answers and passes are merged, not lost.
            var stored = TrainingState.Parse(row.StateJson) ?? new TrainingState();
            foreach (var (id, text) in stored.Rewrites)
            {
                if (stored.Passed.Contains(id) && !clean.Passed.Contains(id))
                {
                    clean.Rewrites[id] = text;
                    clean.Passed.Add(id);
                }
            }

            foreach (var (id, choice) in stored.Answers)
            {
                clean.Answers.TryAdd(id, choice);
            }
        }

        var now = clock.GetUtcNow();
        row.StateJson = clean.ToJson();
        row.UpdatedAt = now;
        if (row.CompletedAt is null && clean.IsComplete(module))
        {
            row.CompletedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (clean, row);
    }

    /// <summary>Saves a snapshot and writes an email with a one-time link to it to the outbox, in one transaction.</summary>
    public async Task<EmailSaveResult> SaveWithEmailAsync(string email, TrainingState state, Uri siteRoot, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var normalized = email.Trim().ToLowerInvariant();
        var recent = await Progress.CountAsync(p => p.Email == normalized && p.UpdatedAt > now.AddHours(-1), cancellationToken);
        if (recent >= options.Value.MaxEmailsPerHour)
        {
            return EmailSaveResult.TooMany;
        }

        var token = NewToken();
        var progress = new TrainingProgress { Email = normalized, StateJson = state.Clean(module, grader).ToJson(), UpdatedAt = now };
        Progress.Add(progress);
        Links.Add(new TrainingResumeLink
        {
            TokenHash = Hash(token), Progress = progress, CreatedAt = now, ExpiresAt = now + options.Value.LinkLifetime,
        });
        db.Notifications.Add(ResumeEmail.Create(normalized, new Uri(siteRoot, $"Training/Resume#{token}"), now + options.Value.LinkLifetime, now));
        await db.SaveChangesAsync(cancellationToken);
        return EmailSaveResult.Sent;
    }

    /// <summary>What a link would give, without using it (an email scanner following the link does not spend it).</summary>
    public async Task<ResumeLinkStatus> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        var link = await FindAsync(token, cancellationToken);
        return link is null ? ResumeLinkStatus.Unknown
            : link.UsedAt is not null ? ResumeLinkStatus.Used
            : link.ExpiresAt <= clock.GetUtcNow() ? ResumeLinkStatus.Expired
            : ResumeLinkStatus.Valid;
    }

    /// <summary>Spends the link (at most once, even when two requests race) and returns the state it saved.</summary>
    public async Task<(ResumeLinkStatus Status, TrainingState? State)> RedeemAsync(string? token, CancellationToken cancellationToken)
    {
        var status = await CheckAsync(token, cancellationToken);
        if (status != ResumeLinkStatus.Valid)
        {
            return (status, null);
        }

        var hash = Hash(token!);
        var now = clock.GetUtcNow();
        var spent = await Links.Where(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), cancellationToken);
        if (spent != 1)
        {
            return (ResumeLinkStatus.Used, null);
        }

        var json = await Links.Where(l => l.TokenHash == hash).Select(l => l.Progress!.StateJson).SingleAsync(cancellationToken);
        return (ResumeLinkStatus.Valid, TrainingState.Parse(json) ?? new TrainingState());
    }

    private async Task<TrainingResumeLink?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        return await Links.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
    }

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public enum EmailSaveResult
{
    Sent,
    TooMany,
}

public enum ResumeLinkStatus
{
    Valid,
    Expired,
    Used,
    Unknown,
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// The family's side of the link: what a token opens (<see cref="OpenAsync"/>) and their answer, saved once
/// (<see cref="AnswerAsync"/>): the ask is marked answered in the same transaction, only if it was not, so a link posted twice,
/// from two tabs at once, saves one answer.
/// </summary>
public sealed class FamilyAnswers(AppDbContext db, TimeProvider clock)
{
    public const int CommentLength = 500;

    public static readonly string[] ArrivedChoices = ["yes", "partly", "no"];

    /// <summary>The ask the token opens and whether it still may be answered; null for a token that is none of ours.</summary>
    public async Task<OpenedAsk?> OpenAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > FamilyLinks.MaxTokenLength)
        {
            return null;
        }

        var hash = FamilyLinks.Hash(token);
        var ask = await db.Set<FamilyAsk>().AsNoTracking().SingleOrDefaultAsync(a => a.TokenHash == hash, ct);
        return ask is null ? null : new OpenedAsk(ask, ask.AnsweredAt is not null ? AskState.Answered : clock.GetUtcNow() >= ask.ExpiresAt ? AskState.Expired : AskState.Open);
    }

    /// <summary>Saves the answer once; refuses a link that is not ours, used or expired (410), and answers that do not read (400, by field).</summary>
    public async Task<FamilyAsk> AnswerAsync(string? token, FamilyAnswerInput input, Func<string, string> say, CancellationToken ct)
    {
        var opened = await OpenAsync(token, ct) ?? throw new RefusedException(StatusCodes.Status400BadRequest, "Not a link", say("This link is not valid."));
        if (opened.State != AskState.Open)
        {
            throw new RefusedException(StatusCodes.Status410Gone, "Used", opened.State == AskState.Answered ? say("You have answered already.") : say("This link has expired."));
        }

        var errors = Check(input, say);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var ask = opened.Ask;
        var now = clock.GetUtcNow();
        var saved = await db.InTransactionAsync(async (transaction, cancel) =>
        {
            if (await db.Set<FamilyAsk>().Where(a => a.Id == ask.Id && a.AnsweredAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.AnsweredAt, now), cancel) == 0)
            {
                return false;
            }

            db.Add(new FamilyAnswer
            {
                FamilyAskId = ask.Id,
                CareRequestId = ask.CareRequestId,
                Arrived = input.Arrived!,
                Rating = input.Rating!.Value,
                Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
                MeetAgain = input.MeetAgain!.Value,
                ThankChurch = input.ThankChurch == true,
                At = now,
            });
            await db.SaveChangesAsync(cancel);
            await transaction.CommitAsync(cancel);
            return true;
        }, ct);
        return saved ? ask : throw new RefusedException(StatusCodes.Status410Gone, "Used", say("You have answered already."));
    }

    private static Dictionary<string, string[]> Check(FamilyAnswerInput input, Func<string, string> say)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ArrivedChoices.Contains(input.Arrived))
        {
            errors[nameof(FamilyAnswerInput.Arrived)] = [say("Say whether the help arrived.")];
        }

        if (input.Rating is not (>= 1 and <= 5))
        {
            errors[nameof(FamilyAnswerInput.Rating)] = [say("Choose how it was, from 1 to 5.")];
        }

        if (input.Comment is { Length: > CommentLength } || (input.Comment is { } c && c.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t')))
        {
            errors[nameof(FamilyAnswerInput.Comment)] = [say("Keep it to a sentence or two (500 letters at most).")];
        }

        if (input.MeetAgain is null)
        {
            errors[nameof(FamilyAnswerInput.MeetAgain)] = [say("Say whether you would like to meet the people who helped.")];
        }

        return errors;
    }
}

public enum AskState
{
    Open,
    Answered,
    Expired,
}

public sealed record OpenedAsk(FamilyAsk Ask, AskState State);

public sealed record FamilyAnswerInput(string? Arrived, int? Rating, string? Comment, bool? MeetAgain, bool? ThankChurch);

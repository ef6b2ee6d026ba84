using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Review;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// The needs leader posts a need the church knows of: the description reviewed by the reviewer that reviews caseworkers'
/// requests (its findings answered; a blocking one, a child's name, an address, cash, stops the post and nothing is saved).
/// </summary>
public sealed class PostNeed(AppDbContext db, ChurchNeedAccess access, DescriptionReview review, TimeProvider clock)
{
    public async Task<ChurchNeedView> RunAsync(ClaimsPrincipal user, int churchId, ChurchNeedInput input, CancellationToken ct)
    {
        await access.AuthorizePostAsync(user, churchId, ct);
        FieldChecks.ThrowIfInvalid(input);
        if (input.TeamId is { } teamId && !await db.Organisations.AnyAsync(o => o.Id == teamId && o.ParentId == churchId && o.Kind == OrganisationKind.Team, ct))
        {
            throw RefusedException.Invalid("teamId", "Choose one of your church's teams, or the whole church.");
        }

        var description = input.Description!.Trim();
        var result = review.Review(description, input.Need!);
        if (result.Findings.Any(f => f.Severity == Severity.Blocker))
        {
            throw ReviewGate.Refusal(result, "The description has a finding that must be fixed before it is posted: see each finding.");
        }

        var need = new ChurchNeed
        {
            ChurchId = churchId, TeamId = input.TeamId, PostedById = user.UserId(), Need = input.Need!, Quantity = input.Quantity,
            Description = description, PrivateNote = string.IsNullOrWhiteSpace(input.PrivateNote) ? null : input.PrivateNote.Trim(),
            PostedAt = clock.GetUtcNow(),
        };
        db.Add(need);
        await db.SaveChangesAsync(ct);
        return ChurchNeedView.Of(need, null, 0, false, result.Findings.Select(FindingView.From).ToList());
    }
}

/// <summary>A church's need as its needs leader writes it; the checks are its attributes (the API and the page run the same).</summary>
public sealed record ChurchNeedInput(
    [property: KnownNeed] string? Need,
    [property: Range(1, ChurchNeed.MaxQuantity, ErrorMessage = ChurchNeedInput.QuantityMessage)] int Quantity,
    [property: Required(ErrorMessage = "Write what the need is, as the church's people will read it.")]
    [property: TextLength(ChurchNeed.DescriptionLength, "The description is {length} characters; keep it under {max}.")]
    [property: PlainText("the description")]
    string? Description,
    [property: TextLength(ChurchNeed.NoteLength, "The private note is {length} characters; keep it under {max}.")]
    [property: PlainText("the private note")]
    string? PrivateNote = null,
    int? TeamId = null)
{
    internal const string QuantityMessage = "The quantity is a whole number from 1 to 1000.";
}

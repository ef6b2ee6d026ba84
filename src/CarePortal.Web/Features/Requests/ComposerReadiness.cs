using System.Security.Claims;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// The composer's question: would the server accept this draft, as typed, if "Submit" were pressed now? The steps the create
/// and edit pages' submit runs (the draft's fields checked as saving checks them, the bill sent with it, then
/// <see cref="SubmissionReadiness"/>), with nothing saved, each refusal a sentence with the field it belongs to.
/// </summary>
public sealed class ComposerReadiness(CreateRequest create, UpdateRequest update, SubmissionReadiness readiness)
{
    /// <param name="id">The draft being edited; none for a new one.</param>
    public async Task<ComposerVerdict> CheckAsync(ClaimsPrincipal user, int? id, RequestForm form, bool familyConsent, AttachmentKind? arriving, CancellationToken cancellationToken)
    {
        CareRequest request;
        try
        {
            var input = form.ToInput();
            request = id is { } existing ? await update.ApplyAsync(user, existing, input, cancellationToken) : await create.BuildAsync(user, input, cancellationToken);
            if (form.HasPrivate)
            {
                FieldChecks.ThrowIfInvalid(form.ToPrivateInput());
            }
        }
        catch (RefusedException refused) when (refused.Status != StatusCodes.Status404NotFound)
        {
            // The draft would not even be saved as it is: that is the answer, with what its description says already.
            var judged = Judgeable(form) ? ComposerVerdict.From(await readiness.JudgeDescriptionAsync(Draft(form), new SubmitInput(familyConsent), cancellationToken)).Reasons : [];
            return new ComposerVerdict(false, [.. judged.Where(r => r.Field == "Form.Description"), .. ComposerVerdict.ReasonsOf(refused.Refusal), .. judged.Where(r => r.Field != "Form.Description")]);
        }

        // Edited, not saved: the tracked request is dropped with this call's scope.
        return ComposerVerdict.From(await readiness.CheckAsync(user, request, new SubmitInput(familyConsent), cancellationToken, arriving));
    }

    private static bool Judgeable(RequestForm form) => Needs.All.Contains(form.Need) && form.Description is { Length: <= RequestLimits.DescriptionLength };

    /// <summary>The parts of a draft the review reads (its text, items and children's rows, the exception's reason), unsaved.</summary>
    private static CareRequest Draft(RequestForm form) => new()
    {
        CaseworkerId = "",
        Need = form.Need,
        Description = form.Description,
        Zip = "",
        ExceptionReason = form.ExceptionReason,
        AlternativesTried = form.AlternativesTried,
        Items = [.. form.Items.Where(i => !string.IsNullOrWhiteSpace(i.Name)).Select(i => new RequestItem { Name = i.Name! })],
        Children = [.. form.Children.Where(c => c.Age is not null && Needs.AgeAppropriate.Contains(form.Need)).Select(c => new RequestChild { Age = c.Age!.Value, Gender = c.Gender, Size = c.Size })],
    };
}

/// <summary>One reason the server would refuse: the form field it belongs to (<c>Form.SupervisorId</c>), or none, and the sentence.</summary>
public sealed record ComposerReason(string? Field, string Message);

/// <summary>The composer's verdict: ready to submit when the server would accept, else every reason it would not.</summary>
public sealed record ComposerVerdict(bool Ready, IReadOnlyList<ComposerReason> Reasons)
{
    public static ComposerVerdict From(Readiness readiness) =>
        new(readiness.Ready, [.. readiness.Problems.SelectMany(p => p.Title == ReviewGate.Title ? ReviewReasons(readiness) : ReasonsOf(p))]);

    public static IEnumerable<ComposerReason> ReasonsOf(Refusal refusal) => refusal.Errors.Count > 0
        ? refusal.Errors.SelectMany(e => e.Value.Select(m => new ComposerReason(RequestForm.FieldKey(e.Key), m)))
        : [new ComposerReason(null, refusal.Detail)];

    private static IEnumerable<ComposerReason> ReviewReasons(Readiness readiness)
    {
        var blockers = readiness.Blockers;
        if (blockers.Count > 0)
        {
            var s = blockers.Count > 1 ? "s" : "";
            yield return new ComposerReason("Form.Description",
                $"{blockers.Count} blocking finding{s} remain{(s.Length > 0 ? "" : "s")}: {string.Join(", ", blockers.Select(f => f.Span.Length > 0 ? $"“{f.Text}”" : f.Rule))}.");
        }

        if (readiness.ExceptionMissing)
        {
            yield return new ComposerReason("Form.ExceptionReason", "A gift card or cash goes to the regional manager: say why, and which other options were tried.");
        }
    }
}

using System.Security.Claims;
using CarePortal.Review;

namespace CarePortal.Web.Features.Requests;

/// <summary>What the create and edit pages share: saving the public part and then the private part, and the seven practices.</summary>
public sealed class Composer(CreateRequest create, UpdateRequest update, SetPrivateDetails setPrivate, AttachFile attach)
{
    /// <summary>Creates (no id) or updates the request, then its private details when the user may keep them.</summary>
    public async Task<CareRequest> SaveAsync(ClaimsPrincipal user, int? id, RequestForm form, CancellationToken cancellationToken)
    {
        var request = id is { } existing
            ? await update.RunAsync(user, existing, form.ToInput(), cancellationToken)
            : await create.RunAsync(user, form.ToInput(), cancellationToken);
        if (MayKeepPrivate(user, request) && (id is not null || form.HasPrivate))
        {
            form.Private.Version = await setPrivate.RunAsync(user, request.Id, form.ToPrivateInput(), cancellationToken);
        }

        return request;
    }

    /// <summary>Attaches the file sent with the draft (<see cref="RequestForm.Bill"/>), once the draft is saved: the sentence that confirms it, or none.</summary>
    public async Task<string?> AttachBillAsync(ClaimsPrincipal user, int id, RequestForm form, CancellationToken cancellationToken) =>
        form.Bill is { Length: > 0 } bill ? RequestConfirmations.Attached(await attach.RunAsync(user, id, form.BillKind, bill, cancellationToken)) : null;

    /// <summary>The composer shows the private fields only to someone who may both read and change them.</summary>
    public static bool MayKeepPrivate(ClaimsPrincipal user, CareRequest request) =>
        RequestPermissions.Allows(user, request, RequestOperation.ReadPrivate) && RequestPermissions.Allows(user, request, RequestOperation.EditPrivate);

    /// <summary>The seven practices of the training module, in its own words, for the review panel.</summary>
    public static IReadOnlyList<(Practice Practice, string Title, string Why)> Practices { get; } =
    [
        (Practice.Credibility, "Maintain the honor and credibility of the agency",
            "When you send a request you are representing the agency. Check grammar, spelling and content before submitting; ask a supervisor or coworker to check that it makes sense."),
        (Practice.Strengths, "Highlight family strengths",
            "Tell the positives about the family or child. What are they doing well? Brag on them! Write it so the family could read it and agree to share it."),
        (Practice.Confidentiality, "Keep it confidential",
            "Only non-confidential information is shared: no names, addresses or phone numbers. You may say the family is working hard on services, not which services. Children's ages, sizes and gender only for age-appropriate items."),
        (Practice.PlainLanguage, "Avoid jargon and abbreviations",
            "Partners may have no idea what your job involves. Say \"a relative\" for kinship, \"the child is going home to their parents\" for a trial home visit."),
        (Practice.NoCash, "No cash or gift cards",
            "Most needs can be met another way. Gas cards are the only exception your supervisor can approve; anything else needs your regional CarePortal manager. Money goes straight to the landlord, utility or daycare."),
        (Practice.Details, "Gather and document the details",
            "Ask yourself: do I have all the details for the ministry partner to meet the need? Sizes and preferences belong in the request; directions, account numbers, amounts owed and how to pay belong in the private details."),
        (Practice.Connection, "Connect partners and families",
            "Always offer the family a chance to connect with the ministry partner: a relationship can go on past the first need."),
    ];
}

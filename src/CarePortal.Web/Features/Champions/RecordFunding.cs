using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// No cash: a funded item is paid by the champion to a vendor directly, never through the platform or the family. When the
/// church delivers it, its point person records whom the champion paid, how much, and the receipt: uploaded (<see cref="AttachReceipt"/>),
/// or its reference (its number, or where the church filed it); audited.
/// </summary>
public sealed class RecordFunding(AppDbContext db, AdminAudit audit, PrivateReadLog reads, TimeProvider clock)
{
    public async Task<ChurchOfferView> RunAsync(ClaimsPrincipal user, int id, FundingInput input, CancellationToken ct)
    {
        var found = await ChurchOfferView.OfferForPointPersonAsync(db, user, id, ct);
        FieldChecks.ThrowIfInvalid(input);
        ThrowIfNothingToRecord(found);

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Vendor))
        {
            errors["vendor"] = ["Name the vendor the champion paid."];
        }

        if (input.Amount is not (> 0 and <= 100_000))
        {
            errors["amount"] = ["Give the amount paid, from $0.01 to $100,000."];
        }

        if (string.IsNullOrWhiteSpace(input.Receipt) && found.ReceiptFileId is null)
        {
            errors["receipt"] = ["Upload the receipt, or give its number or where it is filed."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var offer = await db.Set<ChampionOffer>().SingleAsync(o => o.Id == id, ct);
        (offer.Vendor, offer.Amount, offer.Receipt, offer.RecordedAt, offer.State) =
            (input.Vendor!.Trim(), Math.Round(input.Amount!.Value, 2), string.IsNullOrWhiteSpace(input.Receipt) ? null : input.Receipt.Trim(), clock.GetUtcNow(), ChampionOfferState.Recorded);
        audit.Record(user, "champion-funding-recorded",
            $"Recorded the vendor of champion offer {id}: {offer.Vendor}, {Dollars(offer.Amount.Value)}, receipt {offer.Receipt ?? "uploaded"}.",
            organisationId: offer.ChurchId, requestId: offer.CareRequestId);
        await db.SaveChangesAsync(ct);
        return await ChurchOfferView.ReadAsync(db, reads, user, id, ct);
    }

    /// <summary>A funded item the church claimed has a vendor and a receipt to record; a given item or an unclaimed offer has not (409).</summary>
    public static void ThrowIfNothingToRecord(ChampionOffer offer)
    {
        if (offer.Way != HelpWay.Fund || offer.State is not (ChampionOfferState.Claimed or ChampionOfferState.Recorded))
        {
            throw RefusedException.Conflict("Nothing to record",
                offer.Way != HelpWay.Fund ? "The champion gives this item: there is no vendor or receipt to record." : "Claim the offer first; record the vendor and the receipt when you deliver.");
        }
    }

    /// <summary>"$1,089.90": the app runs with invariant globalization, so no culture's currency format is at hand.</summary>
    public static string Dollars(decimal amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}

/// <summary>Whom the champion paid, how much, and the receipt's reference.</summary>
public sealed record FundingInput(
    [property: MaxLength(ChampionOffer.MaxVendor, ErrorMessage = "Keep the vendor's name to 200 characters."), PlainText("the vendor", lines: false)] string? Vendor,
    decimal? Amount,
    [property: MaxLength(ChampionOffer.MaxReceipt, ErrorMessage = "Keep the receipt's reference to 200 characters."), PlainText("the receipt's reference", lines: false)] string? Receipt);

using System.Globalization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// The connecting church's page for a champion's offer (where the point person's email leads): who offers what, claimed here
/// as the church's own answer (<see cref="ClaimOffer"/>); for a funded item, the vendor, amount and receipt once delivered
/// (<see cref="RecordFunding"/>, the receipt's file by <see cref="AttachReceipt"/>). Anyone but that church's point person: 404.
/// </summary>
public sealed class ClaimModel(AppDbContext db, PrivateReadLog reads, ClaimOffer claim, RecordFunding record, AttachReceipt attach) : PageModel, IShowsRefusals
{
    public ChurchOfferView? Offer { get; private set; }

    [BindProperty]
    public string? Message { get; set; }

    [BindProperty]
    public string? Vendor { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Receipt { get; set; }

    [BindProperty]
    public IFormFile? ReceiptFile { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Offer = await ChurchOfferView.ReadAsync(db, reads, User, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var claimed = await claim.RunAsync(User, id, Message, ct);
        return this.ConfirmAndRedirect($"Claimed: {claimed.Quantity} × {claimed.Item} is your church's answer now, and {claimed.Champion} was told your church took it on.", routeValues: new { id });
    }

    public async Task<IActionResult> OnPostFundingAsync(int id, CancellationToken ct)
    {
        decimal? amount = decimal.TryParse(Amount?.Trim().TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        // The file first: kept even when a field below is still to fix, so it is not chosen twice.
        if (ReceiptFile is not null)
        {
            await attach.RunAsync(User, id, ReceiptFile, ct);
        }

        await record.RunAsync(User, id, new FundingInput(Vendor, amount, Receipt), ct);
        return this.ConfirmAndRedirect("Recorded: the vendor, the amount and the receipt are kept with the offer.", routeValues: new { id });
    }

    public async Task<IActionResult> OnPostReceiptAsync(int id, CancellationToken ct)
    {
        await attach.RunAsync(User, id, ReceiptFile, ct);
        return this.ConfirmAndRedirect("Uploaded: the receipt is kept with the offer.", routeValues: new { id });
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Response.StatusCode = refusal.Status;
        // The page shows the champion's email beside the refusal: a read, recorded once by PrivateReadLog's rule (the answer shows it).
        return await OnGetAsync(this.RouteId(), cancellationToken);
    }
}

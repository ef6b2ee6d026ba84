using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// What a church or a champion says of an offer: the need and what exactly, where (its own place, or a ZIP), how many, until when.
/// <c>churchId</c> names which of the user's churches offers; a champion leaves it out.
/// </summary>
public sealed record OfferInput(
    int? ChurchId,
    [property: Required(ErrorMessage = "Choose the need you offer to meet."), KnownNeed] string? Need,
    [property: Required(ErrorMessage = "Say in a few words what you offer, such as \"a crib\" or \"rides on Saturdays\".")]
    [property: MaxLength(RequestLimits.ItemNameLength, ErrorMessage = "Say what you offer in at most {1} characters.")]
    [property: PlainText("what you offer", lines: false), NoContact]
    string? Item,
    [property: MaxLength(10, ErrorMessage = "Write the ZIP as 5 digits, or leave it empty.")] string? Zip,
    [property: Required(ErrorMessage = "Say how many you offer."), Range(1, ChurchOffer.MaxQuantity, ErrorMessage = "Offer from {1} to {2}.")] int? Quantity,
    [property: Required(ErrorMessage = "Say until when the offer stands.")] DateOnly? ExpiresOn);

/// <summary>
/// What a caseworker sees of an offer is who offers (a church's name, a champion's kind) and what: no phone number or email
/// address may ride in the words (the offerer is reached through the request, as for any response).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class NoContactAttribute() : ValidationAttribute("Leave contact details out: caseworkers read these words, and reach you through the request.")
{
    public override bool IsValid(object? value) => value is not string text || !Contact().IsMatch(text);

    // An email address's @, or seven digits with at most two separators between each (a phone number).
    [GeneratedRegex(@"@|\d(?:[\s().-]{0,2}\d){6}", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Contact();
}

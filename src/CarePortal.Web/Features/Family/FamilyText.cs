namespace CarePortal.Web.Features.Family;

/// <summary>
/// The words the family reads (their page, their text message, their email), in English as written here and in Spanish from
/// <c>FamilyText.es.resx</c> beside this file, through ASP.NET Core's <c>IStringLocalizer&lt;FamilyText&gt;</c>.
/// </summary>
public sealed class FamilyText;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// The words of the texts people read (notices, codes, help), in English as written in the code and in Spanish from
/// <c>NoticeText.es.resx</c> beside this file, through <c>IStringLocalizer&lt;NoticeText&gt;</c>; each person chooses.
/// </summary>
public sealed class NoticeText;

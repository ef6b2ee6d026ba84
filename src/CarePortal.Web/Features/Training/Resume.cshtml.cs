using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Training;

/// <summary>
/// The page an emailed resume link opens. The link keeps its token in the fragment, which no server or log sees; the page's
/// script posts it (<see cref="OnPostOpenAsync"/>). Opening it spends nothing (mail scanners follow links); the learner's
/// button spends the link and hands the saved place and answers to the browser. Expired, used or unknown links get a clear page.
/// </summary>
[AllowAnonymous]
public sealed class ResumeModel(TrainingProgressStore store, TrainingModule module) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public ResumeLinkStatus Status { get; private set; }

    public string? RestoredJson { get; private set; }

    public string? SectionTitle { get; private set; }

    /// <summary>False until the page's script posted the token from the link's fragment (links sent before keep it in the query).</summary>
    public bool Opened { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        // A link sent before the token moved to the fragment (or a cut-off one) says so in the query.
        if (Request.Query.ContainsKey("token"))
        {
            await OnPostOpenAsync(cancellationToken);
        }
    }

    /// <summary>What the link would give, without spending it (the token posted by the page's script from the fragment).</summary>
    public async Task OnPostOpenAsync(CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Opened = true;
        Status = await store.CheckAsync(Token, cancellationToken);
        SetStatusCode();
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Opened = true;
        var (status, state) = await store.RedeemAsync(Token, cancellationToken);
        Status = status;
        if (state is not null)
        {
            RestoredJson = state.ToJson().Replace("<", "\\u003c", StringComparison.Ordinal);
            SectionTitle = module.Section(state.Section)?.Title;
            Section = state.Section;
        }

        SetStatusCode();
    }

    public string? Section { get; private set; }

    private void SetStatusCode() => Response.StatusCode = Status switch
    {
        ResumeLinkStatus.Valid => StatusCodes.Status200OK,
        ResumeLinkStatus.Unknown => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status410Gone,
    };
}

using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Churches;

/// <summary>A church's own application (anonymous); <see cref="ChurchAdmin.ApplyAsync"/> does the work, as for the API.</summary>
[AllowAnonymous]
public sealed class ApplyModel(ChurchAdmin admin) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Zip { get; set; }

    [BindProperty]
    public double? RadiusMiles { get; set; }

    [BindProperty]
    public List<string> Needs { get; set; } = [];

    [BindProperty]
    public string? PointPersonName { get; set; }

    [BindProperty]
    public string? PointPersonEmail { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public List<string> Errors { get; } = [];

    public string? AppliedName { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        try
        {
            var church = await admin.ApplyAsync(new ChurchInput(Name, Zip, RadiusMiles, Needs, PointPersonEmail, PointPersonName, Password), ct);
            AppliedName = church.Organisation!.Name;
        }
        catch (WorkflowException e)
        {
            Errors.AddRange(Messages(e));
        }
    }

    internal static IEnumerable<string> Messages(WorkflowException e) =>
        e.Extensions.TryGetValue("errors", out var errors) && errors is IDictionary<string, string[]> fields
            ? fields.Values.SelectMany(v => v)
            : [e.Message];
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>The write that creating and updating a request share: the checked input's fields onto the request.</summary>
public static class RequestFields
{
    /// <summary>Copies <paramref name="input"/> (already checked: its attributes); a named supervisor must supervise the request's office (400).</summary>
    public static async Task CopyAsync(AppDbContext db, RequestInput input, CareRequest request, CancellationToken cancellationToken)
    {
        if (input.SupervisorId is not null && input.SupervisorId != request.SupervisorId)
        {
            var isSupervisor = request.OfficeId is { } office && await ActiveAccounts.Memberships(db).AnyAsync(
                m => m.UserId == input.SupervisorId && m.OrganisationId == office && m.Role == Roles.Supervisor, cancellationToken);
            if (!isSupervisor)
            {
                throw RefusedException.Invalid("supervisorId", "Name a supervisor of the request's office.");
            }
        }

        request.SupervisorId = input.SupervisorId ?? request.SupervisorId;
        request.Need = input.Need!;
        request.Tier = input.Tier;
        request.Description = input.Description!.Trim();
        request.Zip = input.Zip!;
        request.Urgency = input.Urgency;
        request.ExceptionReason = Trim(input.ExceptionReason);
        request.AlternativesTried = Trim(input.AlternativesTried);
        db.RequestItems.RemoveRange(request.Items);
        request.Items.Clear();
        request.Items.AddRange(input.Items!.Select(i => new RequestItem { Name = i.Name!.Trim(), Quantity = i.Quantity, UnitValue = i.UnitValue }));
        db.RemoveRange(request.Children);
        request.Children.Clear();
        request.Children.AddRange((input.Children ?? []).Select(c => new RequestChild { Age = c.Age, Gender = c.Gender, Size = string.IsNullOrWhiteSpace(c.Size) ? null : c.Size.Trim() }));
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace CarePortal.Web.Features.Requests;

/// <summary>The public part of a request as the create and edit pages post it.</summary>
public sealed class RequestForm
{
    /// <summary>Where an API field's message goes on the composer: <c>title</c> → <c>Form.Title</c>.</summary>
    public static string FieldKey(string field) => field.Length == 0 ? field : $"Form.{char.ToUpperInvariant(field[0])}{field[1..]}";

    public string Need { get; set; } = "clothing";

    public int Tier { get; set; } = 1;

    public string Description { get; set; } = "";

    public string Zip { get; set; } = "";

    public int CountyId { get; set; }

    public Urgency Urgency { get; set; } = Urgency.Normal;

    public string? SupervisorId { get; set; }

    public string? ExceptionReason { get; set; }

    public string? AlternativesTried { get; set; }

    public List<ItemRow> Items { get; set; } = [new(), new(), new()];

    public List<ChildRow> Children { get; set; } = [new(), new(), new()];

    /// <summary>What a partner needs but the public must not see; saved apart, after the public part.</summary>
    public PrivateDetailsForm Private { get; set; } = new();

    /// <summary>The bill or lease (or other document) sent with the draft: attached once the draft is saved, before submitting.</summary>
    public IFormFile? Bill { get; set; }

    /// <summary>What <see cref="Bill"/> is, as the API names it (<see cref="AttachmentKinds"/>).</summary>
    public string BillKind { get; set; } = "bill";

    /// <summary>The composer's readiness check leaves the file behind and says only that one is chosen.</summary>
    public bool BillChosen { get; set; }

    /// <summary>The kind of the file that arrives with this post, for the readiness of its submission.</summary>
    public AttachmentKind? Arriving => Bill is not null || BillChosen ? AttachmentKinds.Parse(BillKind) : null;

    public bool HasPrivate => Private.DeliveryDirections is { Length: > 0 } || Private.Payee is { Length: > 0 } || Private.AccountNumber is { Length: > 0 }
        || Private.AmountOwed is not null || Private.PaymentType is { Length: > 0 } || Private.HowToPayDirectly is { Length: > 0 };

    public PrivateDetailsInput ToPrivateInput() => Private.ToInput();

    public RequestInput ToInput() => new(Need, Tier, Description, Zip, CountyId, Urgency,
        [.. Items.Where(i => !string.IsNullOrWhiteSpace(i.Name)).Select(i => new ItemInput(i.Name, i.Quantity, i.UnitValue))],
        string.IsNullOrWhiteSpace(SupervisorId) ? null : SupervisorId, ExceptionReason, AlternativesTried,
        Children: [.. Children.Where(c => c.Age is not null && Needs.AgeAppropriate.Contains(Need)).Select(c => new ChildInput(c.Age!.Value, string.IsNullOrEmpty(c.Gender) ? null : c.Gender, c.Size))]);

    public static RequestForm From(CareRequest request) => new()
    {
        Need = request.Need,
        Tier = request.Tier,
        Description = request.Description,
        Zip = request.Zip,
        CountyId = request.CountyId,
        Urgency = request.Urgency,
        SupervisorId = request.SupervisorId,
        ExceptionReason = request.ExceptionReason,
        AlternativesTried = request.AlternativesTried,
        Items = [.. request.Items.OrderBy(i => i.Id).Select(i => new ItemRow { Name = i.Name, Quantity = i.Quantity, UnitValue = i.UnitValue }), new()],
        Children = [.. request.Children.OrderBy(c => c.Id).Select(c => new ChildRow { Age = c.Age, Gender = c.Gender, Size = c.Size }), new()],
    };

    public sealed class ChildRow
    {
        public int? Age { get; set; }

        public string? Gender { get; set; }

        public string? Size { get; set; }
    }

    public sealed class ItemRow
    {
        public string? Name { get; set; }

        public int Quantity { get; set; } = 1;

        public decimal UnitValue { get; set; }
    }

    /// <summary>The choices the form offers: counties, and the supervisors of the user's offices to name.</summary>
    public sealed record Choices(SelectList Counties, IReadOnlyList<(string Id, string Name)> Supervisors)
    {
        public static async Task<Choices> LoadAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var counties = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.County).OrderBy(o => o.Name).ToListAsync(cancellationToken);
            var offices = user.OrganisationsWithRole(Roles.Caseworker).Concat(user.OrganisationsWithRole(Roles.Supervisor)).ToList();
            var supervisors = await ActiveAccounts.Memberships(db).AsNoTracking()
                .Where(m => m.Role == Roles.Supervisor && offices.Contains(m.OrganisationId))
                .Select(m => new { m.UserId, m.User!.DisplayName })
                .Distinct()
                .ToListAsync(cancellationToken);
            return new Choices(new SelectList(counties, nameof(Organisation.Id), nameof(Organisation.Name)), [.. supervisors.Select(s => (s.UserId, s.DisplayName))]);
        }
    }
}

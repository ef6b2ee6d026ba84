using System.Security.Claims;

namespace CarePortal.Web.Features.Requests;

/// <summary>The public part of a request; never its private details.</summary>
public sealed record RequestView(
    int Id,
    string Need,
    int Tier,
    string Description,
    string Zip,
    int CountyId,
    Urgency Urgency,
    RequestState State,
    ApprovalRoute Route,
    string CaseworkerId,
    string? SupervisorId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ItemView> Items,
    IReadOnlyList<ChildInput> Children,
    decimal TotalValue,
    string? ExceptionReason,
    string? AlternativesTried,
    string? NotMetReason,
    IReadOnlyList<string> ChildOutcomes,
    int? Rating)
{
    /// <summary>The view for this reader: agency-internal fields (staff, exception reasons, why not met) only for agency staff.</summary>
    public static RequestView For(ClaimsPrincipal user, CareRequest r)
    {
        var view = From(r);
        return RequestPermissions.IsAgencyStaff(user, r)
            ? view
            : view with { CaseworkerId = "", SupervisorId = null, ExceptionReason = null, AlternativesTried = null, NotMetReason = null };
    }

    public static RequestView From(CareRequest r) => new(
        r.Id, r.Need, r.Tier, r.Description, r.Zip, r.CountyId, r.Urgency, r.State, r.Route, r.CaseworkerId, r.SupervisorId,
        r.CreatedAt, r.SubmittedAt, r.DueAt, r.ClosedAt,
        [.. r.Items.OrderBy(i => i.Id).Select(i => new ItemView(i.Id, i.Name, i.Quantity, i.UnitValue, i.QuantityGiven))],
        [.. r.Children.OrderBy(c => c.Id).Select(c => new ChildInput(c.Age, c.Gender, c.Size))],
        r.Items.Sum(i => (i.QuantityGiven ?? i.Quantity) * i.UnitValue),
        r.ExceptionReason, r.AlternativesTried, r.NotMetReason, r.ChildOutcomes, r.Rating);
}

/// <summary>
/// A request as a church reads it (its page, <c>church-view</c>): the public part. It has no agency-only field (who wrote or
/// approves it, the exception reason, the alternatives tried, why it was not met), so none can reach a church through it.
/// </summary>
public sealed record ChurchRequestPart(
    int Id,
    string Need,
    int Tier,
    string Description,
    string Zip,
    Urgency Urgency,
    RequestState State,
    DateTimeOffset? DueAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ItemView> Items,
    IReadOnlyList<ChildInput> Children,
    decimal TotalValue)
{
    public static ChurchRequestPart From(CareRequest r)
    {
        var view = RequestView.From(r);
        return new(r.Id, r.Need, r.Tier, r.Description, r.Zip, r.Urgency, r.State, r.DueAt, r.ClosedAt, view.Items, view.Children, view.TotalValue);
    }
}

public sealed record ItemView(int Id, string Name, int Quantity, decimal UnitValue, int? QuantityGiven);

public sealed record PrivateDetailsView(
    string? DeliveryDirections,
    string? Payee,
    string? AccountNumber,
    decimal? AmountOwed,
    string? PaymentType,
    string? HowToPayDirectly,
    IReadOnlyList<AttachmentView> Attachments,
    int Version = 0)
{
    public static PrivateDetailsView From(PrivateDetails p, IEnumerable<Attachment> attachments) => new(
        p.DeliveryDirections, p.Payee, p.AccountNumber, p.AmountOwed, p.PaymentType, p.HowToPayDirectly,
        [.. attachments.OrderBy(a => a.UploadedAt).Select(AttachmentView.From)], p.Version);
}

public sealed record AttachmentView(Guid Id, AttachmentKind Kind, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt)
{
    public static AttachmentView From(Attachment a) => new(a.Id, a.Kind, a.FileName, a.ContentType, a.Length, a.UploadedAt);
}

/// <summary>A move of the request as its agency staff see it: who made it and their note (approval, return, pause, close …).</summary>
public sealed record TransitionView(RequestState From, RequestAction Action, RequestState To, string? By, DateTimeOffset At, string? Note);

/// <summary>A move of the request as anyone else who reads it sees it (a church, the platform admin): what and when, never who or their note.</summary>
public sealed record MoveView(RequestState From, RequestAction Action, RequestState To, DateTimeOffset At);

public sealed record AuditView(string Who, string What, DateTimeOffset At);

using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Family;

/// <summary>What the request's agency staff see of the family's say: each link sent and, once answered, the family's answers.</summary>
public sealed class FamilyOnRequest(AppDbContext db, Accounts.PersonTimeZone zones)
{
    public async Task<FamilyView> ReadAsync(CareRequest request, CancellationToken ct)
    {
        var asks = await db.Set<FamilyAsk>().AsNoTracking().Where(a => a.CareRequestId == request.Id).OrderByDescending(a => a.Id)
            .Select(a => new SentAsk(a.Channel, a.Language, a.SentAt, a.ExpiresAt, a.AnsweredAt)).ToListAsync(ct);
        var answers = await db.Set<FamilyAnswer>().AsNoTracking().Where(a => a.CareRequestId == request.Id).OrderByDescending(a => a.At)
            .Select(a => new FamilyAnswerView(a.Arrived, a.Rating, a.Comment, a.MeetAgain, a.ThankChurch, a.At)).ToListAsync(ct);
        var contact = await db.Set<FamilyContact>().AsNoTracking().Where(c => c.CareRequestId == request.Id)
            .Select(c => new ContactState(c.ConsentAt, c.ErasedAt, c.Phone != null ? "text" : c.Email != null ? "email" : null, c.Language)).SingleOrDefaultAsync(ct);
        return new FamilyView(request.Id, await AskFamily.MayAskAsync(db, request, ct), contact, asks, answers, await zones.OfAgencyAsync(request.AgencyId, ct));
    }
}

public sealed record FamilyView(int RequestId, bool MayAsk, ContactState? Contact, IReadOnlyList<SentAsk> Asks, IReadOnlyList<FamilyAnswerView> Answers, TimeZoneInfo Zone)
{
    /// <summary>A moment as the agency's clock reads it ("Nov 3"), as every page of the request shows its times.</summary>
    public string Day(DateTimeOffset at) => LocalTime.ShortDay(at, Zone);

    public string Date(DateTimeOffset at) => LocalTime.Day(at, Zone);
}

/// <summary>Whether consent was recorded and the contact is still kept (never the contact itself).</summary>
public sealed record ContactState(DateTimeOffset ConsentAt, DateTimeOffset? ErasedAt, string? Channel, string Language);

public sealed record SentAsk(string Channel, string Language, DateTimeOffset SentAt, DateTimeOffset ExpiresAt, DateTimeOffset? AnsweredAt);

public sealed record FamilyAnswerView(string Arrived, int Rating, string? Comment, bool MeetAgain, bool ThankChurch, DateTimeOffset At)
{
    public string ArrivedSaid => Arrived switch { "yes" => "the help arrived", "partly" => "some of the help arrived", _ => "the help did not arrive" };
}

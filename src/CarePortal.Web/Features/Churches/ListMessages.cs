using System.Security.Claims;
using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>A request's messages: every church's for its agency staff, else those of the reader's churches it reached.</summary>
public sealed class ListMessages(AppDbContext db, ChurchSide side)
{
    public async Task<List<MessageView>> MessagesAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var (_, staff, mine) = await side.OfAsync(user, id, ct);
        return await db.RequestMessages.AsNoTracking().Where(m => m.CareRequestId == id && (staff || mine.Contains(m.ChurchId))).OrderBy(m => m.Id)
            .Join(db.Users, m => m.AuthorId, u => u.Id, (m, u) => new MessageView(m.Id, m.ChurchId, u.DisplayName, m.Body, m.At))
            .ToListAsync(ct);
    }
}

public sealed record MessageView(long Id, int ChurchId, string From, string Body, DateTimeOffset At);

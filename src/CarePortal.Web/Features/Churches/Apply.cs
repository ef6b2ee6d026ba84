using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Churches;

/// <summary>A church applies on its own: its point person gets an account; the church waits for a platform admin.</summary>
public sealed class Apply(AppDbContext db, ChurchEnrolment enrolment)
{
    public async Task<Church> ApplyAsync(ChurchInput input, CancellationToken ct)
    {
        ChurchEnrolment.Check(input, passwordNeeded: true);
        var email = input.PointPersonEmail!.Trim();
        if (await enrolment.FindAsync(email) is not null)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["pointPersonEmail"] = ["This email has an account already: sign in, or ask a platform admin to onboard the church."] });
        }

        var person = await enrolment.PersonAsync(email, input.PointPersonName!, input.Password, ct);
        var church = await enrolment.AddAsync(input, person, ChurchStatus.Applied, ct);
        await db.SaveChangesAsync(ct);
        return church;
    }
}

using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Data;

public static class SaveClashes
{
    /// <summary>
    /// Runs <paramref name="work"/> (read, decide, save) again on a fresh change tracker while another save wins between its
    /// read and its write (a version or unique-key clash), at most <paramref name="attempts"/> times; when every attempt
    /// clashed, throws what <paramref name="exhausted"/> makes (a refusal with a sentence, never the provider's exception).
    /// </summary>
    public static async Task<T> RetryOnClashAsync<T>(
        this AppDbContext db, int attempts, Func<CancellationToken, Task<T>> work, Func<Exception> exhausted, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (attempt >= attempts)
                {
                    throw exhausted();
                }
            }
        }
    }
}

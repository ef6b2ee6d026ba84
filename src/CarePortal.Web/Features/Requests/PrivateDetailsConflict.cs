using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>A save of the private details over someone else's: refused with both versions, so that the writer loses nothing.</summary>
public static class PrivateDetailsConflict
{
    public static PrivateDetailsInput Of(PrivateDetails p) =>
        new(p.DeliveryDirections, p.Payee, p.AccountNumber, p.AmountOwed, p.PaymentType, p.HowToPayDirectly, p.Version);

    /// <summary>Whether saving <paramref name="yours"/> would change what is stored (the version aside).</summary>
    public static bool Differs(PrivateDetailsInput yours, PrivateDetails? stored) =>
        Of(stored ?? new PrivateDetails()) with { Version = null } != Trimmed(yours) with { Version = null };

    public static PrivateDetailsInput Trimmed(PrivateDetailsInput input) => input with
    {
        DeliveryDirections = Trim(input.DeliveryDirections),
        Payee = Trim(input.Payee),
        AccountNumber = Trim(input.AccountNumber),
        PaymentType = Trim(input.PaymentType),
        HowToPayDirectly = Trim(input.HowToPayDirectly),
    };

    public static RefusedException Refusal(PrivateDetailsInput yours, PrivateDetails theirs) =>
        new(StatusCodes.Status409Conflict, "Changed meanwhile",
            "Someone else saved the private details after you read them, so yours were not saved. Both versions are here: "
            + "save yours again (it names their version) to replace theirs, or keep theirs.",
            new Dictionary<string, object?> { ["yours"] = yours, ["theirs"] = Of(theirs) });

    /// <summary>A save naming no version over stored details: it might undo a newer save, or clear what it did not name.</summary>
    public static RefusedException VersionNeeded(PrivateDetailsInput yours, PrivateDetails theirs) =>
        new(StatusCodes.Status409Conflict, "Version needed",
            $"The private details were saved before (version {theirs.Version}), and your save named no version, so it was not saved: "
            + "it could undo someone's newer save or clear fields it left out. Both are here: save the whole of yours again naming "
            + "the version you read (\"version\"), or keep theirs.",
            new Dictionary<string, object?> { ["yours"] = yours, ["theirs"] = Of(theirs) });

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using CarePortal.Web.Features.Requests;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Churches;

/// <summary>When an open request is escalated, closed as not met, or its caseworker reminded to close it (configuration section <c>Routing</c>).</summary>
public sealed record RoutingOptions
{
    public const string Section = "Routing";

    public TimeSpan EscalateCriticalAfter { get; init; } = TimeSpan.FromHours(6);

    public TimeSpan EscalateHighAfter { get; init; } = TimeSpan.FromDays(2);

    public TimeSpan EscalateNormalAfter { get; init; } = TimeSpan.FromDays(5);

    public TimeSpan CloseCriticalNotMetAfter { get; init; } = TimeSpan.FromDays(30);

    public TimeSpan CloseHighNotMetAfter { get; init; } = TimeSpan.FromDays(40);

    public TimeSpan CloseNormalNotMetAfter { get; init; } = TimeSpan.FromDays(50);

    /// <summary>After the first response, in ascending order.</summary>
    public IReadOnlyList<TimeSpan> RemindToCloseAfter { get; init; } = [TimeSpan.FromDays(14), TimeSpan.FromDays(28), TimeSpan.FromDays(42)];

    /// <summary>The escalation radius as a multiple of the county's radius.</summary>
    public double EscalationRadiusFactor { get; init; } = 2;

    public TimeSpan EscalateAfter(Urgency urgency) => urgency switch
    {
        Urgency.Critical => EscalateCriticalAfter,
        Urgency.High => EscalateHighAfter,
        _ => EscalateNormalAfter,
    };

    public TimeSpan CloseNotMetAfter(Urgency urgency) => urgency switch
    {
        Urgency.Critical => CloseCriticalNotMetAfter,
        Urgency.High => CloseHighNotMetAfter,
        _ => CloseNormalNotMetAfter,
    };

    /// <summary>
    /// What is due for an open request, given what was already done: with no response, escalation once and then closing as not
    /// met (both from opening); after a response, never expiry, only the latest reminder to close that has come and not been sent.
    /// </summary>
    public RoutingDue Due(DateTimeOffset openedAt, Urgency urgency, DateTimeOffset? firstResponseAt, bool escalated, int remindersSent, DateTimeOffset now)
    {
        if (firstResponseAt is { } responded)
        {
            var reached = RemindToCloseAfter.Count(after => now >= responded + after);
            return reached > remindersSent ? RoutingDue.RemindToClose(reached) : RoutingDue.None;
        }

        if (now >= openedAt + CloseNotMetAfter(urgency))
        {
            return RoutingDue.CloseNotMet;
        }

        return !escalated && now >= openedAt + EscalateAfter(urgency) ? RoutingDue.Escalate : RoutingDue.None;
    }
}

public enum RoutingStep
{
    None,
    Escalate,
    CloseNotMet,
    RemindToClose,
}

/// <summary>What <see cref="RoutingOptions.Due"/> says is due; <paramref name="Reminder"/> numbers a reminder to close from 1.</summary>
public readonly record struct RoutingDue(RoutingStep Step, int Reminder = 0)
{
    public static RoutingDue None => default;

    public static RoutingDue Escalate => new(RoutingStep.Escalate);

    public static RoutingDue CloseNotMet => new(RoutingStep.CloseNotMet);

    public static RoutingDue RemindToClose(int number) => new(RoutingStep.RemindToClose, number);
}

/// <summary>Refuses settings that would escalate after closing, shrink the escalation radius, or remind out of order.</summary>
public sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var errors = new List<string>();
        foreach (var urgency in Enum.GetValues<Urgency>())
        {
            if (options.EscalateAfter(urgency) <= TimeSpan.Zero || options.EscalateAfter(urgency) >= options.CloseNotMetAfter(urgency))
            {
                errors.Add($"{urgency}: escalation must come after opening and before closing as not met.");
            }
        }

        if (!(options.EscalationRadiusFactor >= 1))
        {
            errors.Add("EscalationRadiusFactor must be at least 1.");
        }

        var reminders = options.RemindToCloseAfter;
        if ((reminders.Count > 0 && reminders[0] <= TimeSpan.Zero) || reminders.Zip(reminders.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            errors.Add("RemindToCloseAfter must be positive and ascending (or empty for no reminders).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

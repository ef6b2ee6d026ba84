using System.Diagnostics.Metrics;

namespace CarePortal.Web.Features.Observability;

/// <summary>The platform's own counters (meter <c>CarePortal</c>): requests submitted, opened and closed, emails sent.</summary>
public sealed class CarePortalMetrics
{
    public const string MeterName = "CarePortal";

    private readonly Counter<long> submitted;
    private readonly Counter<long> opened;
    private readonly Counter<long> closed;
    private readonly Counter<long> emailsSent;

    public CarePortalMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        submitted = meter.CreateCounter<long>("careportal.requests.submitted", "{request}", "Requests a caseworker submitted.");
        opened = meter.CreateCounter<long>("careportal.requests.opened", "{request}", "Requests opened to churches (after approval, or at once).");
        closed = meter.CreateCounter<long>("careportal.requests.closed", "{request}", "Requests closed, by outcome.");
        emailsSent = meter.CreateCounter<long>("careportal.emails.sent", "{email}", "Emails the outbox handed to the mail server.");
    }

    public void Submitted(string need) => submitted.Add(1, new KeyValuePair<string, object?>("need", need));

    public void Opened(string need) => opened.Add(1, new KeyValuePair<string, object?>("need", need));

    public void Closed(string need, string outcome) =>
        closed.Add(1, new KeyValuePair<string, object?>("need", need), new KeyValuePair<string, object?>("outcome", outcome));

    public void EmailsSent(int count)
    {
        if (count > 0)
        {
            emailsSent.Add(count);
        }
    }
}

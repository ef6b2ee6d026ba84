using System.Globalization;
using System.Text.Encodings.Web;
using CarePortal.Web.Features.Notifications;

namespace CarePortal.Web.Features.Training;

/// <summary>The email that carries a learner's one-time link back to their place in the training.</summary>
public static class ResumeEmail
{
    public const string Kind = "training-resume";
    public const string Subject = "Your CarePortal training: a link back to where you stopped";

    public static Notification Create(string email, Uri link, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var expires = expiresAt.ToString("dddd d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var text = $"""
            You saved your progress in the CarePortal training "Learn Best Practices".

            Open this link to continue where you stopped, on any device:
            {link}

            The link works once and until {expires}. If you did not ask for it, you can ignore this email.
            """;
        var href = HtmlEncoder.Default.Encode(link.ToString());
        var html = $"""
            <p>You saved your progress in the CarePortal training <strong>Learn Best Practices</strong>.</p>
            <p><a href="{href}">Continue where you stopped</a> (on any device).</p>
            <p>The link works once and until {HtmlEncoder.Default.Encode(expires)}. If you did not ask for it, you can ignore this email.</p>
            """;
        return new Notification
        {
            Kind = Kind, RecipientEmail = email, Subject = Subject, TextBody = text, HtmlBody = html,
            Status = NotificationStatus.Pending, NextAttemptAt = now, CreatedAt = now,
        };
    }
}

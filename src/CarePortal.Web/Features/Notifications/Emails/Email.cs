using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>
/// One email: a small record whose public properties fill the templates beside it (<c>{Name}.html</c>, <c>{Name}.txt</c>,
/// embedded). Emails carry the public description only, never private details or contact data beyond what the email is for.
/// </summary>
public abstract record Email
{
    /// <summary>The notice's kind, stored with the row.</summary>
    public abstract string Kind { get; }

    public abstract string Subject { get; }

    /// <summary>Where the email leads, relative to the site (<c>/Requests/Details/12</c>).</summary>
    public abstract string Path { get; }

    /// <summary>Where the notice in the site's list leads: the email's own link, unless that link is a secret (a one-time token).</summary>
    public virtual string? NoticePath => Path;

    /// <summary>
    /// The layout around the body: <c>_Layout</c> for people with an account (a link into the site, their preferences);
    /// <c>_LayoutOutside</c> for an address that may have none, which no page of the site would open for.
    /// </summary>
    public virtual string Layout => "_Layout";
}

/// <summary>Fills an email's templates and wraps them in the common layout with its preferences (unsubscribe) link.</summary>
public sealed partial class EmailRenderer(Microsoft.Extensions.Options.IOptions<MailOptions> options)
{
    // Each template is split once into text and placeholders, and each email type's properties are read once: opening a
    // batch of requests renders thousands of emails.
    private static readonly ConcurrentDictionary<string, Segment[]> Templates = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public RenderedEmail Render(Email email)
    {
        var site = options.Value.SiteUrl.TrimEnd('/');
        var values = Properties.GetOrAdd(email.GetType(), static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .ToDictionary(p => p.Name, p => Convert.ToString(p.GetValue(email), CultureInfo.InvariantCulture) ?? "");
        values["Link"] = site + email.Path;
        values["PreferencesLink"] = site + "/Notifications/Preferences";
        values["Subject"] = email.Subject;
        var name = email.GetType().Name;
        var html = Fill(Template(email.Layout + ".html"), values, encode: true, body: Fill(Template(name + ".html"), values, encode: true));
        var text = Fill(Template(email.Layout + ".txt"), values, encode: false, body: Fill(Template(name + ".txt"), values, encode: false));
        return new RenderedEmail(email.Subject, html, text);
    }

    private static string Fill(Segment[] template, Dictionary<string, string> values, bool encode, string? body = null)
    {
        var filled = new StringBuilder();
        foreach (var segment in template)
        {
            filled.Append(segment.Placeholder is not { } placeholder ? segment.Text
                : placeholder == "Body" && body is not null ? body
                : values.TryGetValue(placeholder, out var value)
                    ? encode ? WebUtility.HtmlEncode(value) : value
                    : throw new InvalidOperationException($"The email template has no value for {segment.Text}."));
        }

        return filled.ToString();
    }

    private static Segment[] Template(string name) => Templates.GetOrAdd(name, static n =>
    {
        using var stream = typeof(EmailRenderer).Assembly.GetManifestResourceStream("CarePortal.Web.Emails." + n)
            ?? throw new InvalidOperationException($"No email template {n}.");
        using var reader = new StreamReader(stream);
        var template = reader.ReadToEnd();
        var segments = new List<Segment>();
        var at = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            segments.Add(new Segment(template[at..match.Index], null));
            segments.Add(new Segment(match.Value, match.Groups[1].Value));
            at = match.Index + match.Length;
        }

        segments.Add(new Segment(template[at..], null));
        return [.. segments];
    });

    /// <summary>Text as it stands, or a <c>{{Placeholder}}</c> (its name in <paramref name="Placeholder"/>).</summary>
    private sealed record Segment(string Text, string? Placeholder);

    [GeneratedRegex(@"\{\{(\w+)\}\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}

public sealed record RenderedEmail(string Subject, string Html, string Text);

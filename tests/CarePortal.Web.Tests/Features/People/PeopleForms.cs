using System.Globalization;

namespace CarePortal.Web.Tests.Features.People;

/// <summary>The people page's invitation form, posted as a browser does.</summary>
public static class PeopleForms
{
    public static async Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role, params int[] places)
    {
        var form = new List<KeyValuePair<string, string>> { new("Email", email), new("Name", "Ina Invitee"), new("Role", role) };
        form.AddRange(places.Select(p => new KeyValuePair<string, string>("Places", p.ToString(CultureInfo.InvariantCulture))));
        var page = await admin.GetStringAsync(new Uri("/People", UriKind.Relative));
        form.Add(new("__RequestVerificationToken", Forms.TokenIn(page)));
        return await admin.PostAsync(new Uri("/People?handler=Invite", UriKind.Relative), new FormUrlEncodedContent(form));
    }
}

using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// Sends through Twilio's Messages API with its official package, asking for delivery reports at <paramref name="statusCallback"/>
/// (<see cref="TwilioCallbacks"/>). A message Twilio refuses (a 4xx: a bad or unsubscribed number) is not tried again.
/// </summary>
public sealed class TwilioTextTransport : ITextTransport, IDisposable
{
    private readonly System.Net.Http.HttpClient http;
    private readonly TwilioRestClient client;
    private readonly TwilioOptions options;
    private readonly Uri statusCallback;

    public TwilioTextTransport(TwilioOptions options, Uri statusCallback)
    {
        this.options = options;
        this.statusCallback = statusCallback;
        System.Net.Http.HttpMessageHandler handler = new System.Net.Http.SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.ApiBaseUrl is { Length: > 0 } baseUrl)
        {
            handler = new Rebase(new Uri(baseUrl)) { InnerHandler = handler };
        }

        http = new System.Net.Http.HttpClient(handler) { Timeout = options.Timeout };
        client = new TwilioRestClient(options.AccountSid, options.AuthToken, httpClient: new SystemNetHttpClient(http));
    }

    public async Task<TextReceipt> SendAsync(TextMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var create = new CreateMessageOptions(new PhoneNumber(message.To)) { Body = message.Body, StatusCallback = statusCallback };
        if (options.MessagingServiceSid is { Length: > 0 } service)
        {
            create.MessagingServiceSid = service;
        }
        else
        {
            create.From = new PhoneNumber(options.From);
        }

        MessageResource sent;
        try
        {
            sent = await MessageResource.CreateAsync(create, client);
        }
        catch (ApiException e) when (e.Status is >= 400 and < 500 and not 429)
        {
            throw new TextRefusedException($"Twilio {e.Code}");
        }

        return new TextReceipt(sent.Sid, sent.Status?.ToString());
    }

    public void Dispose() => http.Dispose();

    /// <summary>Sends the package's requests to another address (a stand-in of the provider), keeping their path and query.</summary>
    private sealed class Rebase(Uri baseUrl) : System.Net.Http.DelegatingHandler
    {
        protected override Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new Uri(baseUrl, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

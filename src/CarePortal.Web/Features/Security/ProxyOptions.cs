using System.Net;

namespace CarePortal.Web.Features.Security;

/// <summary>
/// The proxies (nginx) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (section <c>Proxy</c>); from
/// anyone else they are ignored. Empty: no forwarded header is read.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    public List<string> KnownProxies { get; set; } = [];

    public IEnumerable<IPAddress> Addresses => KnownProxies.Select(IPAddress.Parse);

    public bool IsValid => KnownProxies.All(p => IPAddress.TryParse(p, out _));
}

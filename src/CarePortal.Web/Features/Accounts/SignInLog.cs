using CarePortal.Web.Features.Observability;

namespace CarePortal.Web.Features.Accounts;

/// <summary>Refused sign-ins, for operators watching for attacks; the address typed is contact data and is erased.</summary>
public static partial class SignInLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for {Email}; throttled: {Throttled}.")]
    public static partial void Refused(ILogger logger, [ContactData] string email, bool throttled);
}

namespace CarePortal.Web.Features.Notifications.Emails;

/// <summary>Asks a coworker to read a draft before it is submitted; the draft itself is on their coworker-read queue.</summary>
public sealed record CoworkerReadAskedEmail(int RequestId, string Need, string AskedBy) : Email
{
    public override string Kind => "coworker-read-asked";

    public override string Subject => $"{AskedBy} asks you to read a draft ({Need}) before it is submitted";

    public override string Path => "/CoworkerReads";
}

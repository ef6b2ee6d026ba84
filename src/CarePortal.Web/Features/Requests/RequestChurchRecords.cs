namespace CarePortal.Web.Features.Requests;

// The request's own records of the churches it reached and what they answered: who it went to, who said "Yes, I can help"
// and with which items, who may see its private details, the messages, the deliveries. The church side writes them
// (Features/Churches, with their database configuration); the request reads them (its entries, its read rule) without
// knowing the churches' feature.

/// <summary>What every record of a church's part in a request holds: its row, the request, the church, when. Not a table of its own.</summary>
public abstract class ChurchRecord
{
    public long Id { get; set; }

    public int CareRequestId { get; set; }

    public int ChurchId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A record of something one of the church's people did on the request: who did it.</summary>
public abstract class ChurchAct : ChurchRecord
{
    public required string UserId { get; set; }
}

/// <summary>A church a request went to, when, how far, and in which round (1 on opening, 2 on escalation).</summary>
public sealed class RequestRecipient : ChurchRecord
{
    public double Miles { get; set; }

    public int Round { get; set; }
}

/// <summary>"Yes, I can help": a church's commitment to a request, with its message to the caseworker.</summary>
public sealed class ChurchResponse : ChurchAct
{
    public string? Message { get; set; }
}

/// <summary>How many of an item a church is meeting; one row per item and church, the item's quantity shared among churches.</summary>
public sealed class ItemClaim : ChurchAct
{
    public int RequestItemId { get; set; }

    /// <summary>How many of the item the church gives ("2 of 4 coats"); the others may give the rest.</summary>
    public int Quantity { get; set; }
}

/// <summary>A responder the committed church's point person lets see the private details of one request.</summary>
public sealed class ResponderAssignment
{
    public int CareRequestId { get; set; }

    public required string UserId { get; set; }

    public int ChurchId { get; set; }
}

/// <summary>A message between the caseworker and one church on a request.</summary>
public sealed class RequestMessage : ChurchRecord
{
    public required string AuthorId { get; set; }

    public required string Body { get; set; }
}

/// <summary>A church tells the caseworker it delivered what it committed to (the caseworker then closes the request as met).</summary>
public sealed class Delivery : ChurchAct
{
    public string? Note { get; set; }
}

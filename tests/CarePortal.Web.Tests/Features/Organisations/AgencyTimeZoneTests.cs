using CarePortal.Web.Features.Organisations;
using Xunit;

namespace CarePortal.Web.Tests.Features.Organisations;

public sealed class AgencyTimeZoneTests
{
    [Fact]
    public void Unknown_or_missing_zone_is_utc_and_only_iana_ids_are_known()
    {
        Assert.Equal(TimeZoneInfo.Utc, AgencyTimeZone.Of(null));
        Assert.Equal(TimeZoneInfo.Utc, AgencyTimeZone.Of("Mars/Olympus_Mons"));
        Assert.Equal("America/Chicago", AgencyTimeZone.Of("America/Chicago").Id);
        Assert.True(AgencyTimeZone.IsKnownIanaId("America/Chicago"));
        Assert.False(AgencyTimeZone.IsKnownIanaId("Mars/Olympus_Mons"));
    }
}

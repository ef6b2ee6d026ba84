using CarePortal.Web.Features.Texts;
using Xunit;

namespace CarePortal.Web.Tests.Features.Texts;

public sealed class MobileNumbersTests
{
    [Theory]
    [InlineData("(615) 555-0143", "+16155550143")]
    [InlineData("615.555.0143", "+16155550143")]
    [InlineData("+1 615 555 0143", "+16155550143")]
    [InlineData("+52 55 1234 5678", "+525512345678")]
    [InlineData("+44 7400 123456", "+447400123456")]
    public void Numbers_as_people_write_them_are_stored_in_E164(string written, string stored) =>
        Assert.Equal((stored, (string?)null), MobileNumbers.Parse(written, "US"));

    [Theory]
    [InlineData("")]
    [InlineData("call me")]
    [InlineData("555-0143")]
    [InlineData("+1 615 555 01434")]
    [InlineData("615 555 0143 615 555 0143 615 555 0143 615")]
    public void What_is_not_a_phone_number_is_refused_with_a_sentence(string written) =>
        Assert.Equal(((string?)null, MobileNumbers.Refusal), MobileNumbers.Parse(written, "US"));

    [Fact]
    public void A_landline_is_refused_as_unable_to_take_texts() =>
        Assert.Equal(((string?)null, MobileNumbers.NotMobile), MobileNumbers.Parse("+44 20 7946 0958", "US"));

    [Fact]
    public void A_stored_number_reads_nationally_at_home_and_internationally_abroad()
    {
        Assert.Equal("(615) 555-0143", MobileNumbers.Display("+16155550143", "US"));
        Assert.Equal("+52 55 1234 5678", MobileNumbers.Display("+525512345678", "US"));
    }
}

using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>The attachment limit as the refusal says it: in MB, KB or bytes, whichever a person reads without a zero.</summary>
public sealed class FileSizesTests
{
    [Theory]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(1024L * 1024, "1 MB")]
    [InlineData(1024L * 1024 - 1, "1024 KB")]
    [InlineData(65536L, "64 KB")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(1023L, "1023 bytes")]
    [InlineData(1L, "1 byte")]
    public void A_size_is_said_in_the_largest_unit_it_fills(long bytes, string said) => Assert.Equal(said, FileSizes.Describe(bytes));
}

using CarePortal.Review;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

public sealed class NeedsTests
{
    [Fact]
    public void Every_need_a_request_can_have_is_known_to_the_reviewer()
    {
        Assert.Empty(Needs.All.Except(Reviewer.Default.Needs));
    }

    [Fact]
    public void Every_need_reviews_without_error()
    {
        Assert.All(Needs.All, need => Reviewer.Default.Review(Descriptions.Ready, need));
    }
}

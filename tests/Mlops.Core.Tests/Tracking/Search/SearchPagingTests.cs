using Mlops.Core.Errors;
using Mlops.Core.Tracking.Search;

namespace Mlops.Core.Tests.Tracking.Search;

public sealed class SearchPagingTests
{
    [Fact]
    public void EncodeToken_OffsetOne_MatchesMlflowToken()
    {
        Assert.Equal("eyJvZmZzZXQiOiAxfQ==", SearchPaging.EncodeToken(1));
        Assert.Equal(1, SearchPaging.DecodeToken("eyJvZmZzZXQiOiAxfQ=="));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("e30=")]
    public void DecodeToken_Garbage_InvalidParameterValue(string token)
    {
        var error = Assert.Throws<MlopsException>(() => SearchPaging.DecodeToken(token));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(token, error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50_001)]
    public void ValidateMaxResults_OutOfRange_InvalidParameterValue(int maxResults)
    {
        var error = Assert.Throws<MlopsException>(() => SearchPaging.ValidateMaxResults(maxResults));

        Assert.Contains(maxResults.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }
}

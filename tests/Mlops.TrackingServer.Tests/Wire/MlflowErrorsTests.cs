using Mlops.Core.Errors;
using Mlops.Mlflow.Wire;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Tests.Wire;

public sealed class MlflowErrorsTests
{
    [Theory]
    [InlineData(ErrorCode.InvalidParameterValue, 400, "INVALID_PARAMETER_VALUE")]
    [InlineData(ErrorCode.ResourceDoesNotExist, 404, "RESOURCE_DOES_NOT_EXIST")]
    [InlineData(ErrorCode.ResourceAlreadyExists, 400, "RESOURCE_ALREADY_EXISTS")]
    [InlineData(ErrorCode.InvalidState, 400, "INVALID_STATE")]
    [InlineData(ErrorCode.BadRequest, 400, "BAD_REQUEST")]
    [InlineData(ErrorCode.InternalError, 500, "INTERNAL_ERROR")]
    public void ToWire_EachCode_MapsToMlflowStatusAndStringAndBack(ErrorCode code, int status, string wire)
    {
        Assert.Equal((status, wire), MlflowErrors.ToWire(code));
        Assert.Equal(code, MlflowErrors.FromWire(wire, status));
    }

    [Fact]
    public void FromWire_UnknownCode_FallsBackByStatus()
    {
        Assert.Equal(ErrorCode.ResourceDoesNotExist, MlflowErrors.FromWire("SOMETHING_NEW", 404));
        Assert.Equal(ErrorCode.BadRequest, MlflowErrors.FromWire(null, 401));
        Assert.Equal(ErrorCode.InternalError, MlflowErrors.FromWire(null, 503));
    }
}

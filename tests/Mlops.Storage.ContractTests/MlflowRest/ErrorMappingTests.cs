using System.Net;
using Mlops.Core.Errors;
using Mlops.Storage.ContractTests.MlflowRest.Replay;
using Mlops.Storage.MlflowRest.Http;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Every recorded MLflow error answer maps to the matching <see cref="ErrorCode"/> with MLflow's message kept.</summary>
public sealed class ErrorMappingTests
{
    public static TheoryData<string> RecordedErrors() =>
        new(RecordedExchange.AllNames().Where(n => RecordedExchange.Load(n).Status >= 400));

    [Theory]
    [MemberData(nameof(RecordedErrors))]
    public void FromResponse_RecordedError_CodeAndMessageKept(string recording)
    {
        var exchange = RecordedExchange.Load(recording);
        var errorCode = exchange.Response.GetProperty("error_code").GetString();
        var message = exchange.Response.GetProperty("message").GetString();

        var error = MlflowErrors.FromResponse((HttpStatusCode)exchange.Status, exchange.Response.GetRawText(), exchange.Method, exchange.Path);

        Assert.Equal(errorCode switch
        {
            "RESOURCE_DOES_NOT_EXIST" => ErrorCode.ResourceDoesNotExist,
            "RESOURCE_ALREADY_EXISTS" => ErrorCode.ResourceAlreadyExists,
            _ => ErrorCode.InvalidParameterValue,
        }, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("INVALID_STATE", ErrorCode.InvalidState)]
    [InlineData("BAD_REQUEST", ErrorCode.BadRequest)]
    [InlineData("INTERNAL_ERROR", ErrorCode.InternalError)]
    [InlineData("PERMISSION_DENIED", ErrorCode.InternalError)]
    [InlineData("SOMETHING_NEW", ErrorCode.InternalError)]
    [InlineData("NOT_FOUND", ErrorCode.ResourceDoesNotExist)]
    [InlineData("MALFORMED_REQUEST", ErrorCode.BadRequest)]
    public void MapCode_OtherCodes_MatchingOrInternalError(string errorCode, ErrorCode expected)
    {
        Assert.Equal(expected, MlflowErrors.MapCode(errorCode));
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, ErrorCode.InternalError, "MLflow 2.x tracking server")]
    [InlineData(HttpStatusCode.Unauthorized, ErrorCode.InternalError, "MLFLOW_TRACKING_TOKEN")]
    [InlineData(HttpStatusCode.BadRequest, ErrorCode.BadRequest, "<html>")]
    public void FromResponse_NotMlflowJson_NamesUrlStatusAndHint(HttpStatusCode status, ErrorCode expected, string expectedText)
    {
        var error = MlflowErrors.FromResponse(status, "<html>oops</html>", "GET", "http://h/api/2.0/mlflow/runs/get?run_id=1");

        Assert.Equal(expected, error.Code);
        Assert.Contains("GET http://h/api/2.0/mlflow/runs/get?run_id=1", error.Message);
        Assert.Contains($"HTTP {(int)status}", error.Message);
        Assert.Contains(expectedText, error.Message);
    }
}

using Mlops.Core.Tracking;
using Mlops.Mlflow.Wire;

namespace Mlops.TrackingServer.Tests.Wire;

public sealed class MlflowEnumsTests
{
    [Theory]
    [InlineData(RunStatus.Running, "RUNNING", "1")]
    [InlineData(RunStatus.Scheduled, "SCHEDULED", "2")]
    [InlineData(RunStatus.Finished, "FINISHED", "3")]
    [InlineData(RunStatus.Failed, "FAILED", "4")]
    [InlineData(RunStatus.Killed, "KILLED", "5")]
    public void RunStatus_NameAndProtobufNumber_ReadBackAsWritten(RunStatus status, string name, string number)
    {
        Assert.Equal(name, MlflowEnums.Of(status));
        Assert.Equal(status, MlflowEnums.ParseRunStatus(name.ToLowerInvariant()));
        Assert.Equal(status, MlflowEnums.ParseRunStatus(number));
    }

    [Theory]
    [InlineData(ViewType.ActiveOnly, "ACTIVE_ONLY", "1")]
    [InlineData(ViewType.DeletedOnly, "DELETED_ONLY", "2")]
    [InlineData(ViewType.All, "ALL", "3")]
    public void ViewType_NameAndProtobufNumber_ReadBackAsWritten(ViewType viewType, string name, string number)
    {
        Assert.Equal(name, MlflowEnums.Of(viewType));
        Assert.Equal(viewType, MlflowEnums.ParseViewType(name));
        Assert.Equal(viewType, MlflowEnums.ParseViewType(number));
    }

    [Theory]
    [InlineData(LifecycleStage.Active, "active")]
    [InlineData(LifecycleStage.Deleted, "deleted")]
    public void LifecycleStage_Name_ReadBackAsWritten(LifecycleStage stage, string name)
    {
        Assert.Equal(name, MlflowEnums.Of(stage));
        Assert.Equal(stage, MlflowEnums.ParseLifecycleStage(name));
    }

    [Fact]
    public void Parse_UnknownValue_Null()
    {
        Assert.Null(MlflowEnums.ParseRunStatus("DONE"));
        Assert.Null(MlflowEnums.ParseRunStatus("0"));
        Assert.Null(MlflowEnums.ParseViewType("4"));
        Assert.Null(MlflowEnums.ParseLifecycleStage("ACTIVE"));
    }
}

using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Aliases replayed against recordings 46–48, 57 and 58, including MLflow 2.10's 400 for a missing alias.</summary>
public sealed class AliasReplayTests
{
    private const string Model = "obesity_classifier";
    private readonly ReplayHandler handler = new();

    private IModelRegistry Registry => ReplayStore.Open(handler).Registry;

    [Fact]
    public async Task SetAliasThenGetByAlias_VersionListsAlias()
    {
        handler.Expect("46-registered-models-set-alias").Expect("47-registered-models-get-alias");

        await Registry.SetAliasAsync(Model, "champion", 1);
        var version = await Registry.GetModelVersionByAliasAsync(Model, "champion");

        Assert.Equal(1, version.Version);
        Assert.Equal(["champion"], version.Aliases);
    }

    [Fact]
    public async Task GetByAlias_Missing400_TranslatedToResourceDoesNotExist()
    {
        handler.Expect("48-registered-models-get-alias-missing");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetModelVersionByAliasAsync(Model, "nobody"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal("Registered model alias nobody not found.", error.Message);
    }

    [Fact]
    public async Task DeleteAliasThenSetAgain_DeleteCarriesJsonBody()
    {
        handler.Expect("57-registered-models-delete-alias").Expect("58-registered-models-set-alias-again");

        await Registry.DeleteAliasAsync(Model, "champion");
        await Registry.SetAliasAsync(Model, "champion", 1);

        handler.AssertAllServed();
    }

    [Fact]
    public async Task GetByAlias_OtherInvalidParameter_NotTranslated()
    {
        var stub = new StubHandler().Respond("""{"error_code": "INVALID_PARAMETER_VALUE", "message": "Alias name is invalid"}""",
            System.Net.HttpStatusCode.BadRequest);

        var error = await Assert.ThrowsAsync<MlopsException>(() => ReplayStore.Open(stub).Registry.GetModelVersionByAliasAsync(Model, "1x"));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
    }
}

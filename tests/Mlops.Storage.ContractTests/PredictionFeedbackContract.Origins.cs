using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

/// <summary><see cref="IPredictionFeedback.FindOriginsAsync"/>: a read of the model behind each id, storing nothing.</summary>
public abstract partial class PredictionFeedbackContract
{
    [ContractFact]
    public async Task FindOrigins_KnownUnknownAndMalformedIds_OriginOrNullInOrderAndNoLabelStored()
    {
        var batch = await AppendAsync(2, 0, 2);
        var unknown = Guid.CreateVersion7().ToString();

        var origins = await Feedback.FindOriginsAsync([Id(batch, 1), unknown, "not-an-id", null, Id(batch, 0)]);

        Assert.Equal(5, origins.Count);
        Assert.Equal((Model, 2), (origins[0]!.ModelName, origins[0]!.ModelVersion));
        Assert.Equal(batch.Schema.Classes, origins[0]!.LoggedClasses);
        Assert.Equal([null, null, null], origins.Skip(1).Take(3));
        Assert.Equal((Model, 2), (origins[4]!.ModelName, origins[4]!.ModelVersion));
        Assert.Equal(0, await LabelRowsAsync(Model));
    }
}

using Mlops.Core.AbTesting;
using Mlops.Inference.Loading;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Models;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.AbTesting;

[Collection(ModelCollection.Name)]
public sealed class ShadowQueueTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task TryAdd_NoRoomAndNobodyReading_ReturnsFalseAtOnceAndKeepsTheQueued()
    {
        var queue = new ShadowQueue(new ServingOptions { ModelUri = "models:/m/1", ShadowQueueCapacity = 3 });
        var routing = await RoutingAsync(queue);

        Assert.True(queue.TryAdd(routing, [Guid.NewGuid(), Guid.NewGuid()], 0, [1, 2]));
        Assert.False(queue.TryAdd(routing, [Guid.NewGuid(), Guid.NewGuid()], 0, [3, 4]));
        Assert.True(queue.TryAdd(routing, [Guid.NewGuid()], 0, [5]));
        Assert.False(queue.TryAdd(routing, [Guid.NewGuid()], 0, [6]));

        Assert.Equal(3, queue.PendingRows);
        Assert.True(queue.Reader.TryRead(out var first));
        Assert.Equal(2, first.Ids.Length);
        Assert.Equal([1.0, 2.0], first.Values[..2]);
    }

    private async Task<AbRouting> RoutingAsync(ShadowQueue queue)
    {
        var test = new AbTest
        {
            Id = "t1",
            Status = AbStatus.Running,
            StartedAt = DateTimeOffset.UnixEpoch,
            Definition = new AbTestDraft
            {
                Name = "q", ModelName = RegisteredModelFixture.ModelName, Mode = AbMode.Shadow, BaselineRate = 0.5, RequiredPerVariant = 10,
                Variants = [new AbVariant("a", "1", 1, 1), new AbVariant("b", "1", 1, 0)],
            },
        };
        var loader = new ModelLoader(fixture.Store.Tracking, fixture.Store.Registry, fixture.Store.Artifacts);
        var model = new ServedModel(await loader.LoadAsync($"models:/{RegisteredModelFixture.ModelName}/1"));
        return new AbRouting(test, [new AbRoute(test, test.Variants[0], model, shadow: false), new AbRoute(test, test.Variants[1], model, shadow: true)], queue);
    }
}

using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests;

public abstract partial class TrackingStoreContract
{
    private static readonly Dictionary<string, string> NoTags = [];

    /// <summary>Three runs: alpha (0.95, lightgbm, team=red, finished), beta (0.85, fasttree, team=blue), gamma (0.75, LightGBM).</summary>
    private async Task<(string ExperimentId, Dictionary<string, string> Ids)> SeedSearchAsync()
    {
        var experimentId = await NewExperimentAsync();
        var ids = new Dictionary<string, string>();
        var seeds = new[]
        {
            ("alpha", 0.95, "lightgbm", "red", 0),
            ("beta", 0.85, "fasttree", "blue", 1),
            ("gamma", 0.75, "LightGBM", null, 2),
        };
        foreach (var (name, accuracy, trainer, team, offset) in seeds)
        {
            var info = await Store.CreateRunAsync(experimentId, name, T0 + offset * 1000);
            ids[name] = info.RunId;
            var tags = team is null ? NoTags : new Dictionary<string, string> { ["team"] = team };
            await Store.LogBatchAsync(info.RunId,
                [new Metric("accuracy", accuracy, T0, 0), new Metric("val loss", 1 - accuracy, T0, 0)],
                new Dictionary<string, string> { ["trainer"] = trainer }, tags);
        }
        await Store.UpdateRunAsync(ids["alpha"], RunStatus.Finished, T0 + 5000);
        return (experimentId, ids);
    }

    private async Task<List<string>> SearchNamesAsync(string experimentId, string? filter, params string[] orderBy)
    {
        var page = await Store.SearchRunsAsync(new RunSearch([experimentId], filter, orderBy));
        return page.Items.Select(r => r.Info.RunName).ToList();
    }

    [ContractTheory]
    [InlineData("metrics.accuracy > 0.9", "alpha")]
    [InlineData("metrics.accuracy >= 0.85", "alpha,beta")]
    [InlineData("metrics.accuracy < 0.8", "gamma")]
    [InlineData("metrics.accuracy <= 0.85", "beta,gamma")]
    [InlineData("metrics.accuracy = 0.85", "beta")]
    [InlineData("metrics.accuracy != 0.85", "alpha,gamma")]
    [InlineData("metrics.`val loss` < 0.1", "alpha")]
    [InlineData("params.trainer = 'lightgbm'", "alpha")]
    [InlineData("params.trainer != 'lightgbm'", "beta,gamma")]
    [InlineData("params.trainer LIKE 'light%'", "alpha")]
    [InlineData("params.trainer ILIKE 'light%'", "alpha,gamma")]
    [InlineData("params.\"trainer\" = \"fasttree\"", "beta")]
    [InlineData("tags.team = 'blue'", "beta")]
    [InlineData("tag.team != 'blue'", "alpha")]
    [InlineData("attributes.status = 'FINISHED'", "alpha")]
    [InlineData("attributes.run_name LIKE '%mm%'", "gamma")]
    [InlineData("attributes.start_time > 1700000000500", "beta,gamma")]
    [InlineData("metrics.accuracy > 0.8 AND params.trainer = 'fasttree'", "beta")]
    [InlineData("metrics.accuracy > 0.7 and tags.team = 'red' and attributes.status != 'RUNNING'", "alpha")]
    public async Task SearchRuns_Filter_ReturnsMatchingRuns(string filter, string expected)
    {
        var (experimentId, _) = await SeedSearchAsync();

        var names = await SearchNamesAsync(experimentId, filter);

        Assert.Equal(expected.Split(',').Order(), names.Order());
    }

    [ContractFact]
    public async Task SearchRuns_RunIdIn_ReturnsListedRuns()
    {
        var (experimentId, ids) = await SeedSearchAsync();

        var names = await SearchNamesAsync(experimentId, $"attributes.run_id IN ('{ids["alpha"]}', '{ids["gamma"]}')");

        Assert.Equal(["alpha", "gamma"], names.Order());
    }

    [ContractFact]
    public async Task SearchRuns_NoOrder_NewestStartTimeFirst()
    {
        var (experimentId, _) = await SeedSearchAsync();

        Assert.Equal(["gamma", "beta", "alpha"], await SearchNamesAsync(experimentId, null));
    }

    [ContractTheory]
    [InlineData("metrics.accuracy DESC", "alpha,beta,gamma")]
    [InlineData("metrics.accuracy", "gamma,beta,alpha")]
    [InlineData("params.trainer ASC", "gamma,beta,alpha")]
    [InlineData("attributes.start_time", "alpha,beta,gamma")]
    [InlineData("attributes.run_name DESC", "gamma,beta,alpha")]
    public async Task SearchRuns_OrderBy_SortsRuns(string orderBy, string expected)
    {
        var (experimentId, _) = await SeedSearchAsync();

        Assert.Equal(expected.Split(','), await SearchNamesAsync(experimentId, null, orderBy));
    }

    [ContractFact]
    public async Task SearchRuns_OrderByMissingTag_RunsWithoutItLast()
    {
        var (experimentId, _) = await SeedSearchAsync();

        var names = await SearchNamesAsync(experimentId, null, "tags.team ASC");

        Assert.Equal(["beta", "alpha", "gamma"], names);
    }

    [ContractFact]
    public async Task SearchRuns_25RunsPagesOf10_ReturnsEachRunOnce()
    {
        var experimentId = await NewExperimentAsync();
        for (var i = 0; i < 25; i++)
        {
            await Store.CreateRunAsync(experimentId, $"run-{i:00}", T0 + i);
        }

        var seen = new List<string>();
        var sizes = new List<int>();
        string? token = null;
        do
        {
            var page = await Store.SearchRunsAsync(new RunSearch([experimentId], MaxResults: 10, PageToken: token));
            seen.AddRange(page.Items.Select(r => r.Info.RunName));
            sizes.Add(page.Items.Count);
            token = page.NextPageToken;
        }
        while (token is not null && sizes.Count < 5);

        Assert.Equal([10, 10, 5], sizes);
        Assert.Equal(Enumerable.Range(0, 25).Reverse().Select(i => $"run-{i:00}"), seen);
    }

    [ContractTheory]
    [InlineData("metrics.accuracy >>> 1", ">>>")]
    [InlineData("metrics.accuracy > 'high'", "'high'")]
    [InlineData("params.trainer = lightgbm", "lightgbm")]
    [InlineData("metrics.accuracy > 0.9 OR metrics.accuracy < 0.1", "OR")]
    [InlineData("bogus.x = '1'", "bogus")]
    public async Task SearchRuns_MalformedFilter_InvalidParameterValueNamingToken(string filter, string token)
    {
        var experimentId = await NewExperimentAsync();

        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.SearchRunsAsync(new RunSearch([experimentId], filter)));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(token, error.Message);
    }

    [ContractFact]
    public async Task SearchRuns_ViewTypes_SelectByLifecycleStage()
    {
        var (experimentId, ids) = await SeedSearchAsync();
        await Store.DeleteRunAsync(ids["beta"]);

        async Task<List<string>> Names(ViewType viewType) =>
            (await Store.SearchRunsAsync(new RunSearch([experimentId], ViewType: viewType)))
            .Items.Select(r => r.Info.RunName).Order().ToList();

        Assert.Equal(["alpha", "gamma"], await Names(ViewType.ActiveOnly));
        Assert.Equal(["beta"], await Names(ViewType.DeletedOnly));
        Assert.Equal(["alpha", "beta", "gamma"], await Names(ViewType.All));
    }

    [ContractFact]
    public async Task SearchRuns_Results_CarryMetricsParamsAndTags()
    {
        var (experimentId, _) = await SeedSearchAsync();

        var run = (await Store.SearchRunsAsync(new RunSearch([experimentId], "params.trainer = 'fasttree'"))).Items.Single();

        Assert.Equal(0.85, run.Metrics.Single(m => m.Key == "accuracy").Value);
        Assert.Equal("fasttree", run.Params["trainer"]);
        Assert.Equal("blue", run.Tags["team"]);
    }
}

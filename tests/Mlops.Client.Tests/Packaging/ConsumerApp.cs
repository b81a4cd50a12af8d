namespace Mlops.Client.Tests.Packaging;

/// <summary>A console project as a user writes it: it references Mlops.Client and Mlops.Storage.Sqlite by version only.</summary>
public static class ConsumerApp
{
    public static void WriteTo(string folder, string version)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ConsumerApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Mlops.Client" Version="{version}" />
                <PackageReference Include="Mlops.Storage.Sqlite" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
    }

    // One row of the bundled dataset, untyped and as a record; the app prints what the test checks.
    private const string Program = """
        using Mlops.Client;

        using var mlops = MlopsClient.Open(args[0]);
        await using (var run = await mlops.StartRunAsync("consumer-app", "from-packages"))
        {
            await run.LogParamsAsync(new Dictionary<string, string> { ["source"] = "nuget-feed" });
            await run.LogMetricAsync("score", 0.75);
            await run.EndAsync();
            Console.WriteLine($"run {run.RunId}");
        }
        var found = await mlops.SearchRunsAsync("consumer-app", "params.source = 'nuget-feed' and metrics.score > 0.5");
        Console.WriteLine($"found {found.Count}");

        using var model = await mlops.LoadModelAsync("models:/obesity_classifier@champion");
        var untyped = model.Predict(new Dictionary<string, object?>
        {
            ["Gender"] = "Female", ["Age"] = 21, ["Height"] = 1.62, ["Weight"] = 64, ["family_history_with_overweight"] = "yes",
            ["FAVC"] = "no", ["FCVC"] = 2, ["NCP"] = 3, ["CAEC"] = "Sometimes", ["SMOKE"] = "no", ["CH2O"] = 2, ["SCC"] = "no",
            ["FAF"] = 0, ["TUE"] = 1, ["CALC"] = "no", ["MTRANS"] = "Public_Transportation",
        });
        var typed = model.Predict(new Person("Female", 21, 1.62, 64, "yes", "no", 2, 3, "Sometimes", "no", 2, "no", 0, 1, "no", "Public_Transportation"));
        Console.WriteLine($"model {model.Name} v{model.Version}");
        Console.WriteLine($"untyped {untyped.Label} {untyped.Probabilities[untyped.Label]:F4}");
        Console.WriteLine($"typed {typed.Label} {typed.Probabilities[typed.Label]:F4}");

        internal sealed record Person(string Gender, double Age, double Height, double Weight, string family_history_with_overweight,
            string FAVC, double FCVC, double NCP, string CAEC, string SMOKE, double CH2O, string SCC, double FAF, double TUE,
            string CALC, string MTRANS);
        """;
}

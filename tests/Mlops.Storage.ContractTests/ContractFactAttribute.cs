using Xunit.Sdk;

namespace Mlops.Storage.ContractTests;

/// <summary>
/// A <see cref="FactAttribute"/> for tests shared by every backend: xunit 2 cannot skip a test at run time, so the skip
/// is decided at discovery from the concrete test class's <see cref="BackendRequirementAttribute"/>.
/// </summary>
[XunitTestCaseDiscoverer("Mlops.Storage.ContractTests.Discovery.ContractFactDiscoverer", "Mlops.Storage.ContractTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

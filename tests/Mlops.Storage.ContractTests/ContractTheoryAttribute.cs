using Xunit.Sdk;

namespace Mlops.Storage.ContractTests;

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="ContractFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Mlops.Storage.ContractTests.Discovery.ContractTheoryDiscoverer", "Mlops.Storage.ContractTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractTheoryAttribute : TheoryAttribute;

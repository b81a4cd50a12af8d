using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mlops.Storage.ContractTests.Discovery;

/// <summary>Discovers a <see cref="ContractTheoryAttribute"/> test as a normal theory, or as one skipped case when its backend is missing.</summary>
public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute) =>
        BackendSkip.ReasonFor(testMethod) is { } reason
            ? [BackendSkip.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

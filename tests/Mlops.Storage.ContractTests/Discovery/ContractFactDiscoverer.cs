using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mlops.Storage.ContractTests.Discovery;

/// <summary>Discovers a <see cref="ContractFactAttribute"/> test as a normal fact, or as skipped when its backend is missing.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute) =>
        BackendSkip.ReasonFor(testMethod) is { } reason
            ? [BackendSkip.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

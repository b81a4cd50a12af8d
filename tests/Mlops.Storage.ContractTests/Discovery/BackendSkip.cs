using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mlops.Storage.ContractTests.Discovery;

/// <summary>Finds the skip reason of the concrete class a (possibly inherited) test method runs on.</summary>
internal static class BackendSkip
{
    public static string? ReasonFor(ITestMethod testMethod) =>
        testMethod.TestClass.Class is IReflectionTypeInfo { Type: { } type }
            ? type.GetCustomAttributes<BackendRequirementAttribute>(inherit: true).Select(a => a.SkipReason).FirstOrDefault(r => r is not null)
            : null;

    public static IXunitTestCase Skipped(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, string reason) =>
        new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason);
}

using System.Runtime.CompilerServices;

// The KS distribution's regions (Durbin, Pelz–Good, Smirnov) are internal; their seams are checked directly.
[assembly: InternalsVisibleTo("Mlops.Monitoring.Tests")]

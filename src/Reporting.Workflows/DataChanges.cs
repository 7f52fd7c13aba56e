using Reporting.Data.Entities;

namespace Reporting.Workflows;

/// <summary>
/// The submissions stored after one value of the submissions counter up to another (their agencies and months), or
/// null when not every write in between left a record; see <see cref="Reporting.Data.DataVersionStore.ChangesAsync"/>.
/// </summary>
public delegate Task<IReadOnlyList<DataChange>?> DataChanges(long after, long upTo);

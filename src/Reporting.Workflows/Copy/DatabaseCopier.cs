using Reporting.Data;
using Reporting.Data.Opening;

namespace Reporting.Workflows.Copy;

/// <summary>
/// `reporting copy`: moves a province from one reporting database to another (SQLite to PostgreSQL, or back): the
/// catalog, every version of every submission with its uploader and time received, and the stored roll-ups. The source
/// is only read; the target is created when missing (and the role may), must hold no province yet, and is filled in one
/// transaction. The copy is then verified: both databases must give the same digest of every stored figure.
/// </summary>
public static class DatabaseCopier
{
    public static async Task<CopyOutcome> CopyAsync(DatabaseOpening origin, DatabaseOpening destination, CancellationToken cancellationToken = default)
    {
        var source = await ReportingDatabase.OpenAsync(origin with { Access = DatabaseAccess.Read }, cancellationToken);
        var targetSettings = new DatabaseSettings(destination.Location, BusyTimeout: destination.BusyTimeout, OnWaiting: destination.Tell);
        if (string.Equals(source.Settings.Location.Target, targetSettings.Location.Target, StringComparison.Ordinal))
        {
            throw new DatabaseUnavailableException($"--from and --to name the same database ({targetSettings.FullPath}): nothing was copied.");
        }

        await using var target = ReportingDbContext.Open(targetSettings);
        await DatabaseCreation.CreateIfMissingAsync(target, cancellationToken);
        await DatabaseSchema.UpgradeAsync(target, destination.Tell, cancellationToken);

        await using var reading = ReportingDbContext.Open(source.Settings);
        var copied = await ProvinceCopy.CopyAsync(reading, target, cancellationToken);
        var expected = await ProvinceCopy.FingerprintAsync(reading, cancellationToken);
        var actual = await ProvinceCopy.FingerprintAsync(target, cancellationToken);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            // A bug, never a user's doing: say what to do with the target it left.
            throw new InvalidOperationException(
                $"The copy in {target.Location.Display} does not hold the same figures as {source.Settings.FullPath} (digest {actual} against {expected}); delete the copy and report this.");
        }

        return new CopyOutcome(source.Settings.FullPath, target.Location.Display, copied, actual);
    }
}

using System.Security.Claims;
using Microsoft.Extensions.Options;
using Reporting.Core.Audit;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Import;

namespace Reporting.Web.Uploads;

/// <summary>
/// Takes the files of one upload through the same importer as `reporting import`, each on its own (a file is stored
/// whole or not at all), for the agencies the user may act for only.
/// </summary>
public sealed class UploadReceiver(ReportingDatabase database, IOptions<PortalOptions> options)
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "reporting-uploads");

    /// <param name="confirmed">SHA-256 of files the user confirmed to apply although their names state another agency or period.</param>
    /// <param name="estimate">The form's "estimated figures" box: every file is stored as an estimate.</param>
    public async Task<IReadOnlyList<UploadResult>> ReceiveAsync(
        IReadOnlyList<IFormFile> files, ClaimsPrincipal user, Actor actor, string? csvAgency, PeriodId? csvPeriod, IReadOnlySet<string> confirmed, CancellationToken cancellationToken, bool estimate = false)
    {
        Directory.CreateDirectory(Folder);
        var allowed = AgencyAccess.ActsForAll(user) ? null : AgencyAccess.OwnAgencies(user);
        var userName = user.Identity?.Name ?? "?";
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        var importer = new SubmissionImporter(workspace);
        var results = new List<UploadResult>();
        foreach (var file in files)
        {
            results.Add(await ReceiveAsync(file, importer, workspace, allowed, userName, actor, csvAgency, csvPeriod, confirmed, estimate, cancellationToken));
        }

        return results;
    }

    private async Task<UploadResult> ReceiveAsync(
        IFormFile file,
        SubmissionImporter importer,
        ReportingWorkspace workspace,
        IReadOnlySet<string>? allowed,
        string userName,
        Actor actor,
        string? csvAgency,
        PeriodId? csvPeriod,
        IReadOnlySet<string> confirmed,
        bool estimate,
        CancellationToken cancellationToken)
    {
        var name = UploadName.Clean(file.FileName);
        if (file.Length > options.Value.MaxUploadFileBytes)
        {
            return new UploadResult(name, null, "The file is larger than the upload limit.", []);
        }

        // The content decides the type (the reader looks at the bytes); the user's name is shown, recorded, and only read
        // for what it was meant to be when the bytes say nothing.
        var path = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".upload");
        try
        {
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, cancellationToken);
            }

            // Analysts and admins belong to no agency: what they upload is recorded as sent on the agency's behalf.
            var onBehalf = allowed is null;
            var import = await importer.ImportFileAsync(path, new ImportOptions(
                Agency: string.IsNullOrWhiteSpace(csvAgency) ? null : csvAgency,
                Period: csvPeriod,
                DisplayName: name,
                UploadedBy: new Uploader(userName, onBehalf),
                AllowedAgencies: allowed,
                Confirmed: confirmed,
                Actor: actor,
                Estimate: estimate), cancellationToken);
            return new UploadResult(name, import, null, await new VersionChangeQuery(workspace).ListAsync(import, cancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Validation;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Web.Uploads;
using Reporting.Workflows;

namespace Reporting.Web.Pages;

/// <summary>Several files at once; each file's result with the exact cells in error, or its stored values.</summary>
[Authorize(Policy = PortalPolicies.Upload)]
[RequestSizeLimit(long.MaxValue)]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed partial class UploadModel(UploadReceiver receiver, ReportingDatabase database, PortalText text, IOptions<PortalOptions> options, ILogger<UploadModel> logger) : PageModel
{
    private IndicatorCatalog? catalog;

    public IReadOnlyList<UploadResult> Results { get; private set; } = [];

    public string? RequestError { get; private set; }

    public int MaxFiles => options.Value.MaxUploadFiles;

    public long MaxMegabytes => options.Value.MaxUploadFileBytes / (1024 * 1024);

    public Indicator? Indicator(string code) => catalog?.Find(code);

    public string Message(ValidationIssue issue) => issue.MessageIn(text.Language);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        catalog = database.Indicators;
        var limit = options.Value.MaxUploadRequestBytes;
        if (Request.ContentLength > limit)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "The upload is too large: send fewer or smaller files.");
        }

        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "The upload is too large: send fewer or smaller files.");
        }

        var files = form.Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Choose at least one file.");
        }

        if (files.Count > MaxFiles)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, text.Format("Too many files: at most {0} in one upload.", MaxFiles));
        }

        PeriodId? period = null;
        var periodText = form["period"].ToString();
        if (!string.IsNullOrWhiteSpace(periodText))
        {
            if (!PeriodText.TryRead(periodText.Trim(), out var parsed, out _))
            {
                return Refuse(StatusCodes.Status400BadRequest, "The period is not valid (2026-06, 2026-Q2, 2026-H1).");
            }

            period = parsed;
        }

        var confirmed = form["confirm"].Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var estimate = form["estimate"].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
        Results = await receiver.ReceiveAsync(files, User, PortalActor.Of(HttpContext), form["agency"].ToString().Trim(), period, confirmed, cancellationToken, estimate);
        if (Results.Any(r => r.Forbidden))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else if (Results.Any(r => r.Locked))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else if (Results.FirstOrDefault(r => r.NotStored) is { } failed)
        {
            LogNotStored(logger, failed.FileName, User.Identity?.Name, failed.Import!.Failure);
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        else if (Results.Any(r => r.Refusal is not null))
        {
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }

        return Page();
    }

    private PageResult Refuse(int status, string message)
    {
        RequestError = message;
        Response.StatusCode = status;
        return Page();
    }

    [LoggerMessage(LogLevel.Error, "Upload of {File} by {User} not stored: {Failure}")]
    private static partial void LogNotStored(ILogger logger, string file, string? user, string? failure);
}

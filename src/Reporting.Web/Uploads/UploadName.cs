namespace Reporting.Web.Uploads;

/// <summary>
/// A file name from a browser, made safe to show and record: only its last segment, without control characters.
/// It is never used as a path; uploads are written under names the portal makes up.
/// </summary>
public static class UploadName
{
    public const int MaxLength = 120;

    public static string Clean(string? clientName)
    {
        var name = (clientName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > MaxLength)
        {
            name = name[^MaxLength..];
        }

        return name is "" or "." or ".." ? "upload" : name;
    }
}

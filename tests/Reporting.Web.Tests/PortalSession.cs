using System.Net;
using System.Net.Http.Headers;

namespace Reporting.Web.Tests;

/// <summary>A logged-in browser over HTTP: keeps cookies, reads each form's anti-forgery token like a browser would.</summary>
public sealed class PortalSession(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public async Task LoginAsync(string userName, string password)
    {
        var response = await PostFormAsync("/Account/Login", new() { ["userName"] = userName, ["password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login as {userName} failed: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The anti-forgery token of the page's first form.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await client.GetStringAsync(page);
        return Testing.LocalHttp.AntiForgeryToken(html) ?? throw new InvalidOperationException($"no anti-forgery token on {page}");
    }

    /// <summary>Posts a form as a browser would; the token comes from <paramref name="tokenPage"/>, by default the page posted to.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, Dictionary<string, string> fields, bool withToken = true, string? tokenPage = null)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken)
        {
            form["__RequestVerificationToken"] = await TokenAsync(tokenPage ?? page.Split('?')[0]);
        }

        return await client.PostAsync(page, new FormUrlEncodedContent(form));
    }

    /// <summary>Posts files to the upload page as a browser's multipart form.</summary>
    public Task<HttpResponseMessage> UploadAsync(IEnumerable<(string Name, byte[] Content)> files, bool withToken = true) =>
        UploadAsync(files, [], withToken);

    /// <summary>Posts files with the form's other fields (agency and period for CSV files, confirmations).</summary>
    public async Task<HttpResponseMessage> UploadAsync(IEnumerable<(string Name, byte[] Content)> files, IEnumerable<(string Name, string Value)> fields, bool withToken = true)
    {
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(await TokenAsync("/Upload")), "__RequestVerificationToken");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? "text/csv"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(part, "files", name);
        }

        return await client.PostAsync("/Upload", form);
    }

    public void Dispose() => client.Dispose();
}

using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Reporting.Web.Identity;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;

namespace Reporting.Web;

/// <summary>Builds the portal: a thin host over Reporting.Workflows, the same code paths as the command line.</summary>
public static class PortalApp
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <param name="args">Command-line configuration, e.g. <c>--Portal:Database=out/sample.db --Portal:DemoAccounts=true</c>.</param>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // Razor pages are found in this assembly even when the `reporting` program hosts the portal.
            ApplicationName = typeof(PortalApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The console shows requests that fail and the start-up banner, not every SQL statement.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        AddServices(builder);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var portal = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        services.AddSingleton(TimeProvider.System);
        // Opened (and upgraded when a migration is pending) once, as the start-up service resolves it, before the portal
        // listens: a blocking wait there, so that every page gets the one database without a holder around it.
        services.AddSingleton(sp =>
        {
            var portalOptions = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value;
            return ReportingDatabase.OpenAsync(new DatabaseOpening(portalOptions.Database, DatabaseAccess.Upgrade)
            {
                Templates = portalOptions.Templates,
                Time = sp.GetRequiredService<TimeProvider>(),
                Tell = Console.Out.WriteLine,
            }).GetAwaiter().GetResult();
        });
        services.AddHttpContextAccessor();
        services.AddScoped<PortalText>();
        services.AddScoped<Uploads.UploadReceiver>();
        services.AddHostedService<PortalStartup>();

        // The context of the type that holds the database's provider's migrations, on the reporting database's settings.
        services.AddScoped(sp => PortalIdentityDbContext.Create(sp.GetRequiredService<ReportingDatabase>().Settings with { ReadOnly = false }));
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PortalIdentityDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.Cookie.Name = "reporting.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // A logged-in user asking for what their role does not allow gets 403 (and the error page), not a redirect.
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });
        // Keys beside the database (read when resolved, so a test host's settings apply): one key ring per deployment.
        services.AddDataProtection().SetApplicationName(PortalOptions.Section);
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<PortalOptions>, ILoggerFactory>((keys, options, logging) =>
                keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                    new DirectoryInfo(options.Value.KeysFolderOrDefault), logging));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "reporting.antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorization(PortalPolicies.Add);
        services.AddRazorPages().AddApplicationPart(typeof(PortalApp).Assembly);

        // Vietnamese letters as themselves in the HTML (still encoded where markup could break: < > & " ').
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        // Uploads: the form may carry MaxUploadFiles files of MaxUploadFileBytes each, no more.
        services.Configure<FormOptions>(options =>
        {
            options.MultipartBodyLengthLimit = portal.MaxUploadRequestBytes;
            options.ValueCountLimit = 200;
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = portal.MaxUploadRequestBytes);
    }

    private static void UsePipeline(WebApplication app)
    {
        // Never a stack trace: errors and status codes re-execute the error page.
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        PortalAssets.Map(app);
        ReportDownloads.Map(app);
    }
}

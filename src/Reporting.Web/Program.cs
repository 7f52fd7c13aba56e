using Reporting.Web;

var app = PortalApp.Build(args);
await app.RunAsync();

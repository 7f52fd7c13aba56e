namespace Reporting.Core.Submissions;

/// <summary>Who sent a submission through the portal; <paramref name="OnBehalf"/> when it was not a member of the agency.</summary>
public sealed record Uploader(string UserName, bool OnBehalf);

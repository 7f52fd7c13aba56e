namespace Reporting.Core.Validation;

/// <summary>A validation message in both languages, written together so neither falls behind.</summary>
public readonly record struct IssueText(string English, string Vietnamese);

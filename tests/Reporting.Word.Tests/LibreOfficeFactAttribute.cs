namespace Reporting.Word.Tests;

/// <summary>
/// A test that needs LibreOffice. scripts/test.sh installs it; where that was impossible (no root, no apt) the test is
/// reported as skipped with the reason instead of failing or passing silently.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Program is null)
        {
            Skip = "LibreOffice is not installed (no `soffice` or `libreoffice` on PATH); scripts/install-test-deps.sh could not install it on this machine.";
        }
    }
}

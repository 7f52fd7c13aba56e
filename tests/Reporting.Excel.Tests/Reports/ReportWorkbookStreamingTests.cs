using Reporting.Core.Agencies;
using Reporting.Excel.Reports;
using Reporting.Testing;

namespace Reporting.Excel.Tests.Reports;

/// <summary>
/// The workbook is streamed into its output (large sheets' rows compressed on a second thread, texts in the
/// shared-string table): any stream will do, what a user typed comes back as typed, and a failing output fails the
/// write instead of hanging it.
/// </summary>
public class ReportWorkbookStreamingTests
{
    [Fact]
    public void Write_ToAStreamThatCannotSeek_GivesTheSameCells()
    {
        var model = ReportModelFixture.Build();
        var seekable = WrittenWorkbook.Write(model);
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        {
            new ReportWorkbookWriter().Write(model, forwardOnly);
        }

        using var expected = new OpenXmlWorkbook(seekable);
        using var actual = new OpenXmlWorkbook(buffer.ToArray());
        Assert.Equal(expected.SheetNames, actual.SheetNames);
        foreach (var sheet in expected.SheetNames)
        {
            Assert.Equal(
                expected.AllCells(sheet).Select(c => (c.CellReference?.Value, expected.Text(c))),
                actual.AllCells(sheet).Select(c => (c.CellReference?.Value, actual.Text(c))));
        }
    }

    [Fact]
    public void Write_NamesWithSpacesAndControlCharacters_AreReadBackAsTypedWithoutTheControlCharacters()
    {
        var model = ReportModelFixture.Build();
        var target = model.Summary.Current.Agencies.Order(StringComparer.Ordinal).First();
        const string typed = "  Ủy ban\u0007 nhân dân <xã> & \"phường\"  ";
        var directory = new AgencyDirectory(
            model.Province,
            model.Directory.Groups,
            model.Directory.Agencies.Select(a => a.Code == target ? a with { Name = typed } : a).ToList());

        using var xml = new OpenXmlWorkbook(WrittenWorkbook.Write(model with { Directory = directory }));

        // The by-agency and data sheets are the streamed ones; both list the agency by name.
        var names = xml.SheetNames.SelectMany(s => xml.AllCells(s)).Select(xml.Text).Where(t => t?.Contains("Ủy ban", StringComparison.Ordinal) == true).ToList();
        Assert.True(names.Count >= 2, $"found {names.Count}");
        Assert.All(names, n => Assert.Equal("  Ủy ban nhân dân <xã> & \"phường\"  ", n));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(0.95)]
    public async Task Write_WhenTheOutputFails_RaisesItsErrorInsteadOfHanging(double failAt)
    {
        // Failing at points through the file hits the plain copies and the sheets compressed on the second thread.
        var model = ReportModelFixture.Build();
        using var failing = new FailingStream(afterBytes: (int)(WrittenWorkbook.Write(model).Length * failAt));

        var write = Task.Run(() => new ReportWorkbookWriter().Write(model, failing));

        var error = await Assert.ThrowsAsync<IOException>(() => write.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(FailingStream.Message, error.Message);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A disk that fills up: writes fail once <c>afterBytes</c> have been written.</summary>
    private sealed class FailingStream(int afterBytes) : Stream
    {
        public const string Message = "No space left on device";
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            written += count;
            if (written > afterBytes)
            {
                throw new IOException(Message);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

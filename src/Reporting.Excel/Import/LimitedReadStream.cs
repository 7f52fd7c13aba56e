namespace Reporting.Excel.Import;

/// <summary>
/// Reads at most a given number of bytes from an unpacked part, so a zip whose stated sizes lie (a zip bomb)
/// cannot fill the memory.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit, string partName) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int bytes)
    {
        read += bytes;
        if (read > limit)
        {
            throw new PartTooLargeException(new(
                $"'{partName}' unpacks to more than {SubmissionFileLimits.Megabytes(limit)} (the limit): the file is damaged or is not a real report form",
                $"'{partName}' giải nén ra hơn {SubmissionFileLimits.Megabytes(limit)} (giới hạn): tệp bị hỏng hoặc không phải biểu mẫu báo cáo thật"));
        }

        return bytes;
    }
}
